import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile, timesBetter } from '../../bench/stats';
import { benchEvents, timelineJsDocument, visItems } from '../../bench/formats';

describe('benchmark statistics', () => {
	it('take medians and nearest-rank percentiles', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(
			percentile(
				[...Array(100).keys()].map((i) => i + 1),
				95
			)
		).toBe(95);
		expect(percentile([10, 20], 95)).toBe(20);
		expect(Number.isNaN(median([]))).toBe(true);
	});

	it('summarise frame times', () => {
		const stats = frameStats([16, 16, 16, 50]);
		expect(stats.longestFrameMs).toBe(50);
		expect(stats.p95FrameMs).toBe(50);
		expect(stats.meanFps).toBeCloseTo(4000 / 98, 5);
	});

	it('say how many times better, whichever way a figure runs', () => {
		expect(timesBetter(10, 50)).toBe(5);
		expect(timesBetter(60, 12, true)).toBe(5);
		expect(Number.isNaN(timesBetter(0, 5))).toBe(true);
	});
});

describe('benchmark data', () => {
	it('gives every target the same events', () => {
		const events = benchEvents(500, 9);
		const vis = visItems(events);
		const tjs = timelineJsDocument(events);
		expect(vis).toHaveLength(500);
		expect(tjs.events).toHaveLength(500);
		expect(vis.map((item) => item.content)).toEqual(tjs.events.map((event) => event.text.headline));
		const ranges = vis.filter((item) => item.type === 'range').length;
		expect(ranges).toBe(tjs.events.filter((event) => 'end_date' in event).length);
		expect(ranges / 500).toBeGreaterThan(0.2);
		expect(ranges / 500).toBeLessThan(0.4);
	});
});
