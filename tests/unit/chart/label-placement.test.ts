/**
 * Where labels go: right of a mark, left of it where only that side has room, whole unless no row has
 * room on either side; and how many rows each lane gets.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLanes, layoutLane, MIN_CUT_WIDTH, timelineExtent, type Lane, type LaneLayout, type PlacedEvent } from '../../../src/lib/model/chart/lane-layout';
import { planRows, rowBudget, rowsNeeded, shareRows } from '../../../src/lib/model/chart/row-plan';
import { loadTimeline, type TimelineEvent } from '../../../src/lib/model/document/timeline';
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

describe('rows', () => {
	it('are as many as a lane needs to label every event at the fitted view', () => {
		const russia = buildLanes(seed, 'lane')[0]!;
		const need = rowsNeeded(russia, extent, 1246, options);
		expect(need.rows).toBeGreaterThan(3);
		expect(need.clustered).toBe(false);
	});

	it('are shared out within the height there is: equal shares, fewer for a lane that needs fewer, clusters for the rest', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ rows: fc.integer({ min: 1, max: 16 }), clustered: fc.boolean() }), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 1, max: 80 }),
				(needs, budget) => {
					const shares = shareRows(needs, budget);
					shares.forEach((share, i) => {
						expect(share.rows).toBeGreaterThanOrEqual(1);
						expect(share.rows).toBeLessThanOrEqual(needs[i]!.rows);
						expect(share.clustered).toBe(needs[i]!.clustered || share.rows < needs[i]!.rows);
					});
					const cap = Math.max(...shares.map((share) => share.rows));
					// Every lane cut short was cut to the same share.
					shares.forEach((share, i) => share.rows < needs[i]!.rows && expect(share.rows).toBe(cap));
				}
			)
		);
		expect(shareRows([{ rows: 6, clustered: false }], Infinity)).toEqual([{ rows: 6, clustered: false }]);
	});

	it('fit the chart in the height it may take', () => {
		const tight = planned(1246, 300);
		const rows = tight.reduce((sum, lane) => sum + lane.rows, 0);
		expect(rows).toBeLessThanOrEqual(Math.max(tight.length, rowBudget(300, tight.length)));
		expect(tight.some((lane) => lane.hasClusterRow)).toBe(true);
		expect(planned(1246).every((lane) => !lane.hasClusterRow)).toBe(true);
	});
});
