/**
 * A TIMEX3 value as EDTF, where EDTF can say it: days, months and years as they are, decades and
 * centuries with X, seasons, quarters and halves as the months they span, weeks as their days, "early", "mid" and
 * "late" as the third of the span they name, "about" as approximate, and "since" as an open span.
 */
import { addDays, endOfMonth } from 'date-fns';
import { dayOfValue, dayValue, makeDay, monthValue, pad } from './calendar';
import { SEASON_FIRST_MONTHS } from './lexicon';
import type { Signal, TimexMod, TimexType } from './types';

/** A span as its first and last EDTF dates, or one EDTF date. */
type Span = { first: string; last: string } | string;

/** The months from one to another of a year (or into the next, for a winter): EDTF's own seasons (21–24) the viewer cannot draw. */
function months(year: number, first: number, last: number): Span {
	return { first: monthValue(year, first), last: last > 12 ? monthValue(year + 1, last - 12) : monthValue(year, last) };
}

function spanOfValue(value: string): Span | undefined {
	let m: RegExpExecArray | null;
	if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
	if ((m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value))) return m[2] === '24' ? m[1]! : `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`;
	if ((m = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)$/.exec(value))) return m[1]!;
	if (/^\d{3}$/.test(value)) return `${value}X`;
	if (/^\d{2}$/.test(value)) return `${value}XX`;
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const first = SEASON_FIRST_MONTHS[m[2]!]!;
		return months(Number(m[1]), first, first + 2);
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(Number(m[1]), 3 * Number(m[2]) - 2, 3 * Number(m[2]));
	if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
	if ((m = /^(\d{4}-W\d{2})(-WE)?$/.exec(value))) {
		const monday = dayOfValue(m[1]!)!.day;
		return { first: dayValue(addDays(monday, m[2] ? 5 : 0)), last: dayValue(addDays(monday, 6)) };
	}
	return undefined;
}

/** The first, middle and last thirds of a year (in months), a decade and a century (in years). */
const THIRDS = {
	year: [
		[1, 4],
		[5, 8],
		[9, 12]
	],
	decade: [
		[0, 3],
		[4, 6],
		[7, 9]
	],
	century: [
		[0, 32],
		[33, 65],
		[66, 99]
	]
} as const;

/** The first, middle or last third of a year, month, decade or century. */
function partOf(value: string, mod: 'START' | 'MID' | 'END'): Span | undefined {
	const third = ({ START: 0, MID: 1, END: 2 } as const)[mod];
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(value))) {
		const [a, b] = THIRDS.year[third];
		return months(Number(m[1]), a, b);
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
		const [year, month] = [Number(m[1]), Number(m[2])];
		const [a, b] = [
			[1, 10],
			[11, 20],
			[21, endOfMonth(makeDay(year, month, 1)!).getUTCDate()]
		][third]!;
		return { first: dayValue(makeDay(year, month, a!)!), last: dayValue(makeDay(year, month, b!)!) };
	}
	if ((m = /^(\d{3})$/.exec(value))) {
		const [a, b] = THIRDS.decade[third];
		return { first: `${m[1]}${a}`, last: `${m[1]}${b}` };
	}
	if ((m = /^(\d{2})$/.exec(value))) {
		const [a, b] = THIRDS.century[third];
		return { first: `${m[1]}${pad(a)}`, last: `${m[1]}${pad(b)}` };
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
