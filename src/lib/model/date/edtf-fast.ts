/**
 * The EDTF forms nearly every document gives, read by hand rather than by the edtf package's general
 * parser, which costs far more than the rest of loading a date: a year (1979, -0499), a month (2024-03), a
 * day (2024-03-22), each with an optional trailing ~, ? or %; a decade or century as 198X, 19XX, 198 or 19
 * (the last two with an optional qualifier); a date-time (1979-12-24T10:30Z, 1979-12-24T10:30:00+04:30).
 * Each gives exactly the bound the edtf-based reading gives (resolveBoundWithEdtf, the reference, tested
 * against it). Anything else, and anything recognised but out of range (month 13, 30 February), is left to
 * the reference, so that every fault keeps its message.
 */
import type { DateBound, Precision } from './fuzzy-date';
import { MS_PER_MINUTE, utcDayStart } from './time';

const ZERO = 48;
const MINUS = 45;
const PLUS = 43;
const COLON = 58;
const X = 88;
const T = 84;
const Z = 90;
const TILDE = 126;
const QUESTION = 63;
const PERCENT = 37;

/** The number that `count` ASCII digits at `at` spell, or -1 when any of them is not a digit. */
function digits(text: string, at: number, count: number): number {
	let value = 0;
	for (let i = at; i < at + count; i++) {
		const digit = text.charCodeAt(i) - ZERO;
		if (!(digit >= 0 && digit <= 9)) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/** Days in a month (1-12) of the proleptic Gregorian calendar, by astronomical year. */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function bound(start: number, end: number, precision: Precision, qualifier: number, year: number): DateBound {
	return {
		start,
		end,
		precision,
		approximate: qualifier === TILDE || qualifier === PERCENT,
		uncertain: qualifier === QUESTION || qualifier === PERCENT,
		year
	};
}

/**
 * Minutes east of UTC that a zone designator at `at`, running to the end of `text`, names: Z, or ±hh:mm
 * within the range edtf's grammar allows (+00:00 to +14:00, -00:01 to -12:00). Undefined otherwise,
 * and for no designator at all, which edtf reads in the machine's own time zone.
 */
function zoneOffset(text: string, at: number): number | undefined {
	const sign = text.charCodeAt(at);
	if (sign === Z) return at + 1 === text.length ? 0 : undefined;
	if ((sign !== PLUS && sign !== MINUS) || at + 6 !== text.length || text.charCodeAt(at + 3) !== COLON) return undefined;
	const hours = digits(text, at + 1, 2);
	const minutes = digits(text, at + 4, 2);
	if (hours < 0 || minutes < 0 || minutes > 59) return undefined;
	if (sign === PLUS) return hours < 14 || (hours === 14 && minutes === 0) ? hours * 60 + minutes : undefined;
	return (hours >= 1 && hours <= 11) || (hours === 0 && minutes > 0) || (hours === 12 && minutes === 0) ? -(hours * 60 + minutes) : undefined;
}

/** A decade (198X, 198) or century (19XX, 19) of years from 0 on: `first` its first year. */
function yearsBound(first: number, years: 10 | 100, qualifier: number): DateBound {
	return bound(utcDayStart(first), utcDayStart(first + years), years === 10 ? 'decade' : 'century', qualifier, first);
}

/** The bound one of the common EDTF forms covers, or undefined for the edtf-based reading to decide. */
export function fastBound(text: string): DateBound | undefined {
	const length = text.length;
	const last = text.charCodeAt(length - 1);
	const qualifier = last === TILDE || last === QUESTION || last === PERCENT ? last : 0;
	const end = qualifier === 0 ? length : length - 1;
	const negative = text.charCodeAt(0) === MINUS;
	const at = negative ? 1 : 0;
	const size = end - at;

	// 19, 198: a century and a decade in edtf's own short forms (their negative forms are left to edtf).
	if (size === 2 || size === 3) {
		const value = negative ? -1 : digits(text, 0, size);
		if (value < 0) return undefined;
		return size === 2 ? yearsBound(value * 100, 100, qualifier) : yearsBound(value * 10, 10, qualifier);
	}
	if (size < 4) return undefined;

	// 198X, 19XX: edtf takes no qualifier on them, and reads negative ones in a way of its own.
	if (text.charCodeAt(at + 3) === X) {
		if (negative || qualifier !== 0 || size !== 4) return undefined;
		if (text.charCodeAt(2) === X) {
			const century = digits(text, 0, 2);
			return century < 0 ? undefined : yearsBound(century * 100, 100, 0);
		}
		const decade = digits(text, 0, 3);
		return decade < 0 ? undefined : yearsBound(decade * 10, 10, 0);
	}

	const digitsOfYear = digits(text, at, 4);
	// -0000 is not a year to edtf.
	if (digitsOfYear < 0 || (negative && digitsOfYear === 0)) return undefined;
	const year = negative ? -digitsOfYear : digitsOfYear;
	if (size === 4) return bound(utcDayStart(year), utcDayStart(year + 1), 'year', qualifier, year);

	if (text.charCodeAt(at + 4) !== MINUS) return undefined;
	const month = digits(text, at + 5, 2);
	if (month < 1 || month > 12) return undefined;
	if (size === 7) return bound(utcDayStart(year, month - 1), utcDayStart(year, month), 'month', qualifier, year);

	if (size < 10 || text.charCodeAt(at + 7) !== MINUS) return undefined;
	const day = digits(text, at + 8, 2);
	// edtf takes 29 February in every year (a common year's is its 1 March): left to it.
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	if (size === 10) return bound(utcDayStart(year, month - 1, day), utcDayStart(year, month - 1, day + 1), 'day', qualifier, year);

	return dateTimeBound(text, at + 10, year, month, day, qualifier);
}

/**
 * A date-time: the day, then Thh:mm or Thh:mm:ss and a zone. It covers the minute from its instant on.
 * Years 0-99 are left to edtf, whose arithmetic for them (through years 1900-1999) differs in leap days.
 */
function dateTimeBound(text: string, at: number, year: number, month: number, day: number, qualifier: number): DateBound | undefined {
	if (qualifier !== 0 || (year >= 0 && year < 100) || text.charCodeAt(at) !== T || text.charCodeAt(at + 3) !== COLON) return undefined;
	const hours = digits(text, at + 1, 2);
	const minutes = digits(text, at + 4, 2);
	if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
	let seconds = 0;
	let zoneAt = at + 6;
	if (text.charCodeAt(zoneAt) === COLON) {
		seconds = digits(text, zoneAt + 1, 2);
		if (seconds < 0 || seconds > 59) return undefined;
		zoneAt += 3;
	}
	const offset = zoneOffset(text, zoneAt);
	if (offset === undefined) return undefined;
	const start = Date.UTC(year, month - 1, day, hours, minutes - offset, seconds);
	const result = bound(start, start + MS_PER_MINUTE, 'minute', 0, new Date(start).getUTCFullYear());
	result.utcOffsetMinutes = offset;
	return result;
}
