import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	PAGE_SIZE,
	WHOLE_LIST_LIMIT,
	clampPage,
	describeRange,
	isPaged,
	pageCount,
	pageOf,
	pageRange,
	positionAtTime,
	rangeNumbers
} from '../../../src/lib/model/site/event-list-pages';
import { syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import { readTime } from '../../../src/lib/model/site/view-url';
import { day } from '../helpers';

describe('the list of events in pages', () => {
	it('is whole up to its limit, in pages beyond it', () => {
		expect(isPaged(11)).toBe(false);
		expect(isPaged(WHOLE_LIST_LIMIT)).toBe(false);
		expect(isPaged(WHOLE_LIST_LIMIT + 1)).toBe(true);
	});

	it('has pages of PAGE_SIZE, the last one shorter, and at least one page', () => {
		expect(pageCount(0)).toBe(1);
		expect(pageCount(10_000)).toBe(10_000 / PAGE_SIZE);
		expect(pageCount(10_001)).toBe(10_000 / PAGE_SIZE + 1);
		expect(pageRange(0, 10_001)).toEqual({ start: 0, end: PAGE_SIZE });
		expect(pageRange(100, 10_001)).toEqual({ start: 10_000, end: 10_001 });
	});

	it('clamps pages and positions outside the list to its first or last page', () => {
		expect(clampPage(-3, 1000)).toBe(0);
		expect(clampPage(99, 1000)).toBe(9);
		expect(clampPage(Number.NaN, 1000)).toBe(0);
		expect(pageOf(-1, 1000)).toBe(0);
		expect(pageOf(5000, 1000)).toBe(9);
		expect(pageRange(42, 1000)).toEqual({ start: 900, end: 1000 });
	});

	it('puts every position on the one page whose range holds it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 200_000 }), fc.nat(), (total, seed) => {
				const position = seed % total;
				const { start, end } = pageRange(pageOf(position, total), total);
				expect(start).toBeLessThanOrEqual(position);
				expect(end).toBeGreaterThan(position);
				expect(end - start).toBeLessThanOrEqual(PAGE_SIZE);
			})
		);
	});

	it('describes a range as the reader counts, from 1', () => {
		expect(describeRange({ start: 100, end: 200 }, 100_000)).toBe('Events 101–200 of 100,000');
		expect(describeRange({ start: 10_000, end: 10_001 }, 10_001)).toBe('Event 10,001 of 10,001');
		expect(describeRange({ start: 0, end: 1500 }, 1500)).toBe('All 1,500 events');
		expect(rangeNumbers({ start: 0, end: 100 })).toBe('1–100');
	});
});

describe('going to a date', () => {
	const timeline = syntheticTimeline(10_000);
	const { events } = timeline;

	it('lands on the first event that starts at or after it', () => {
		const time = readTime('2001-05')!;
		expect(time).toBe(day(2001, 5, 1));
		const position = positionAtTime(events, time);
		expect(events[position]!.date.start).toBeGreaterThanOrEqual(time);
		expect(events[position - 1]!.date.start).toBeLessThan(time);
	});

	it('lands on the first event before them all, and on the last after them all', () => {
		expect(positionAtTime(events, readTime('1900')!)).toBe(0);
		expect(positionAtTime(events, readTime('2100-01-01')!)).toBe(events.length - 1);
		expect(positionAtTime([], 0)).toBe(0);
	});

	it('reads what a reader types as a URL writes it, and nothing else', () => {
		expect(readTime(' 1999-05-17 ')).toBe(day(1999, 5, 17));
		expect(readTime('-0499')).toBe(readTime('-0499-01-01'));
		expect(readTime('May 1999')).toBeUndefined();
		expect(readTime('1999-02-30')).toBeUndefined();
		expect(readTime('')).toBeUndefined();
	});
});
