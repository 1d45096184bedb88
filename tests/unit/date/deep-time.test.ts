import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { buildLanes, layoutLane, timelineExtent } from '../../../src/lib/model/chart/lane-layout';
import { describeEventDate } from '../../../src/lib/model/document/describe';
import { layoutAxis } from '../../../src/lib/model/chart/time-ticks';
import { parseViewParams, viewToParams } from '../../../src/lib/model/site/view-url';
import { historyEvent } from '../helpers';

/** A document from the Big Bang to the Moon landing: every layer must cope with it. */
const text = 'The universe began 13.8 billion years ago. Rome was founded in 753 BCE. Apollo 11 landed in 1969.';
const event = (id: string, edtf: string, exact: string) => historyEvent(id, edtf, exact);
const document = {
	version: 1,
	id: 'deep-time',
	article: { title: 'Deep time', publisher: 'Test', language: 'en', text, asOf: { date: '2000-01-01', method: 'stated' } },
	lanes: [{ id: 'all', label: 'All' }],
	categories: [{ id: 'history', label: 'History' }],
	events: [event('big-bang', 'Y-13800000000', '13.8 billion years ago'), event('rome', '-0752', '753 BCE'), event('apollo', '1969-07-20', '1969')]
};

describe('a document spanning deep time', () => {
	const { timeline, faults } = loadTimeline(document, { file: 'deep-time.json' });

	it('loads, in time order', () => {
		expect(faults).toEqual([]);
		expect(timeline!.events.map((e) => e.data.id)).toEqual(['big-bang', 'rome', 'apollo']);
	});

	it('describes each date as people write it', () => {
		expect(timeline!.events.map((e) => describeEventDate(e, timeline!).resolved)).toEqual(['13.8 billion years ago', '753 BCE', '20 Jul 1969']);
	});

	it('lays out the whole extent and a view around Rome without failing', () => {
		const lane = buildLanes(timeline!, 'lane')[0]!;
		const extent = timelineExtent(timeline!);
		const label = (e: { data: { title: string } }) => ({ text: e.data.title, width: 50 });
		expect(layoutAxis(extent, 800).level).toBe('years-ago');
		expect(layoutLane(lane, extent, 800, { label }).placed.length + layoutLane(lane, extent, 800, { label }).clusters.length).toBeGreaterThan(0);
		const rome = timeline!.events[1]!.date;
		const around: [number, number] = [rome.start - 1e12, rome.end + 1e12];
		expect(layoutAxis(around, 800).ticks.map((t) => t.label)).toContain('750 BCE');
		expect(layoutLane(lane, around, 800, { label }).placed.map((p) => p.event.data.id)).toEqual(['rome']);
	});

	it('keeps a deep-time view in the URL', () => {
		const extent = timelineExtent(timeline!);
		const params = viewToParams({ from: extent[0], to: extent[1], groupBy: 'lane', showContext: true });
		expect(params.get('from')).toMatch(/^Y-14\d{9}$/);
		const view = parseViewParams(params, new Set()).view;
		expect(Math.abs(view.from! - extent[0]) / (extent[1] - extent[0])).toBeLessThan(0.001);
	});
});
