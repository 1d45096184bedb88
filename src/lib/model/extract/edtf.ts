/**
 * A TIMEX3 value as EDTF, where EDTF can say it: days, months and years as they are, decades and
 * centuries with X, seasons, quarters and halves as the months they span, weeks as their days, "early", "mid" and
 * "late" as the third of the span they name, "about" as approximate, and "since" as an open span.
 */
import { addDays, endOfMonth } from 'date-fns';
import { dayOfValue, dayValue, makeDay } from './calendar';
import type { Signal, TimexMod, TimexType } from './types';

/** The first month of each season (northern hemisphere, meteorological): EDTF's own seasons (21–24) the viewer cannot draw. */
const SEASON_STARTS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A span as its first and last EDTF dates, or one EDTF date. */
type Span = { first: string; last: string } | string;

function spanOfValue(value: string): Span | undefined {
	let m: RegExpExecArray | null;
	if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
	if ((m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value))) return m[2] === '24' ? m[1]! : `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`;
	if ((m = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)$/.exec(value))) return m[1]!;
	if (/^\d{3}$/.test(value)) return `${value}X`;
	if (/^\d{2}$/.test(value)) return `${value}XX`;
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const year = Number(m[1]);
		const first = SEASON_STARTS[m[2]!]!;
		const last = first + 2;
		return {
			first: `${m[1]}-${String(first).padStart(2, '0')}`,
			last: last > 12 ? `${year + 1}-${String(last - 12).padStart(2, '0')}` : `${m[1]}-${String(last).padStart(2, '0')}`
		};
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
		const q = Number(m[2]);
		return { first: `${m[1]}-${String(3 * q - 2).padStart(2, '0')}`, last: `${m[1]}-${String(3 * q).padStart(2, '0')}` };
	}
	if ((m = /^(\d{4})-H([12])$/.exec(value))) return m[2] === '1' ? { first: `${m[1]}-01`, last: `${m[1]}-06` } : { first: `${m[1]}-07`, last: `${m[1]}-12` };
	if ((m = /^(\d{4}-W\d{2})(-WE)?$/.exec(value))) {
		const monday = dayOfValue(m[1]!)!.day;
		return m[2] ? { first: dayValue(addDays(monday, 5)), last: dayValue(addDays(monday, 6)) } : { first: dayValue(monday), last: dayValue(addDays(monday, 6)) };
	}
	return undefined;
}

/** The first, middle or last third of a year, month, decade or century. */
function partOf(value: string, mod: 'START' | 'MID' | 'END'): Span | undefined {
	const third = { START: 0, MID: 1, END: 2 }[mod];
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(value))) {
		const [a, b] = [
			[1, 4],
			[5, 8],
			[9, 12]
		][third]!;
		return { first: `${m[1]}-${String(a).padStart(2, '0')}`, last: `${m[1]}-${String(b).padStart(2, '0')}` };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
		const start = makeDay(Number(m[1]), Number(m[2]), 1)!;
		const lastDay = endOfMonth(start).getUTCDate();
		const [a, b] = [
			[1, 10],
			[11, 20],
			[21, lastDay]
		][third]!;
		return { first: `${value}-${String(a).padStart(2, '0')}`, last: `${value}-${String(b).padStart(2, '0')}` };
	}
	if ((m = /^(\d{3})$/.exec(value))) {
		const [a, b] = [
			[0, 3],
			[4, 6],
			[7, 9]
		][third]!;
		return { first: `${m[1]}${a}`, last: `${m[1]}${b}` };
	}
	if ((m = /^(\d{2})$/.exec(value))) {
		const [a, b] = [
			[0, 32],
			[33, 65],
			[66, 99]
		][third]!;
		return { first: `${m[1]}${String(a).padStart(2, '0')}`, last: `${m[1]}${String(b).padStart(2, '0')}` };
	}
	return spanOfValue(value);
}

export function toEdtf(type: TimexType, value: string, mod?: TimexMod, signal?: Signal): string | undefined {
	if (type !== 'date' && type !== 'time') return undefined;
	const span = mod === 'START' || mod === 'MID' || mod === 'END' ? partOf(value, mod) : spanOfValue(value);
	if (span === undefined) return undefined;
	const approx = mod === 'APPROX' ? '~' : '';
	const first = typeof span === 'string' ? span : span.first;
	const last = typeof span === 'string' ? span : span.last;
	if (signal === 'since' || mod === 'AFTER') return `${first}${approx}/..`;
	if (signal === 'until' || mod === 'BEFORE') return `../${last}${approx}`;
	return typeof span === 'string' ? `${span}${approx}` : `${span.first}${approx}/${span.last}${approx}`;
}
