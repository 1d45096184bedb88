import { describe, expect, it } from 'vitest';
import { buildLanes, layoutLane, markKind, MAX_ROWS, timelineExtent, type LaneLayout } from '../../src/lib/model/lane-layout';
import { resolveFuzzyDate } from '../../src/lib/model/fuzzy-date';
import { loadTimeline } from '../../src/lib/model/timeline';
import { syntheticTimeline } from '../../src/lib/model/synthetic';
import { day, seedDocument, seedText } from './helpers';

const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
const label = (event: { data: { title: string } }) => ({ text: event.data.title, width: event.data.title.length * 7 });
const asOf = day(2024, 7, 5);

/** Rows never hold two items closer than the gap, labels included. */
function expectNoCollisions(layout: LaneLayout) {
	const byRow = new Map<number, [number, number][]>();
	for (const placed of layout.placed) {
		const extent: [number, number] = [Math.min(placed.x0, placed.labelX), Math.max(placed.x1, placed.labelX + placed.label.length * 7)];
		byRow.set(placed.row, [...(byRow.get(placed.row) ?? []), extent]);
	}
	for (const extents of byRow.values()) {
		extents.sort((p, q) => p[0] - q[0]);
		for (let i = 1; i < extents.length; i++) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1]);
	}
}

describe('markKind', () => {
	it.each([
		['2024-07-04', 'point'],
		['2021-08-30T23:59:00+04:30', 'point'],
		['1979-12-24/1989-02-15', 'bar'],
		['2003-02-14/..', 'bar'],
		['2024-03', 'band'],
		['198X', 'band'],
		['1979-12-24~', 'band']
	])('%s is drawn as a %s', (edtf, kind) => expect(markKind(resolveFuzzyDate(edtf, asOf))).toBe(kind));
});

describe('buildLanes', () => {
	it('groups the seed events by primary actor, in the declared order, skipping empty lanes', () => {
		const lanes = buildLanes(seed, 'lane');
		expect(lanes.map((lane) => lane.id)).toEqual(['russia', 'ussr', 'taliban', 'is-k', 'united-states']);
		expect(lanes.reduce((sum, lane) => sum + lane.events.length, 0)).toBe(11);
		expect(lanes[0]!.rows).toBe(MAX_ROWS);
		expect(lanes[0]!.hasClusterRow).toBe(true);
		expect(lanes[1]!.rows).toBe(1);
	});

	it('groups by category and can leave out context events', () => {
		expect(buildLanes(seed, 'category').map((lane) => lane.id)).toEqual(['conflict', 'law', 'diplomacy', 'governance']);
		const withoutContext = buildLanes(seed, 'lane', false);
		expect(withoutContext.flatMap((lane) => lane.events).every((event) => event.data.origin === 'article')).toBe(true);
		expect(withoutContext.reduce((sum, lane) => sum + lane.events.length, 0)).toBe(8);
	});
});

describe('layoutLane', () => {
	const extent = timelineExtent(seed.events, seed.asOf);

	it('places every seed event or counts it in a cluster, with no collisions, at phone and desktop widths', () => {
		for (const width of [343, 1280]) {
			let accounted = 0;
			for (const lane of buildLanes(seed, 'lane')) {
				const layout = layoutLane(lane, extent, width, { label });
				expectNoCollisions(layout);
				accounted += layout.placed.length + layout.clusters.reduce((sum, c) => sum + c.count, 0);
			}
			expect(accounted).toBe(11);
		}
	});

	it('leaves out what is outside the view, but keeps a span that crosses it', () => {
		const russia = buildLanes(seed, 'lane')[0]!;
		const layout = layoutLane(russia, [day(2010), day(2011)], 1000, { label });
		expect(layout.placed.map((p) => p.event.data.id)).toEqual(['taliban-banned-in-russia']);
		expect(layout.placed[0]!.labelX).toBe(0); // its label sticks to the left edge
	});

	it('summarises a dense lane with clusters and a density strip, counting every event', () => {
		const synthetic = syntheticTimeline(20_000, 7);
		const lanes = buildLanes(synthetic, 'lane');
		const [a, b] = timelineExtent(synthetic.events, synthetic.asOf);
		let counted = 0;
		for (const lane of lanes) {
			const layout = layoutLane(lane, [a, b], 1000, { label });
			expect(layout.dense).toBe(true);
			expect(layout.placed).toEqual([]);
			counted += layout.clusters.reduce((sum, c) => sum + c.count, 0);
			expect(layout.density.reduce((sum, bin) => sum + bin.count, 0)).toBe(lane.events.length);
		}
		expect(counted).toBe(20_000);
	});

	it('labels a dense lane once zoomed in far enough', () => {
		const synthetic = syntheticTimeline(20_000, 7);
		const lane = buildLanes(synthetic, 'lane')[0]!;
		const layout = layoutLane(lane, [day(2001, 5, 1), day(2001, 5, 15)], 1000, { label });
		expect(layout.dense).toBe(false);
		expect(layout.placed.length).toBeGreaterThan(0);
		expectNoCollisions(layout);
	});
});
