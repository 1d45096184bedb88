/**
 * Time on Chronoscope's axis: milliseconds since 1970-01-01T00:00Z on the proleptic Gregorian calendar,
 * held as a plain number rather than a Date so that one continuous axis reaches from the Big Bang to the
 * far future. Within JavaScript's Date range the numbers are exact; beyond it a year is the Gregorian
 * average (365.2425 days), which is what the calendar averages to anyway.
 */
import { formatInteger } from '../text/format-number';

export type TimeMs = number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_AVERAGE_YEAR = 365.2425 * MS_PER_DAY;

/** The year time 0 falls in. */
const EPOCH_YEAR = 1970;
/** Deep time is counted in years before this year ("13.8 billion years ago"). */
const YEARS_AGO_FROM = 2000;

/** Years whose 1 January lies inside JavaScript's Date range (±8.64e15 ms). */
const FIRST_DATE_YEAR = -271_820;
const LAST_DATE_YEAR = 275_759;

export function isDateYear(year: number): boolean {
	return year >= FIRST_DATE_YEAR && year <= LAST_DATE_YEAR;
}

/**
 * The first millisecond of a day, by astronomical year (0 is 1 BCE), month (0-11) and day (1-31).
 * setUTCFullYear avoids Date.UTC's trap that maps years 0-99 to 1900-1999.
 */
export function utcDayStart(year: number, month = 0, day = 1): TimeMs {
	const date = new Date(0);
	date.setUTCFullYear(year, month, day);
	return date.getTime();
}

/** The first millisecond of an astronomical year, for any year. */
export function yearStart(year: number): TimeMs {
	if (isDateYear(year)) return utcDayStart(year);
	return (year - EPOCH_YEAR) * MS_PER_AVERAGE_YEAR;
}

/** How many (average) years before YEARS_AGO_FROM a time is, as a fraction. */
export function yearsAgoOf(time: TimeMs): number {
	return YEARS_AGO_FROM - (time / MS_PER_AVERAGE_YEAR + EPOCH_YEAR);
}

/** The time `ago` (average) years before YEARS_AGO_FROM. */
export function yearsAgoStart(ago: number): TimeMs {
	return (YEARS_AGO_FROM - ago - EPOCH_YEAR) * MS_PER_AVERAGE_YEAR;
}

/** The astronomical year a time falls in, for any time. */
export function yearOf(time: TimeMs): number {
	const date = new Date(time);
	if (!Number.isNaN(date.getTime())) return date.getUTCFullYear();
	return Math.floor(time / MS_PER_AVERAGE_YEAR) + EPOCH_YEAR;
}

/**
 * Years as historians count them, with no year zero: astronomical year 0 is 1 BCE (historical -1), -1 is
 * 2 BCE (-2), and 1 is 1 CE in both.
 */
export function historicalYear(astronomical: number): number {
	return astronomical >= 1 ? astronomical : astronomical - 1;
}

export function astronomicalYear(historical: number): number {
	return historical >= 1 ? historical : historical + 1;
}

/** A year as people write it: "1979", "50 CE", "500 BCE", "13.8 billion years ago". */
export function formatYear(year: number): string {
	if (year <= -100_000) return `${formatMagnitude(YEARS_AGO_FROM - year)} years ago`;
	if (year <= 0) return `${formatInteger(-historicalYear(year))} BCE`;
	if (year < 1000) return `${year} CE`;
	if (year >= 100_000) return `year ${formatMagnitude(year)}`;
	return String(year);
}

const MAGNITUDES: [number, string][] = [
	[1e9, 'billion'],
	[1e6, 'million']
];

/** 13_800_002_000 → "13.8 billion"; 172_000 → "172,000". Three significant digits at most. */
function formatMagnitude(value: number): string {
	for (const [size, word] of MAGNITUDES) {
		if (value >= size) return `${Number((value / size).toPrecision(3)).toLocaleString('en-GB')} ${word}`;
	}
	return Number(value.toPrecision(3)).toLocaleString('en-GB');
}
