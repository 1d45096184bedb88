/** What the date rules share: a date reading, the year of a month without one, and the date a relative expression counts from. */
import { dayOfValue, dayValue, makeDay, yearForMonth, yearOf, type CalendarUnit } from '../calendar';
import { unitOf } from '../patterns';
import type { Context, Reading } from '../rule';

/** A date reading, or none for a value that is not a calendar date ("February 30"). */
export const date = (value: string | undefined): Reading | null => (value ? { type: 'date', value } : null);

/** The year of a month (and day) said without one, in the direction of the sentence's tense. */
export function sentenceYear(context: Context, at: number, month: number, day?: number): number {
	return yearForMonth(context.reference, month, context.direction(at), day);
}

/** A real calendar day's value, or undefined. */
export function fullDate(year: number, month: number, day: number): string | undefined {
	const d = makeDay(year, month, day);
	return d && dayValue(d);
}

/** "'98" → 1998, "'05" → 2005: the century that puts the year at most ten years after the reference. */
export function twoDigitYear(yy: number, reference: Date): number {
	const century = Math.floor(yearOf(reference) / 100) * 100;
	return century + yy > yearOf(reference) + 10 ? century - 100 + yy : century + yy;
}

/** Units from the finest to the coarsest. */
const FINENESS: CalendarUnit[] = ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'year', 'decade', 'century'];

/**
 * The date a relative expression counts from: the last one the text named, or the publication date. An
 * anchor coarser than what is asked of it ("that day" after "in 1987") is not used: it would invent a day.
 */
export function anchorOrReference(context: Context, from: 'reference' | 'anchor', unit: CalendarUnit = 'century') {
	if (from === 'anchor') {
		const anchor = context.anchor();
		const read = anchor ? dayOfValue(anchor) : undefined;
		if (read && FINENESS.indexOf(read.unit) <= FINENESS.indexOf(unit)) return read.day;
	}
	return context.reference;
}

/** A unit word as a unit of the calendar, or undefined for hours, minutes and seconds. */
export function calendarUnit(word: string): CalendarUnit | undefined {
	const name = unitOf(word).name;
	return name === 'day' || name === 'week' || name === 'weekend' || name === 'month' || name === 'quarter' || name === 'year' || name === 'decade' || name === 'century'
		? name
		: undefined;
}
