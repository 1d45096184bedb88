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

describe('draft benchmark scoring', async () => {
	const { fragmentReason, laneFragment, matchEvents, rouge1, sameDate } = await import('../../bench/draft/score');

	it('matches a date at the precision of the gold', () => {
		expect(sameDate('2019-12-05', '2019-12')).toBe(true);
		expect(sameDate('2019', '2019-12')).toBe(false);
		expect(sameDate('1985', '198X')).toBe(true);
		expect(sameDate('2003/..', '2003/..')).toBe(true);
		expect(sameDate('2003', '2003/..')).toBe(false);
		expect(sameDate('2019-11-22', '../2019-11-22')).toBe(true);
		expect(sameDate('2019-06', '2019-22')).toBe(false);
		expect(sameDate('2019-06/2019-08', '2019-22')).toBe(true);
		expect(sameDate('2019-12/2020-02', '2019-24')).toBe(true);
	});

	it('scores titles by ROUGE-1 F over stemmed words', () => {
		expect(rouge1('Roscosmos announced the death', 'Roscosmos announces the death')).toBe(1);
		expect(rouge1('a b', 'c d')).toBe(0);
		expect(rouge1('Samoa declares emergency', 'Samoa declares a state of emergency')).toBeCloseTo((2 * 1 * 0.5) / 1.5, 5);
	});

	it('pairs drafted and gold events one to one, the most alike titles first', () => {
		const gold = [
			{ date: '2020-03-04', title: 'Bloomberg ends his campaign', lanes: [], excerpts: [] },
			{ date: '2020-03-04', title: 'Bloomberg endorses Biden', lanes: [], excerpts: [] }
		];
		const drafted = [
			{ edtf: '2020-03-04', title: 'Bloomberg endorses Joe Biden' },
			{ edtf: '2020-03-04', title: 'Bloomberg ends campaign' },
			{ edtf: '2020-03-05', title: 'Warren ends campaign' }
		];
		expect(matchEvents(drafted, gold)).toEqual({
			pairs: [
				[0, 1],
				[1, 0]
			].sort((a, b) => a[0]! - b[0]!),
			unmatchedDrafted: [2],
			unmatchedGold: []
		});
	});

	it.each([
		['On December 5 and', 'date words'],
		['Yesterday and', 'date words'],
		['Returned to normal', 'a verb with no subject'],
		['In the Pacific region', 'begins with "In"'],
		['He said', 'ends with "said"'],
		['Docking', 'under three words'],
		['Samoa declares a state of emergency', undefined],
		['Iowa caucuses', undefined],
		['Hurricane Dorian clears the Bahamas', undefined]
	])('calls %j %s', (title, reason) => expect(fragmentReason(title)).toBe(reason));

	it('calls a placeholder or half a name a lane fragment', () => {
		const text = 'On Super Tuesday, Biden won. Super Tuesday was big. Boris Johnson spoke; Prime Minister Johnson left.';
		expect(laneFragment('Unnamed', text)).toBe(true);
		expect(laneFragment('Super', text)).toBe(true);
		expect(laneFragment('Biden', text)).toBe(false);
		expect(laneFragment('Boris Johnson', text)).toBe(false);
	});
});

describe('the editor history bench table', () => {
	it('gives medians of the drafts, the most of their longest tasks, and each step, long tasks under 50 ms as "< 50"', async () => {
		const { editorHistoryTable } = await import('../../bench/editor-history');
		const draft = { articles: 295, megabytes: 1.37, topMs: 1000, draftedMs: 2000, shownMs: 2400, longestTaskMs: 30, openMs: 200, longestTaskOpeningMs: 0 };
		const table = editorHistoryTable({
			drafts: [draft, { ...draft, draftedMs: 3000, longestTaskMs: 63 }, { ...draft, draftedMs: 2500 }],
			steps: [{ step: 'accept a candidate', ms: 139.4, longestTaskMs: 12 }]
		});
		expect(table).toContain('Drafting 295 articles (1.4 MB)');
		expect(table).toContain('| 200 | < 50 | 1000 | 2500 | 2400 | 63 |');
		expect(table).toContain('| accept a candidate | 139 | < 50 |');
	});
});
