/**
 * Resolved dates written as numbers, DATE_STRIDE to a date, and read back as the same FuzzyDate: how the
 * loading worker hands a batch's dates to the page (a transferred Float64Array rather than about half of
 * the batch's JSON). The EDTF text is not written: it is the event's own (`date.edtf`, `stated.edtf`).
 */
import type { DateBound, FuzzyDate } from './fuzzy-date';
import { PRECISIONS } from './precision';

export const DATE_STRIDE = 13;

const PRESENT = 1;
const SPAN = 2;
const ONGOING = 4;
const APPROXIMATE = 8;
const UNCERTAIN = 16;
const HAS_TO = 32;

function writeBound(into: Float64Array, at: number, bound: DateBound) {
	into[at] = bound.start;
	into[at + 1] = bound.end;
	into[at + 2] = bound.year;
	into[at + 3] = bound.utcOffsetMinutes ?? Number.NaN;
	into[at + 4] = PRECISIONS.indexOf(bound.precision) * 4 + (bound.approximate ? 1 : 0) + (bound.uncertain ? 2 : 0);
}

function readBound(from: Float64Array, at: number): DateBound {
	const code = from[at + 4]!;
	const bound: DateBound = {
		start: from[at]!,
		end: from[at + 1]!,
		precision: PRECISIONS[Math.floor(code / 4)]!,
		approximate: (code & 1) !== 0,
		uncertain: (code & 2) !== 0,
		year: from[at + 2]!
	};
	if (!Number.isNaN(from[at + 3]!)) bound.utcOffsetMinutes = from[at + 3]!;
	return bound;
}

/** Writes `date` (or that there is none) at `at`. */
export function writeDate(into: Float64Array, at: number, date: FuzzyDate | undefined) {
	if (!date) {
		into[at] = 0;
		return;
	}
	into[at] = PRESENT | (date.isSpan ? SPAN : 0) | (date.ongoing ? ONGOING : 0) | (date.approximate ? APPROXIMATE : 0) | (date.uncertain ? UNCERTAIN : 0) | (date.to ? HAS_TO : 0);
	into[at + 1] = date.start;
	into[at + 2] = date.end;
	writeBound(into, at + 3, date.from);
	if (date.to) writeBound(into, at + 8, date.to);
}

/** The date written at `at`, with its EDTF text, or undefined where none was. */
export function readDate(from: Float64Array, at: number, edtf: string | undefined): FuzzyDate | undefined {
	const flags = from[at]!;
	if (!(flags & PRESENT) || edtf === undefined) return undefined;
	const date: FuzzyDate = {
		edtf,
		start: from[at + 1]!,
		end: from[at + 2]!,
		from: readBound(from, at + 3),
		isSpan: (flags & SPAN) !== 0,
		ongoing: (flags & ONGOING) !== 0,
		approximate: (flags & APPROXIMATE) !== 0,
		uncertain: (flags & UNCERTAIN) !== 0
	};
	if (flags & HAS_TO) date.to = readBound(from, at + 8);
	return date;
}
