import edtf, { parse as parseEdtf, type EdtfValue, type ParseResult } from 'edtf';
import { fastBound } from './edtf-fast';
import { clippedForFault } from '../text/untrusted-text';
import { MS_PER_DAY, MS_PER_MINUTE, utcDayStart, yearStart, type TimeMs } from './time';

export { PRECISIONS, type Precision } from './precision';
import type { Precision } from './precision';

/** One end of a resolved date: the half-open interval [start, end) that a single EDTF date covers. */
export interface DateBound {
	start: TimeMs;
	end: TimeMs;
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
	/** Minutes east of UTC, when the EDTF value is a date-time with an offset (for display in local time). */
	utcOffsetMinutes?: number;
	/** The astronomical year of the start, kept exactly even where TimeMs is approximate (deep time). */
	year: number;
}

/**
 * What a resolved date covers. A single date ("198X") covers one interval; a span ("1979-12-24/1989-02-15")
 * runs from its first bound's start to its last bound's end. All intervals are half-open: [start, end).
 */
export interface FuzzyDate {
	edtf: string;
	start: TimeMs;
	end: TimeMs;
	/** The first (or only) bound. */
	from: DateBound;
	/** The last bound of a span; absent for a single date and for an ongoing span. */
	to?: DateBound;
	isSpan: boolean;
	/** An open-ended span ("2003-02-14/.."), drawn up to the as-of date. */
	ongoing: boolean;
	approximate: boolean;
	uncertain: boolean;
}

export class FuzzyDateError extends Error {}

/** A date as a fault quotes it. */
function quoted(text: string): string {
	return `"${clippedForFault(text)}"`;
}

/**
 * The furthest year from year 0 a date may name, either way: seventy times the age of the universe, and
 * still far inside the range where a year's milliseconds are exact enough to draw and to order.
 */
export const MAX_YEAR = 1e12;

/** The bound, unless it names a year beyond MAX_YEAR (or one too long to be a number at all). */
function withinYears(text: string, bound: DateBound): DateBound {
	if (Math.abs(bound.year) <= MAX_YEAR) return bound;
	throw new FuzzyDateError(`${quoted(text)} names a year beyond ±1,000,000,000,000, the furthest Chronoscope draws`);
}

function flag(value: EdtfValue['approximate']): boolean {
	if (typeof value === 'object' && value !== null) return value.value !== 0;
	return Boolean(value);
}

/** The precision an interval of this length expresses (a decade is ~10 years, and so on). */
function precisionOfLength(length: number, isInstant: boolean): Precision {
	if (isInstant) return 'minute';
	const days = length / MS_PER_DAY;
	if (days <= 1) return 'day';
	if (days <= 31) return 'month';
	if (days <= 366) return 'year';
	if (days <= 3_653) return 'decade';
	if (days <= 36_525) return 'century';
	return 'millennium';
}

/** Parses one EDTF date (not an interval) into the interval it covers: the common forms by hand, the rest by edtf. */
function resolveBound(text: string): DateBound {
	return withinYears(text, fastBound(text) ?? resolveBoundWithEdtf(text));
}

/**
 * Parses one EDTF date (not an interval) with the edtf package: every form Chronoscope draws, and every
 * fault's message. The reference that fastBound must agree with.
 */
export function resolveBoundWithEdtf(text: string): DateBound {
	// The parser's own type names: the value classes' names do not survive minification.
	let parsed: ParseResult;
	try {
		parsed = parseEdtf(text);
	} catch (error) {
		throw new FuzzyDateError(`${quoted(text)} is not a valid EDTF date (${firstLine(error)})`);
	}
	if (parsed.type === 'Year') {
		// "Y-13800000000": beyond Date, so edtf cannot give min/max; the year is exact.
		const year = Number(parsed.values[0]);
		return {
			start: yearStart(year),
			end: yearStart(year + 1),
			precision: 'year',
			approximate: false,
			uncertain: false,
			year
		};
	}
	if (parsed.type !== 'Date' && parsed.type !== 'Decade' && parsed.type !== 'Century') {
		throw new FuzzyDateError(`${quoted(text)} is an EDTF ${parsed.type}, which Chronoscope does not draw`);
	}
	const value = edtf(parsed);
	if (!Number.isFinite(value.min) || !Number.isFinite(value.max)) {
		throw new FuzzyDateError(`${quoted(text)} lies beyond the calendar's range; write the year as Y-NNNNN`);
	}
	const isInstant = parsed.type === 'Date' && value.precision === 0;
	// edtf gives the last millisecond covered; an instant (a date-time) covers one minute on the axis.
	const [start, end] = calendarBounds(parsed) ?? [value.min, isInstant ? value.min + MS_PER_MINUTE : value.max + 1];
	const bound: DateBound = {
		start,
		end,
		precision: parsed.type === 'Decade' ? 'decade' : parsed.type === 'Century' ? 'century' : precisionOfLength(end - start, isInstant),
		approximate: flag(value.approximate),
		uncertain: flag(value.uncertain),
		year: new Date(start).getUTCFullYear()
	};
	if (typeof parsed.offset === 'number') bound.utcOffsetMinutes = parsed.offset;
	return bound;
}

/**
 * A whole month or day, from the calendar itself. edtf's own day arithmetic takes year 0 (1 BCE, a leap
 * year in the proleptic Gregorian calendar) for a common year: 29 Feb 1 BCE became 1 March, and 28 Feb
 * ran for two days.
 */
function calendarBounds(parsed: ParseResult): [TimeMs, TimeMs] | undefined {
	const { values } = parsed as { values?: unknown };
	if (parsed.type !== 'Date' || (parsed as { unspecified?: number }).unspecified || !Array.isArray(values)) return undefined;
	const [year, month, day] = values as number[];
	if (values.length === 2) return [utcDayStart(year!, month!, 1), utcDayStart(year!, month! + 1, 1)];
	if (values.length === 3) return [utcDayStart(year!, month!, day!), utcDayStart(year!, month!, day! + 1)];
	return undefined;
}

function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] ?? message;
}

/**
 * Resolves an EDTF string into the interval it covers. `asOf` (the article's as-of day) ends
 * open-ended spans: "2003-02-14/.." runs to the end of that day.
 */
export function resolveFuzzyDate(text: string, asOf: TimeMs): FuzzyDate {
	return resolveWith(text, asOf, resolveBound);
}

/** resolveFuzzyDate with every bound parsed by the edtf package (resolveBoundWithEdtf): the reference. */
export function resolveFuzzyDateWithEdtf(text: string, asOf: TimeMs): FuzzyDate {
	return resolveWith(text, asOf, (bound) => withinYears(bound, resolveBoundWithEdtf(bound)));
}

function resolveWith(text: string, asOf: TimeMs, readBound: (text: string) => DateBound): FuzzyDate {
	const trimmed = text.trim();
	if (trimmed !== text || text === '') throw new FuzzyDateError(`${quoted(text)} has leading or trailing space, or is empty`);
	const parts = text.split('/');
	if (parts.length > 2) throw new FuzzyDateError(`${quoted(text)} has more than one "/"`);
	const [first = '', last] = parts;
	if (first === '..' || first === '') throw new FuzzyDateError(`${quoted(text)} has no start; Chronoscope needs a known start`);
	const from = readBound(first);
	if (last === undefined) {
		return { edtf: text, start: from.start, end: from.end, from, isSpan: false, ongoing: false, approximate: from.approximate, uncertain: from.uncertain };
	}
	if (last === '') throw new FuzzyDateError(`${quoted(text)} has an unknown end; write ".." for a span still running`);
	if (last === '..') {
		const end = Math.max(asOf + MS_PER_DAY, from.end);
		return { edtf: text, start: from.start, end, from, isSpan: true, ongoing: true, approximate: from.approximate, uncertain: from.uncertain };
	}
	const to = readBound(last);
	if (to.end < from.start || to.start < from.start) throw new FuzzyDateError(`${quoted(text)} ends before it starts`);
	return {
		edtf: text,
		start: from.start,
		end: Math.max(to.end, from.end),
		from,
		to,
		isSpan: true,
		ongoing: false,
		approximate: from.approximate || to.approximate,
		uncertain: from.uncertain || to.uncertain
	};
}

/** Parses an ISO calendar day ("2024-07-05") to its first millisecond, UTC. */
export function parseIsoDay(day: string): TimeMs {
	const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) throw new FuzzyDateError(`${quoted(day)} is not an ISO 8601 day (YYYY-MM-DD)`);
	const bound = resolveBound(day);
	return bound.start;
}
