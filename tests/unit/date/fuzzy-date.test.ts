import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FuzzyDateError, PRECISIONS, resolveFuzzyDate } from '../../../src/lib/model/date/fuzzy-date';
import { MS_PER_DAY, utcDayStart, yearOf, yearStart } from '../../../src/lib/model/date/time';
import { day } from '../helpers';

const AS_OF = day(2024, 7, 5);
const resolve = (text: string) => resolveFuzzyDate(text, AS_OF);

describe('resolveFuzzyDate', () => {
	it('turns a decade into the ten years it covers', () => {
		const date = resolve('198X');
		expect(date.start).toBe(day(1980));
		expect(date.end).toBe(day(1990));
		expect(date.from.precision).toBe('decade');
		expect(date.isSpan).toBe(false);
	});

	it('reads the EDTF decade and century forms', () => {
		expect(resolve('198').from.precision).toBe('decade');
		const century = resolve('19');
		expect([century.start, century.end, century.from.precision]).toEqual([day(1900), day(2000), 'century']);
		expect(resolve('19XX').from.precision).toBe('century');
	});

	it.each([
		['0000-02-28', utcDayStart(0, 1, 28), utcDayStart(0, 1, 29)],
		['0000-02-29', utcDayStart(0, 1, 29), utcDayStart(0, 2, 1)],
		['0000-02', utcDayStart(0, 1, 1), utcDayStart(0, 2, 1)],
		['-0004-02-29', utcDayStart(-4, 1, 29), utcDayStart(-4, 2, 1)]
	])('counts the days of 1 BCE and other leap years before 1 CE: %s', (text, start, end) => {
		const date = resolve(text);
		expect([date.start, date.end]).toEqual([start, end]);
	});

	it('turns a month into the whole month', () => {
		const date = resolve('2024-03');
		expect([date.start, date.end, date.from.precision]).toEqual([day(2024, 3, 1), day(2024, 4, 1), 'month']);
		expect(resolve('2024-02').end).toBe(day(2024, 3, 1)); // a leap February
	});

	it('turns a span of days into the days from the first to the last, inclusive', () => {
		const date = resolve('1979-12-24/1989-02-15');
		expect([date.start, date.end]).toEqual([day(1979, 12, 24), day(1989, 2, 16)]);
		expect(date.to?.precision).toBe('day');
		expect(date.ongoing).toBe(false);
	});

	it('ends an open span at the end of the as-of day', () => {
		const date = resolve('2003-02-14/..');
		expect([date.start, date.end, date.ongoing, date.isSpan]).toEqual([day(2003, 2, 14), day(2024, 7, 6), true, true]);
		expect(date.to).toBeUndefined();
	});

	it('keeps the approximate and uncertain qualifiers', () => {
		expect(resolve('1979-12-24~').approximate).toBe(true);
		expect(resolve('2024?').uncertain).toBe(true);
		expect(resolve('2024').approximate || resolve('2024').uncertain).toBe(false);
	});

	it('places a date-time at its UTC instant and remembers its offset', () => {
		const date = resolve('2021-08-30T23:59:00+04:30');
		expect(date.start).toBe(Date.UTC(2021, 7, 30, 19, 29));
		expect(date.from.precision).toBe('minute');
		expect(date.from.utcOffsetMinutes).toBe(270);
	});

	it('has no two-digit-year trap: year 50 is 50 CE, not 1950', () => {
		const date = resolve('0050');
		expect(date.from.year).toBe(50);
		expect(new Date(date.start).getUTCFullYear()).toBe(50);
	});

	it('counts years before 1 CE astronomically: -0499 is 500 BCE', () => {
		const date = resolve('-0499');
		expect(date.from.year).toBe(-499);
		expect(new Date(date.start).getUTCFullYear()).toBe(-499);
	});

	it('places deep time beyond the Date range', () => {
		const date = resolve('Y-13800000000');
		expect(date.from.year).toBe(-13_800_000_000);
		expect(Number.isFinite(date.start)).toBe(true);
		expect(date.end).toBeGreaterThan(date.start);
		expect(yearOf(date.start)).toBe(-13_800_000_000);
	});

	it.each([
		['2024-13', /not a valid EDTF date/],
		['../2024', /no start/],
		['2024/', /unknown end/],
		['2024/2020', /ends before it starts/],
		[' 2024', /space/],
		['2024/2025/2026', /more than one/],
		['{2024,2025}', /not a valid EDTF|does not draw/]
	])('rejects %s with a reason', (text, reason) => {
		expect(() => resolve(text)).toThrow(FuzzyDateError);
		expect(() => resolve(text)).toThrow(reason);
	});
});

/** A random calendar day in 0000-9999 as [year, month, day] (day within every month's length). */
const calendarDay = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const edtfDay = ([y, m, d]: [number, number, number]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

describe('resolveFuzzyDate properties', () => {
	it('gives every date an interval with start < end that contains its own start', () => {
		const anyDate = fc.oneof(
			calendarDay.map(edtfDay),
			calendarDay.map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
			calendarDay.map(([y]) => pad(y, 4)),
			calendarDay.map(([y]) => `${pad(y, 4).slice(0, 3)}X`),
			calendarDay.map(([y]) => `${pad(y, 4).slice(0, 2)}XX`),
			fc.integer({ min: -9999, max: -1 }).map((y) => `-${pad(-y, 4)}`),
			fc.bigInt({ min: 10_000n, max: 100_000_000_000n }).map((y) => `Y-${y}`)
		);
		fc.assert(
			fc.property(anyDate, (text) => {
				const date = resolve(text);
				expect(date.start).toBeLessThan(date.end);
				expect(date.start >= date.start && date.start < date.end).toBe(true);
				expect(PRECISIONS).toContain(date.from.precision);
			})
		);
	});

	it('nests precisions: a day lies within its month, year, decade and century', () => {
		fc.assert(
			fc.property(calendarDay, ([y, m, d]) => {
				const chain = [edtfDay([y, m, d]), `${pad(y, 4)}-${pad(m)}`, pad(y, 4), `${pad(y, 4).slice(0, 3)}X`, `${pad(y, 4).slice(0, 2)}XX`].map(resolve);
				for (let i = 1; i < chain.length; i++) {
					const inner = chain[i - 1]!;
					const outer = chain[i]!;
					expect(outer.start).toBeLessThanOrEqual(inner.start);
					expect(outer.end).toBeGreaterThanOrEqual(inner.end);
					expect(PRECISIONS.indexOf(outer.from.precision)).toBeLessThan(PRECISIONS.indexOf(inner.from.precision));
				}
			})
		);
	});

	it('makes a span cover both of its ends', () => {
		fc.assert(
			fc.property(calendarDay, calendarDay, (a, b) => {
				const [first, last] = [edtfDay(a), edtfDay(b)].sort();
				const span = resolve(`${first}/${last}`);
				expect(span.start).toBe(resolve(first!).start);
				expect(span.end).toBe(resolve(last!).end);
			})
		);
	});

	it('orders years monotonically across the edge of the Date range and into deep time', () => {
		fc.assert(
			fc.property(fc.integer({ min: -20_000_000_000, max: 20_000_000_000 }), (year) => {
				expect(yearStart(year + 1) - yearStart(year)).toBeGreaterThan(300 * MS_PER_DAY);
			})
		);
		expect(yearStart(-271_821)).toBeLessThan(yearStart(-271_820));
		expect(yearStart(275_760)).toBeGreaterThan(yearStart(275_759));
	});
});

describe('what a fault quotes of a date', () => {
	it('is the date whole when short, and its start when it would drown the reason', () => {
		expect(() => resolve('2024-13')).toThrow('"2024-13" is not a valid EDTF date');
		const huge = '1'.repeat(1_000_000);
		let reason = '';
		try {
			resolve(huge);
		} catch (error) {
			reason = (error as FuzzyDateError).message;
		}
		expect(reason).toMatch(/^"1{57}…" /);
		expect(reason.length).toBeLessThan(200);
	});
});
