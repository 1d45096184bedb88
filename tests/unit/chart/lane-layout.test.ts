import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	buildLanes,
	laneIndexOf,
	layoutLane,
	markKind,
	MAX_LANES,
	MAX_ROWS,
	MORE_LANES_ID,
	NO_LANE_ID,
	slotsOf,
	timelineExtent,
	type Lane,
	type LaneLayout
} from '../../../src/lib/model/chart/lane-layout';
import { resolveFuzzyDate } from '../../../src/lib/model/date/fuzzy-date';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { syntheticDocument, syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import { day, seedDocument, seedText } from '../helpers';

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

/** How many of the lane's events overlap [a, b), counted one by one. */
function overlapping(lane: Lane, [a, b]: readonly [number, number]): number {
	let count = 0;
	for (let i = 0; i < lane.events.length; i++) if (lane.starts[i]! < b && lane.ends[i]! > a) count++;
	return count;
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

	it('draws at most MAX_LANES lanes: past them, the rest share one lane that says how many, in time order, none left out', () => {
		const document = syntheticDocument(3000, 2);
		const laneIds = Array.from({ length: 1500 }, (_, i) => `lane-${i}`);
		document.lanes = [{ id: 'unused', label: 'Unused' }, ...laneIds.map((id) => ({ id, label: id }))];
		document.events.forEach((event, i) => (event.lanes = [laneIds[i % laneIds.length]!]));
		const timeline = loadTimeline(document, { file: 'lanes.json' }).timeline!;
		const lanes = buildLanes(timeline, 'lane');
		expect(lanes).toHaveLength(MAX_LANES);
		expect(lanes.slice(0, -1).map((lane) => lane.id)).toEqual(laneIds.slice(0, MAX_LANES - 1));
		const more = lanes.at(-1)!;
		expect(more.id).toBe(MORE_LANES_ID);
		expect(more.label).toBe(`${1500 - (MAX_LANES - 1)} more lanes`.replace(/^(\d)(\d{3})/, '$1,$2'));
		expect(more.events).toHaveLength(3000 - 2 * (MAX_LANES - 1));
		expect(lanes.reduce((sum, lane) => sum + lane.events.length, 0)).toBe(3000);
		expect([...more.starts]).toEqual([...more.starts].sort((a, b) => a - b));
		expect(new Set(lanes.map((lane) => lane.id)).size).toBe(lanes.length);
	});

	it('draws the events of no lane, or of no category, in an unlabelled lane after the others, none left out', () => {
		const document = syntheticDocument(30, 2);
		document.lanes = [{ id: 'one', label: 'One' }];
		document.events.forEach((event, i) => {
			event.lanes = i % 3 === 0 ? ['one'] : [];
			if (i % 2 === 0) delete event.category;
		});
		const timeline = loadTimeline(document, { file: 'none.json' }).timeline!;
		expect(loadTimeline(document, { file: 'none.json' }).faults).toEqual([]);
		const byLane = buildLanes(timeline, 'lane');
		expect(byLane.map((lane) => [lane.id, lane.label, lane.events.length])).toEqual([
			['one', 'One', 10],
			[NO_LANE_ID, '', 20]
		]);
		const byCategory = buildLanes(timeline, 'category');
		expect(byCategory.at(-1)).toMatchObject({ id: NO_LANE_ID, label: '' });
		expect(byCategory.at(-1)!.events).toHaveLength(15);
		expect(byCategory.reduce((sum, lane) => sum + lane.events.length, 0)).toBe(30);
		// A document of no lanes at all is one lane.
		document.lanes = [];
		document.events.forEach((event) => (event.lanes = []));
		expect(buildLanes(loadTimeline(document, { file: 'none.json' }).timeline!, 'lane').map((lane) => lane.events.length)).toEqual([30]);
	});

	it('keeps every lane of a document with MAX_LANES lanes or fewer', () => {
		const document = syntheticDocument(MAX_LANES * 2, 2);
		const laneIds = Array.from({ length: MAX_LANES }, (_, i) => `lane-${i}`);
		document.lanes = laneIds.map((id) => ({ id, label: id }));
		document.events.forEach((event, i) => (event.lanes = [laneIds[i % laneIds.length]!]));
		expect(buildLanes(loadTimeline(document, { file: 'lanes.json' }).timeline!, 'lane').map((lane) => lane.id)).toEqual(laneIds);
	});
});

describe('layoutLane', () => {
	const extent = timelineExtent(seed);

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
		const [a, b] = timelineExtent(synthetic);
		let counted = 0;
		for (const lane of lanes) {
			const layout = layoutLane(lane, [a, b], 1000, { label });
			expect(layout.density.length).toBeGreaterThan(0);
			expect(layout.placed).toEqual([]);
			counted += layout.clusters.reduce((sum, c) => sum + c.count, 0);
			expect(layout.density.reduce((sum, bin) => sum + bin.count, 0)).toBe(lane.events.length);
		}
		expect(counted).toBe(20_000);
	});

	it('counts in a summary every event that overlaps a view that is not the whole extent, spans crossing its left edge included', () => {
		// Measured when the count was by start cell only: 701 events of the first lane overlap 2000–2002 at
		// 1,000 px, and 676 were counted.
		const synthetic = syntheticTimeline(100_000, 7);
		const view: [number, number] = [day(2000, 1, 1), day(2002, 1, 1)];
		for (const lane of buildLanes(synthetic, 'lane')) {
			const layout = layoutLane(lane, view, 1000, { label });
			expect(layout.density.length).toBeGreaterThan(0);
			expect(layout.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(overlapping(lane, view));
		}
		expect(overlapping(buildLanes(synthetic, 'lane')[0]!, view)).toBe(701);
	});

	it('counts each overlapping event once in any summarised view', () => {
		const synthetic = syntheticTimeline(20_000, 3);
		const lanes = buildLanes(synthetic, 'lane');
		const [e0, e1] = timelineExtent(synthetic);
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0.002, max: 1, noNaN: true }),
				fc.integer({ min: 300, max: 1600 }),
				fc.nat({ max: lanes.length - 1 }),
				(at, share, width, which) => {
					const lane = lanes[which]!;
					const span = (e1 - e0) * share;
					const a = e0 + (e1 - e0 - span) * at;
					const layout = layoutLane(lane, [a, a + span], width, { label, denseLimit: 0 });
					expect(layout.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(overlapping(lane, [a, a + span]));
					for (const cluster of layout.clusters) expect(cluster.count).toBeGreaterThan(0);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('labels a dense lane once zoomed in far enough', () => {
		const synthetic = syntheticTimeline(20_000, 7);
		const lane = buildLanes(synthetic, 'lane')[0]!;
		const layout = layoutLane(lane, [day(2001, 5, 1), day(2001, 5, 15)], 1000, { label });
		expect(layout.density).toEqual([]);
		expect(layout.placed.length).toBeGreaterThan(0);
		expectNoCollisions(layout);
	});

	it('clusters only events that had no room with their label, measuring labels only where a mark has room', () => {
		const synthetic = syntheticTimeline(20_000, 7);
		const lane = buildLanes(synthetic, 'lane')[0]!;
		const gap = 8;
		fc.assert(
			fc.property(fc.integer({ min: 0, max: lane.events.length - 300 }), fc.integer({ min: 5, max: 240 }), fc.integer({ min: 320, max: 1400 }), (first, count, width) => {
				const domain: [number, number] = [lane.starts[first]!, lane.starts[first + count]!];
				const measured = new Set<unknown>();
				const layout = layoutLane(lane, domain, width, { label: (event) => (measured.add(event), label(event)), gap });
				if (layout.density.length) return;
				expectNoCollisions(layout);
				const extentOf = (from: number, to: number, row: number) =>
					layout.placed
						.filter((p) => p.row === row)
						.map((p) => [Math.min(p.x0, p.labelX), Math.max(p.x1, p.labelX + p.labelWidth)])
						.some(([a, b]) => a! < to + gap && b! + gap > from);
				const placedEvents = new Set(layout.placed.map((p) => p.event));
				for (let index = 0; index < lane.events.length; index++) {
					if (!(lane.starts[index]! < domain[1] && lane.ends[index]! > domain[0]) || placedEvents.has(lane.events[index]!)) continue;
					{
						// A clustered event: its mark and label, placed as the layout would place them, collide in every row.
						const event = lane.events[index]!;
						const placedAlone = layoutLane(
							{
								...lane,
								events: [event],
								starts: lane.starts.subarray(index, index + 1),
								ends: lane.ends.subarray(index, index + 1),
								maxLength: event.date.end - event.date.start
							},
							domain,
							width,
							{ label, gap }
						).placed[0];
						if (!placedAlone) continue;
						const from = Math.min(placedAlone.x0, placedAlone.labelX);
						const to = Math.max(placedAlone.x1, placedAlone.labelX + placedAlone.labelWidth);
						for (let row = 0; row < lane.rows; row++) expect(extentOf(from, to, row)).toBe(true);
					}
				}
				for (const placed of layout.placed) expect(measured.has(placed.event)).toBe(true);
			}),
			{ numRuns: 40 }
		);
		// Just short of a summary, most events are clustered without their labels being measured.
		const [a, b] = [lane.starts[1000]!, lane.starts[1240]!];
		const measured = new Set<unknown>();
		const crowded = layoutLane(lane, [a, b], 1280, { label: (event) => (measured.add(event), label(event)) });
		expect(crowded.density).toEqual([]);
		const visible = overlapping(lane, [a, b]);
		expect(visible).toBeGreaterThan(200);
		expect(measured.size).toBeLessThan(visible / 2);
	});
});

describe('layoutLane with the previous layout', () => {
	const synthetic = syntheticTimeline(3000, 11);
	const lane = buildLanes(synthetic, 'lane')[0]!;
	const width = 1000;
	const at = (i: number) => lane.starts[i] as number;

	it('keeps every event that still has room in the row it had, as the view pans and zooms', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: lane.events.length - 60 }),
				fc.integer({ min: 20, max: 50 }),
				fc.double({ min: -0.1, max: 0.1, noNaN: true }),
				fc.double({ min: 0.8, max: 1.25, noNaN: true }),
				(first, count, shift, zoom) => {
					const a = at(first);
					const b = at(first + count);
					const before = layoutLane(lane, [a, b], width, { label });
					const span = (b - a) / zoom;
					const centre = (a + b) / 2 + (b - a) * shift;
					const domain: [number, number] = [centre - span / 2, centre + span / 2];
					const after = layoutLane(lane, domain, width, { label, previous: slotsOf(before) });
					expectNoCollisions(after);
					const fresh = layoutLane(lane, domain, width, { label });
					// Everything visible is either drawn or counted, as without a previous layout.
					const accounted = (layout: LaneLayout) => layout.placed.length + layout.clusters.reduce((sum, c) => sum + c.count, 0);
					expect(accounted(after)).toBe(accounted(fresh));
					// An event drawn before and drawn now sits in the same row unless its old row had no room.
					const rowsBefore = slotsOf(before);
					const moved = after.placed.filter((placed) => rowsBefore.has(placed.event.data.id) && rowsBefore.get(placed.event.data.id)!.row !== placed.row);
					for (const placed of moved) {
						const row = rowsBefore.get(placed.event.data.id)!.row;
						const from = Math.min(placed.x0, placed.labelX);
						const to = Math.max(placed.x1, placed.labelX + placed.label.length * 7);
						const blocked = after.placed.some(
							(other) => other.row === row && Math.min(other.x0, other.labelX) < to + 8 && Math.max(other.x1, other.labelX + other.label.length * 7) + 8 > from
						);
						expect(blocked).toBe(true);
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('does not reshuffle labels on a small pan: a layout from the previous one changes fewer events than one from scratch', () => {
		let previous = layoutLane(lane, [at(100), at(140)], width, { label });
		let keptChanges = 0;
		let freshChanges = 0;
		for (let step = 1; step <= 20; step++) {
			const domain: [number, number] = [at(100) + step * (at(101) - at(100)) * 0.5, at(140) + step * (at(101) - at(100)) * 0.5];
			const kept = layoutLane(lane, domain, width, { label, previous: slotsOf(previous) });
			const fresh = layoutLane(lane, domain, width, { label });
			const ids = (layout: LaneLayout) => new Set(layout.placed.map((p) => `${p.event.data.id}@${p.row}`));
			const before = ids(previous);
			keptChanges += [...ids(kept)].filter((id) => !before.has(id)).length;
			freshChanges += [...ids(fresh)].filter((id) => !before.has(id)).length;
			previous = kept;
		}
		expect(keptChanges).toBeLessThan(freshChanges);
	});
});

describe('layoutLane with a pinned (focused) event', () => {
	const synthetic = syntheticTimeline(20_000, 7);
	const lane = buildLanes(synthetic, 'lane')[0]!;

	it('draws the pinned event over a dense summary, and in row 0 where events are labelled', () => {
		const pinned = lane.events[Math.floor(lane.events.length / 2)]!;
		const [a, b] = timelineExtent(synthetic);
		const dense = layoutLane(lane, [a, b], 1000, { label, pinned });
		expect(dense.density.length).toBeGreaterThan(0);
		expect(dense.placed.map((p) => p.event)).toEqual([pinned]);
		const around: [number, number] = [pinned.date.start - 10 * 86_400_000, pinned.date.end + 10 * 86_400_000];
		const labelled = layoutLane(lane, around, 1000, { label, pinned });
		expect(labelled.placed.find((p) => p.event === pinned)?.row).toBe(0);
		expectNoCollisions(labelled);
	});

	it('finds an event by its start among others starting the same day, and not one from another lane', () => {
		for (const i of [0, 1234, lane.events.length - 1]) expect(laneIndexOf(lane, lane.events[i]!)).toBe(i);
		const other = buildLanes(synthetic, 'lane')[1]!.events[0]!;
		expect(laneIndexOf(lane, other)).toBeUndefined();
	});
});
