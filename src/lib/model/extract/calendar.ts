/**
 * Calendar arithmetic on the reference time, and TIMEX3 values written from it. All in UTC days: an
 * article's publication date is a day, and so is every date the engine resolves against it.
 */
import { addDays, addMonths, addWeeks, addYears, getISODay, getISOWeek, getISOWeekYear, setISODay } from 'date-fns';
import { MS_PER_DAY, utcDayStart } from '../date/time';
import { UTCDate } from '../date/utc-date';

export type Day = Date;

/** "2024-07-05" → that day; anything that is not a real calendar day → undefined. */
export function parseDay(text: string): Day | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** A calendar day (month 1–12), or undefined for one that does not exist (30 February). */
export function makeDay(year: number, month: number, day: number): Day | undefined {
	const date = new UTCDate(utcDayStart(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** 5 → "05": months, days and hours in TIMEX3 values. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function yearValue(year: number): string {
	return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}
export function monthValue(year: number, month: number): string {
	return `${yearValue(year)}-${pad(month)}`;
}
export function dayValue(day: Day): string {
	return `${monthValue(day.getUTCFullYear(), day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}
export function weekValue(day: Day): string {
	return `${yearValue(getISOWeekYear(day))}-W${pad(getISOWeek(day))}`;
}
export function quarterOf(month: number): number {
	return Math.ceil(month / 3);
}

export const yearOf = (day: Day) => day.getUTCFullYear();
export const monthOf = (day: Day) => day.getUTCMonth() + 1;
export const isoWeekday = (day: Day) => getISODay(day);

/** The units a relative expression counts in, as far as the calendar is concerned. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export function shift(day: Day, unit: CalendarUnit, n: number): Day {
	switch (unit) {
		case 'day':
			return addDays(day, n);
		case 'week':
		case 'weekend':
			return addWeeks(day, n);
		case 'month':
			return addMonths(day, n);
		case 'quarter':
			return addMonths(day, 3 * n);
		case 'half':
			return addMonths(day, 6 * n);
		case 'year':
			return addYears(day, n);
		case 'decade':
			return addYears(day, 10 * n);
		case 'century':
			return addYears(day, 100 * n);
	}
}

/** The TIMEX3 value of the unit that contains a day: its week, its month, its decade … */
export function valueAt(day: Day, unit: CalendarUnit): string {
	const year = yearOf(day);
	switch (unit) {
		case 'day':
			return dayValue(day);
		case 'week':
			return weekValue(day);
		case 'weekend':
			return `${weekValue(day)}-WE`;
		case 'month':
			return monthValue(year, monthOf(day));
		case 'quarter':
			return `${yearValue(year)}-Q${quarterOf(monthOf(day))}`;
		case 'half':
			return `${yearValue(year)}-H${monthOf(day) <= 6 ? 1 : 2}`;
		case 'year':
			return yearValue(year);
		case 'decade':
			return yearValue(year).slice(0, 3);
		case 'century':
			return yearValue(year).slice(0, 2);
	}
}

/**
 * Which way an underspecified date looks from the reference: back in past-tense reporting, forward in
 * plans, and to the nearest occurrence where the sentence does not say ("payable Jan. 2").
 */
export type Direction = 'past' | 'future' | 'unknown';

/** The weekday (ISO 1–7) nearest the reference in that direction, the reference itself included. */
export function weekdayFrom(reference: Day, weekday: number, direction: Direction, strict = false): Day {
	const today = isoWeekday(reference);
	const back = direction !== 'future';
	let delta = back ? -((today - weekday + 7) % 7) : (weekday - today + 7) % 7;
	if (strict && delta === 0) delta = back ? -7 : 7;
	return addDays(reference, delta);
}

/** The weekday in the reference's own ISO week ("this Friday"). */
export function weekdayOfWeek(reference: Day, weekday: number): Day {
	return setISODay(reference, weekday);
}

/** How far on the other side of the reference a date may lie and still be the nearest, whatever the tense. */
const TENSE_SLACK_MS = 31 * MS_PER_DAY;

/**
 * The year of a month (and day) said without one. News leaves the year out of dates in the current
 * year, so the occurrence nearest the reference is taken ("extended to Nov. 20" in an article of 3
 * November is this November); a tense overrides it only when that occurrence lies more than a month on
 * the other side ("resigned in March", said in November, is last March).
 */
export function yearForMonth(reference: Day, month: number, direction: Direction, day?: number): number {
	const year = yearOf(reference);
	const refMonth = monthOf(reference);
	if (day === undefined && month === refMonth) return year;
	// Measured from the middle of the month when no day is said.
	const offset = (y: number) => utcDayStart(y, month - 1, day ?? 15) - reference.getTime();
	const nearest = [year - 1, year, year + 1].reduce((best, y) => (Math.abs(offset(y)) < Math.abs(offset(best)) ? y : best));
	if (direction === 'past' && offset(nearest) > TENSE_SLACK_MS) return nearest - 1;
	if (direction === 'future' && offset(nearest) < -TENSE_SLACK_MS) return nearest + 1;
	return nearest;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	return makeDay(year, month, ((h + l - 7 * m + 114) % 31) + 1)!;
}

/** The nth given weekday (ISO 1–7) of a month: the fourth Thursday of November. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): Day {
	const first = makeDay(year, month, 1)!;
	return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1));
}

/** A resolved TIMEX3 date value read back as the first day it covers, for anchoring ("ten years later"). */
export function dayOfValue(value: string): { day: Day; unit: CalendarUnit } | undefined {
	let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
	if (m) {
		const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
		return day && { day, unit: 'day' };
	}
	m = /^(\d{4})-W(\d{2})/.exec(value);
	if (m) {
		const jan4 = makeDay(Number(m[1]), 1, 4)!;
		return { day: addWeeks(setISODay(jan4, 1), Number(m[2]) - 1), unit: 'week' };
	}
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) return { day: makeDay(Number(m[1]), Number(m[2]), 1)!, unit: 'month' };
	m = /^(\d{4})-Q([1-4])$/.exec(value);
	if (m) return { day: makeDay(Number(m[1]), 3 * Number(m[2]) - 2, 1)!, unit: 'quarter' };
	m = /^(\d{4})(?:-(SP|SU|FA|WI|H[12]))?$/.exec(value);
	if (m) return { day: makeDay(Number(m[1]), 1, 1)!, unit: 'year' };
	m = /^(\d{3})$/.exec(value);
	if (m) return { day: makeDay(Number(m[1]) * 10, 1, 1)!, unit: 'decade' };
	return undefined;
}
