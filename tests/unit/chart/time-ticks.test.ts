import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth, layoutAxis, LABEL_GAP, type AxisLayout } from '../../../src/lib/model/chart/time-ticks';
import { yearStart } from '../../../src/lib/model/date/time';
import { day } from '../helpers';

const HOUR = 3_600_000;
const labels = (layout: AxisLayout) => layout.ticks.map((tick) => tick.label);

/** No two tick labels overlap, and none runs off either edge. */
function expectReadable(layout: AxisLayout, width: number) {
	for (let i = 1; i < layout.ticks.length; i++) {
		const previous = layout.ticks[i - 1]!;
		expect(layout.ticks[i]!.x - previous.x).toBeGreaterThanOrEqual(estimateTextWidth(previous.label) + LABEL_GAP - 0.001);
	}
	for (const tick of layout.ticks) {
		expect(tick.x).toBeGreaterThanOrEqual(0);
		expect(tick.x + 3 + estimateTextWidth(tick.label)).toBeLessThanOrEqual(width);
	}
}

// One fixture per range, from deep time to minutes; no current time, no live data.
describe('layoutAxis fixtures', () => {
	it('deep time: billions of years ago, the unit named as context', () => {
		const layout = layoutAxis([yearStart(-13_800_000_000), yearStart(2025)], 1000);
		expect(layout.level).toBe('years-ago');
		// "0" (the year 2000) would run off the right edge, so it is left out.
		expect(labels(layout)).toEqual(['13', '12', '11', '10', '9', '8', '7', '6', '5', '4', '3', '2', '1']);
		expect(layout.context.map((c) => c.label)).toEqual(['billion years ago']);
	});

	it('millions of years: decimals as fine as the step', () => {
		const layout = layoutAxis([yearStart(-2_000_000), yearStart(-1_000_000)], 1000);
		expect(layout.context[0]!.label).toBe('million years ago');
		expect(labels(layout)).toContain('1.50');
	});

	it('millennia around the turn of the era: BCE and CE, with no year zero', () => {
		const layout = layoutAxis([yearStart(-600), yearStart(601)], 1000);
		expect(layout.level).toBe('year');
		expect(labels(layout)).toEqual(['600 BCE', '500 BCE', '400 BCE', '300 BCE', '200 BCE', '100 BCE', '1 CE', '100 CE', '200 CE', '300 CE', '400 CE', '500 CE']);
		expect(layout.ticks.find((t) => t.label === '1 CE')!.time).toBe(yearStart(1));
		expect(layout.ticks.find((t) => t.label === '100 BCE')!.time).toBe(yearStart(-99));
	});

	it('the first century: year 50 is 50 CE, not 1950', () => {
		const layout = layoutAxis([yearStart(1), yearStart(101)], 1000);
		expect(labels(layout)).toContain('50 CE');
		expect(new Date(layout.ticks.find((t) => t.label === '50 CE')!.time).getUTCFullYear()).toBe(50);
	});

	it('decades: the seed article from 1978 to 2026', () => {
		const wide = layoutAxis([day(1978), day(2026)], 1000);
		expect(wide.level).toBe('year');
		expect(labels(wide).slice(0, 3)).toEqual(['1978', '1980', '1982']);
		const narrow = layoutAxis([day(1978), day(2026)], 343);
		expect(labels(narrow)).toEqual(['1980', '1990', '2000', '2010', '2020']);
	});

	it('months, with the year as context', () => {
		const layout = layoutAxis([day(2024), day(2025)], 1000);
		expect(layout.level).toBe('month');
		expect(labels(layout)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
		expect(layout.context.map((c) => c.label)).toEqual(['2024']);
	});

	it('months across a new year: the pinned year gives way to the next', () => {
		const layout = layoutAxis([day(2023, 11, 1), day(2024, 3, 1)], 360);
		expect(layout.level).toBe('month');
		expect(layout.context.map((c) => c.label)).toEqual(['2023', '2024']);
		expect(layout.context[0]!.x).toBeLessThanOrEqual(0);
	});

	it('days, with the month as context', () => {
		const layout = layoutAxis([day(2024, 3, 1), day(2024, 4, 1)], 1000);
		expect(layout.level).toBe('day');
		expect(labels(layout)[21]).toBe('22');
		expect(layout.context.map((c) => c.label)).toEqual(['Mar 2024']);
	});

	it('hours on the day of the Crocus City Hall attack, with the day as context', () => {
		const layout = layoutAxis([day(2024, 3, 22), day(2024, 3, 23)], 1000);
		expect(layout.level).toBe('hour');
		expect(labels(layout)).toEqual(['00:00', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00']);
		expect(layout.context.map((c) => c.label)).toEqual(['22 Mar 2024']);
	});

	it('minutes', () => {
		const layout = layoutAxis([day(2024, 3, 22) + 17 * HOUR, day(2024, 3, 22) + 18 * HOUR], 1000);
		expect(layout.level).toBe('minute');
		expect(labels(layout)).toContain('17:30');
	});

	it('ignores an empty range or width', () => {
		expect(layoutAxis([day(2024), day(2024)], 1000).ticks).toEqual([]);
		expect(layoutAxis([day(2024), day(2025)], 0).ticks).toEqual([]);
	});
});

describe('layoutAxis properties', () => {
	it('never lets labels overlap or overflow, at any range and width', () => {
		const start = fc.oneof(fc.integer({ min: day(-3000), max: day(3000) }), fc.double({ min: yearStart(-20_000_000_000), max: yearStart(-200_000), noNaN: true }));
		const span = fc.oneof(fc.integer({ min: 60_000, max: 100 * 86_400_000 }), fc.double({ min: 1e10, max: 1e18, noNaN: true }));
		fc.assert(
			fc.property(start, span, fc.integer({ min: 200, max: 2000 }), (a, s, width) => {
				const layout = layoutAxis([a, a + s], width);
				expectReadable(layout, width);
				for (const tick of layout.ticks) expect(tick.time).toBeGreaterThanOrEqual(a - 1);
			}),
			{ numRuns: 300 }
		);
	});

	it('moves to finer levels as the range narrows', () => {
		const order = ['years-ago', 'year', 'month', 'day', 'hour', 'minute'];
		let previous = -1;
		for (let span = 50 * 365 * 86_400_000; span > 30 * 60_000; span /= 3) {
			const level = order.indexOf(layoutAxis([day(2024, 3, 22), day(2024, 3, 22) + span], 1000).level);
			expect(level).toBeGreaterThanOrEqual(previous);
			previous = level;
		}
		expect(previous).toBe(order.indexOf('minute'));
	});
});
