import { describe, expect, it } from 'vitest';
import { overviewOf, type OverviewMark } from '../../../src/lib/model/site/overview';
import { byNewestFirst, shelfEntry, type ShelfEntry } from '../../../src/lib/model/site/shelf';
import { loadTimeline, type Timeline } from '../../../src/lib/model/document/timeline';
import { day, historyEvent, seedDocument, seedText } from '../helpers';

const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;

/** A timeline of events dated `edtf`, each quoting its own word of the text. */
function timelineOf(dates: Record<string, string>, asOf = '2024-07-05'): Timeline {
	const ids = Object.keys(dates);
	const text = ids.join(' ');
	const result = loadTimeline(
		{
			version: 1,
			id: 'test',
			article: { title: 'Test', publisher: 'Test', language: 'en', text, asOf: { date: asOf, method: 'stated' } },
			lanes: [{ id: 'all', label: 'All' }],
			categories: [{ id: 'history', label: 'History' }],
			events: ids.map((id) => historyEvent(id, dates[id]!, id))
		},
		{ file: 'test.json' }
	);
	if (!result.timeline) throw new Error(JSON.stringify(result.faults));
	return result.timeline;
}

const byId = (marks: OverviewMark[]) => Object.fromEntries(marks.map((mark) => [mark.id, mark]));

describe('overviewOf', () => {
	it('spans the first start to the last end, and places each event across it', () => {
		const overview = overviewOf(timelineOf({ a: '2000-01-01', b: '2009-12-31', c: '2004-12-31/2005-12-31' }).events, day(2024, 7, 5));
		expect(overview.start).toBe(day(2000, 1, 1));
		expect(overview.end).toBe(day(2010, 1, 1));
		const marks = byId(overview.marks);
		expect(marks.a).toMatchObject({ kind: 'point', row: 1 });
		// A point sits at the middle of its day.
		expect(marks.a!.x0).toBeCloseTo(0.5 / 3653, 6);
		expect(marks.b!.x0).toBeCloseTo(1 - 0.5 / 3653, 6);
		expect(marks.c).toMatchObject({ kind: 'bar', row: 0, rough: false });
		expect(marks.c!.x0).toBeCloseTo(1826 / 3653, 6);
		expect(marks.c!.x1).toBeCloseTo(2192 / 3653, 6);
		// The as-of date lies beyond the range.
		expect(overview.asOf).toBeUndefined();
	});

	it('keeps every fraction within 0–1 and draws bars before points', () => {
		const { marks, asOf } = overviewOf(seed.events, seed.asOf);
		expect(marks).toHaveLength(seed.events.length);
		for (const mark of marks) {
			expect(mark.x0).toBeGreaterThanOrEqual(0);
			expect(mark.x1).toBeLessThanOrEqual(1);
			expect(mark.x0).toBeLessThanOrEqual(mark.x1);
		}
		const kinds = marks.map((mark) => mark.kind);
		expect(kinds).toEqual([...kinds].sort());
		expect(asOf).toBeGreaterThan(0.9);
		expect(asOf).toBeLessThan(1);
	});

	it('draws the seed article: the wars and bans as bars, the days as points, context marked', () => {
		const overview = overviewOf(seed.events, seed.asOf);
		const marks = byId(overview.marks);
		expect(overview.start).toBe(day(1979, 12, 24));
		expect(overview.end).toBe(day(2025, 7, 4));
		expect(marks['soviet-war-in-afghanistan']).toMatchObject({ kind: 'bar', x0: 0, row: 0 });
		// Banned in 2003, after the Soviet war ended: the same row.
		expect(marks['taliban-banned-in-russia']).toMatchObject({ kind: 'bar', row: 0 });
		// Three spans from the fall of Kabul to the as-of date: one row each.
		expect(['fall-of-kabul', 'taliban-curtail-womens-rights', 'russia-has-not-recognised-taliban'].map((id) => marks[id]!.row).sort()).toEqual([0, 1, 2].sort());
		// A three-day siege is too short to see across 45 years.
		expect(marks['beslan-school-siege']).toMatchObject({ kind: 'point', context: true, row: 3 });
		expect(marks['russia-recognises-taliban']).toMatchObject({ kind: 'point', context: true, x1: 1 - 0.5 / 16629 });
		expect(marks['crocus-city-hall-attack']).toMatchObject({ kind: 'point', context: false });
		expect(overview.barRows).toBe(3);
	});

	it('packs bars into at most maxRows rows, sharing the one that frees up first', () => {
		const events = timelineOf({ a: '2000/2010', b: '2001/2003', c: '2002/2009', d: '2004/2005' }).events;
		const rows = (maxRows: number) => Object.fromEntries(overviewOf(events, day(2024, 7, 5), { maxRows }).marks.map((mark) => [mark.id, mark.row]));
		expect(rows(3)).toEqual({ a: 0, b: 1, c: 2, d: 1 });
		expect(rows(2)).toEqual({ a: 0, b: 1, c: 1, d: 1 });
		expect(rows(1)).toEqual({ a: 0, b: 0, c: 0, d: 0 });
	});

	it('draws a rough single date as wide as a bar softly, and a short one as a point', () => {
		const { marks } = overviewOf(timelineOf({ decade: '198X', day: '2000-06-01', approx: '1995~' }).events, day(2024, 7, 5));
		const by = byId(marks);
		expect(by.decade).toMatchObject({ kind: 'bar', rough: true });
		expect(by.approx).toMatchObject({ kind: 'bar', rough: true });
		expect(by.day).toMatchObject({ kind: 'point', rough: false });
		expect(overviewOf(timelineOf({ approx: '1995-03-01~', far: '2095' }).events, day(2024, 7, 5)).marks[0]).toMatchObject({ kind: 'point', rough: true });
	});

	it('gives a timeline of one moment a day to stand in, the moment in the middle', () => {
		const overview = overviewOf(timelineOf({ moment: '2024-03-22T20:00:00+03:00' }, '2024-03-22').events, day(2024, 3, 22));
		expect(overview.end - overview.start).toBe(86_400_000);
		expect(overview.marks[0]).toMatchObject({ kind: 'point', x0: 0.5 });
	});
});

describe('the shelf', () => {
	it("gives a timeline's article, as-of date, range, count and overview", () => {
		const entry = shelfEntry('putin-taliban-allies', seed);
		expect(entry).toMatchObject({
			id: 'putin-taliban-allies',
			title: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism',
			byline: 'The Defense News',
			language: 'en',
			article: { title: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism', publisher: 'The Defense News' },
			licences: [],
			asOf: '2024-07-05',
			asOfText: '5 Jul 2024',
			range: '1979 – 2025',
			events: '11 events'
		});
		expect(entry.overview.marks).toHaveLength(11);
		expect(entry.article).not.toHaveProperty('licence');
		expect(shelfEntry('one', timelineOf({ a: '2024-03-22' })).events).toBe('1 event');
	});

	it('puts the newest as-of date first, then orders by title', () => {
		const entry = (title: string, asOf: string) => ({ title, asOf }) as ShelfEntry;
		const shelf = [entry('B', '2023-01-01'), entry('C', '2024-07-05'), entry('A', '2023-01-01')].sort(byNewestFirst);
		expect(shelf.map((e) => e.title)).toEqual(['C', 'A', 'B']);
	});
});
