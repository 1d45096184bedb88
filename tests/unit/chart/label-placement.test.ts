/**
 * Where labels go: right of a mark, left of it where only that side has room, whole unless no row has
 * room on either side, on two lines where one line has no room; and how many rows each lane gets.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLanes, layoutLane, MIN_CUT_WIDTH, slotsOf, timelineExtent, type Lane, type LaneLayout, type PlacedEvent } from '../../../src/lib/model/chart/lane-layout';
import { planRows, rowBudget, rowsNeeded, shareRows, WHOLE_LABELS_UP_TO } from '../../../src/lib/model/chart/row-plan';
import { wrapLabel } from '../../../src/lib/model/chart/label-lines';
import { loadTimeline, type Timeline, type TimelineEvent } from '../../../src/lib/model/document/timeline';
import { convertTimelineJs } from '../../../src/lib/model/read/timelinejs';
import { day, seedDocument, seedText } from '../helpers';

const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
const CHAR = 6.5;
const label = (event: TimelineEvent) => ({ text: event.data.title, width: Math.ceil(event.data.title.length * CHAR) });
const cut = (event: TimelineEvent, maxWidth: number) => {
	const chars = Math.max(0, Math.floor(maxWidth / CHAR) - 1);
	const text = `${event.data.title.slice(0, chars)}…`;
	return { text, width: Math.ceil(text.length * CHAR) };
};
const options = { label, cut };
const extent = timelineExtent(seed);
const measure = (text: string) => Math.ceil(text.length * CHAR);
const wrap = (event: TimelineEvent) => wrapLabel(event.data.title, measure);
/** As the app lays out: a label that has no room on one line takes two, and is cut only when two do not hold it. */
const wrapping = { label, wrap, cut };

const extentOf = (placed: PlacedEvent): [number, number] => [Math.min(placed.x0, placed.labelX), Math.max(placed.x1, placed.labelX + placed.labelWidth)];

function expectNoOverlaps(layout: LaneLayout) {
	for (const p of layout.placed)
		for (const q of layout.placed) {
			if (p === q || p.row !== q.row) continue;
			const [a0, a1] = extentOf(p);
			const [b0, b1] = extentOf(q);
			expect(a1 <= b0 || b1 <= a0, `${p.event.data.id} and ${q.event.data.id} overlap in row ${p.row}`).toBe(true);
		}
}

/** Labels never overlap in any row they take: a label on two lines takes its event's row and the row above. */
function expectNoOverlapsInRows(layout: LaneLayout) {
	const taken = (placed: PlacedEvent) => new Set(placed.lines.map((_, i) => placed.row - i));
	for (const p of layout.placed) {
		expect(p.row - p.lines.length + 1).toBeGreaterThanOrEqual(0);
		for (const q of layout.placed) {
			if (p === q || ![...taken(p)].some((row) => taken(q).has(row))) continue;
			const [a0, a1] = extentOf(p);
			const [b0, b1] = extentOf(q);
			expect(a1 <= b0 || b1 <= a0, `${p.event.data.id} and ${q.event.data.id} overlap`).toBe(true);
		}
	}
}

/** Whether an event is labelled whole: its title on one line, or on two. */
const whole = (placed: PlacedEvent) => placed.lines.map((line) => line.text).join(' ') === placed.event.data.title;

/** A timeline as TimelineJS3 documents give it, one lane, of these days and titles. */
function timelineOf(events: { date: [number, number, number]; title: string }[]): Timeline {
	const slides = events.map(({ date: [year, month, dayOfMonth], title }) => ({ start_date: { year, month, day: dayOfMonth }, text: { headline: title } }));
	return loadTimeline(convertTimelineJs({ events: slides }, 'test.json'), { file: 'test.json' }).timeline!;
}

/** The seed's lanes with as many rows as they need at the fitted view, `width` pixels wide. */
const planned = (width: number, maxHeight = Infinity) => planRows(buildLanes(seed, 'lane'), extent, width, options, maxHeight);

describe('labels', () => {
	it('are whole for every seed event at the fitted view at 1280 px, on the side that has room, never past the edge', () => {
		const width = 1280 - 2 * 17;
		for (const lane of planned(width)) {
			const layout = layoutLane(lane, extent, width, options);
			expect(layout.clusters).toEqual([]);
			expectNoOverlaps(layout);
			for (const placed of layout.placed) {
				expect(placed.label).toBe(placed.event.data.title);
				expect(placed.labelX).toBeGreaterThanOrEqual(0);
				expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(width);
			}
		}
	});

	it('go left of a mark near the right edge, ending at it, rather than being cut', () => {
		const russia = planned(800).find((lane) => lane.id === 'russia')!;
		const layout = layoutLane(russia, extent, 800, options);
		const astana = layout.placed.find((placed) => placed.event.data.id === 'putin-astana-remarks')!;
		expect(astana.before).toBe(true);
		expect(astana.label).toBe(astana.event.data.title);
		expect(astana.labelX + astana.labelWidth).toBeCloseTo(astana.x1, 5);
	});

	it('stay left of the as-of line where they can', () => {
		const width = 800;
		const barrier = width - 30;
		for (const lane of planRows(buildLanes(seed, 'lane'), extent, width, { ...options, barrier }, Infinity)) {
			for (const placed of layoutLane(lane, extent, width, { ...options, barrier }).placed) {
				if (placed.x1 <= barrier - 3) expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(barrier);
			}
		}
	});

	it('are cut only when no row has room for them whole, and then to the room there is', () => {
		// One row, a phone's width: the long titles near the as-of day cannot all be whole.
		const width = 343;
		const russia = { ...buildLanes(seed, 'lane')[0]!, rows: 1, hasClusterRow: true };
		const layout = layoutLane(russia, extent, width, options);
		expectNoOverlaps(layout);
		for (const placed of layout.placed) {
			if (placed.label !== placed.event.data.title) {
				expect(placed.label.endsWith('…')).toBe(true);
				expect(placed.labelWidth).toBeGreaterThanOrEqual(MIN_CUT_WIDTH - CHAR);
			}
			expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(width);
		}
	});

	it('never overlap in any view of a synthetic lane, with or without cutting', () => {
		const lane = buildLanes(seed, 'category')[0]!;
		fc.assert(
			fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.integer({ min: 280, max: 1600 }), (at, share, width) => {
				const span = (extent[1] - extent[0]) * share;
				const a = extent[0] + (extent[1] - extent[0] - span) * at;
				expectNoOverlaps(layoutLane({ ...lane, rows: 2 }, [a, a + span], width, options));
			})
		);
	});

	it('place the events that begin in view before a span that began earlier', () => {
		// Zoomed into 2022–2024 with one row, the ban (a span since 2003) and the non-recognition (since 2021)
		// would take the whole row if placed first.
		const russia: Lane = { ...buildLanes(seed, 'lane')[0]!, rows: 1, hasClusterRow: true };
		const layout = layoutLane(russia, [day(2022, 1, 1), day(2024, 12, 31)], 1000, options);
		const ids = layout.placed.map((placed) => placed.event.data.id);
		expect(ids).toContain('putin-astana-remarks');
		expect(ids).not.toContain('taliban-banned-in-russia');
	});
});

describe('labels on two lines', () => {
	it('hold every seed event whole on a phone: the titles wider than the chart take a second line, in a row of their own above', () => {
		const width = 343;
		const lanes = planRows(buildLanes(seed, 'lane'), extent, width, wrapping, 518, true);
		const placed: PlacedEvent[] = [];
		for (const lane of lanes) {
			const layout = layoutLane(lane, extent, width, wrapping);
			expect(layout.clusters).toEqual([]);
			expectNoOverlapsInRows(layout);
			placed.push(...layout.placed);
		}
		expect(placed).toHaveLength(seed.events.length);
		for (const event of placed) {
			expect(whole(event), event.label).toBe(true);
			expect(event.labelX).toBeGreaterThanOrEqual(0);
			expect(event.labelX + event.labelWidth).toBeLessThanOrEqual(width);
			expect(event.labelWidth).toBe(Math.max(...event.lines.map((line) => line.width)));
			// On two lines only where one line is wider than the chart's room either side of the mark.
			if (event.lines.length === 2) expect(label(event.event).width).toBeGreaterThan(Math.max(width - 2 - Math.max(event.x0, 0), event.x1));
		}
		expect(placed.filter((event) => event.lines.length === 2).map((event) => event.event.data.id)).toContain('taliban-banned-in-russia');
	});

	it('are taken only where one line has no room, and a label is cut only where two lines have none', () => {
		const title = 'Voyager 1 crosses the heliopause into interstellar space';
		const [lane] = buildLanes(timelineOf([{ date: [2012, 8, 25], title }]), 'lane');
		const layoutAt = (width: number, rows: number) => layoutLane({ ...lane!, rows }, [day(2012, 8, 20), day(2012, 8, 30)], width, wrapping).placed[0]!;
		// The mark is in the middle: each side has half the width.
		const oneLine = measure(title);
		expect(layoutAt(2 * oneLine + 40, 2).lines).toHaveLength(1);
		const twoLines = layoutAt(oneLine + 40, 2);
		expect(twoLines.lines.map((line) => line.text)).toEqual(['Voyager 1 crosses the heliopause', 'into interstellar space']);
		expect(twoLines.row).toBe(1);
		// With one row there is no row above for the first line: cut, as when two lines are too wide.
		expect(layoutAt(oneLine + 40, 1).label.endsWith('…')).toBe(true);
		expect(layoutAt(oneLine / 2, 2).label.endsWith('…')).toBe(true);
	});

	const title = fc
		.array(fc.constantFrom('the', 'first', 'crewed', 'landing', 'on', 'Mars', 'Apollo', 'station', 'launched', 'into', 'orbit', 'Soyuz', 'International'), {
			minLength: 1,
			maxLength: 16
		})
		.map((words) => words.join(' '));
	const events = fc.array(fc.record({ date: fc.tuple(fc.integer({ min: 1957, max: 2021 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })), title }), {
		minLength: 1,
		maxLength: WHOLE_LABELS_UP_TO
	});

	it(`hold every event of a timeline of up to ${WHOLE_LABELS_UP_TO} whole at 1280 px, in the full view and the embed, whatever the chart's height`, () => {
		fc.assert(
			fc.property(events, fc.constantFrom(806, 1246), fc.integer({ min: 320, max: 800 }), (given, width, maxHeight) => {
				const timeline = timelineOf(given);
				const fitted = timelineExtent(timeline);
				for (const lane of planRows(buildLanes(timeline, 'lane'), fitted, width, wrapping, maxHeight, true)) {
					const layout = layoutLane(lane, fitted, width, wrapping);
					expect(layout.clusters).toEqual([]);
					expect(layout.placed).toHaveLength(lane.events.length);
					for (const placed of layout.placed) expect(whole(placed), placed.label).toBe(true);
					expectNoOverlapsInRows(layout);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('never overlap as the view moves, each label keeping its row and lines where it can', () => {
		fc.assert(
			fc.property(events, fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0.2, max: 1, noNaN: true }), (given, at, share) => {
				const timeline = timelineOf(given);
				const fitted = timelineExtent(timeline);
				const width = 600;
				const [lane] = planRows(buildLanes(timeline, 'lane'), fitted, width, wrapping, 400, false);
				const before = layoutLane(lane!, fitted, width, wrapping);
				const span = (fitted[1] - fitted[0]) * share;
				const from = fitted[0] + (fitted[1] - fitted[0] - span) * at;
				const after = layoutLane(lane!, [from, from + span], width, { ...wrapping, previous: slotsOf(before) });
				expectNoOverlapsInRows(before);
				expectNoOverlapsInRows(after);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('rows', () => {
	it('are as many as a lane needs to label every event at the fitted view', () => {
		const russia = buildLanes(seed, 'lane')[0]!;
		const need = rowsNeeded(russia, extent, 1246, options);
		expect(need.rows).toBeGreaterThan(3);
		expect(need.clustered).toBe(false);
	});

	it('are shared out within the height there is: equal shares, fewer for a lane that needs fewer, clusters for a lane given fewer than its fewest', () => {
		const need = fc
			.record({ rows: fc.integer({ min: 1, max: 16 }), spare: fc.integer({ min: 0, max: 15 }), clustered: fc.boolean() })
			.map(({ rows, spare, clustered }) => ({ rows, fewest: Math.max(1, rows - spare), clustered }));
		fc.assert(
			fc.property(fc.array(need, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 80 }), (needs, budget) => {
				const shares = shareRows(needs, budget);
				shares.forEach((share, i) => {
					expect(share.rows).toBeGreaterThanOrEqual(1);
					expect(share.rows).toBeLessThanOrEqual(needs[i]!.rows);
					expect(share.clustered).toBe(needs[i]!.clustered || share.rows < needs[i]!.fewest);
				});
				const cap = Math.max(...shares.map((share) => share.rows));
				// Every lane cut short was cut to the same share.
				shares.forEach((share, i) => share.rows < needs[i]!.rows && expect(share.rows).toBe(cap));
			})
		);
		expect(shareRows([{ rows: 6, fewest: 4, clustered: false }], Infinity)).toEqual([{ rows: 6, clustered: false }]);
		expect(shareRows([{ rows: 6, fewest: 4, clustered: false }], 4)).toEqual([{ rows: 4, clustered: false }]);
		expect(shareRows([{ rows: 6, fewest: 4, clustered: false }], 3)).toEqual([{ rows: 2, clustered: true }]);
	});

	it('are fewer where labels may take two lines, and a lane given as few has every label whole, with no row of clusters', () => {
		// Two labels from the left edge fill two rows; a long one ending at the right edge, left of its mark,
		// has no room beside them on one line, and takes a third row, or two lines in the first two.
		const timeline = timelineOf([
			{ date: [2000, 1, 1], title: 'Apollo launched into orbit on the first' },
			{ date: [2000, 3, 1], title: 'Soyuz launched into orbit on the first' },
			{ date: [2010, 12, 31], title: 'The first crewed landing on Mars and the International station' }
		]);
		const fitted = timelineExtent(timeline);
		const [lane] = buildLanes(timeline, 'lane');
		const need = rowsNeeded(lane!, fitted, 600, wrapping);
		expect(need).toEqual({ rows: 3, fewest: 2, clustered: false });
		const layout = layoutLane({ ...lane!, rows: need.fewest }, fitted, 600, wrapping);
		expect(layout.placed.every(whole)).toBe(true);
		expect(layout.placed.map((placed) => placed.lines.length)).toEqual([1, 1, 2]);
		expect(layout.clusters).toEqual([]);
		expect(shareRows([need], 2)).toEqual([{ rows: 2, clustered: false }]);
		// Without a second line, as many rows as one line takes.
		const oneLine = rowsNeeded(lane!, fitted, 600, options);
		expect(oneLine.fewest).toBe(oneLine.rows);
	});

	it('grow past the height the chart would keep to only for a timeline of a few dozen events, and only where it may grow', () => {
		const rows = (lanes: Lane[]) => lanes.reduce((sum, lane) => sum + lane.rows, 0);
		const grown = planRows(buildLanes(seed, 'lane'), extent, 343, wrapping, 300, true);
		expect(grown.every((lane) => !lane.hasClusterRow)).toBe(true);
		expect(rows(grown)).toBeGreaterThan(rowBudget(300, grown.length));
		const kept = planRows(buildLanes(seed, 'lane'), extent, 343, wrapping, 300, false);
		expect(rows(kept)).toBeLessThanOrEqual(Math.max(kept.length, rowBudget(300, kept.length)));
	});

	it('fit the chart in the height it may take', () => {
		const tight = planned(1246, 300);
		const rows = tight.reduce((sum, lane) => sum + lane.rows, 0);
		expect(rows).toBeLessThanOrEqual(Math.max(tight.length, rowBudget(300, tight.length)));
		expect(tight.some((lane) => lane.hasClusterRow)).toBe(true);
		expect(planned(1246).every((lane) => !lane.hasClusterRow)).toBe(true);
	});
});
