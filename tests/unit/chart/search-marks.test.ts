import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLanes, layoutLane, timelineExtent, type Lane } from '../../../src/lib/model/chart/lane-layout';
import { drawLane } from '../../../src/lib/model/chart/lane-drawing';
import { placeBubbles } from '../../../src/lib/model/chart/cluster-bubbles';
import { projector } from '../../../src/lib/model/chart/projection';
import { syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { seedDocument, seedText } from '../helpers';

const label = (event: { data: { title: string } }) => ({ text: event.data.title, width: event.data.title.length * 7 });
const synthetic = syntheticTimeline(20_000, 3);
const lanes = buildLanes(synthetic, 'lane');
const [e0, e1] = timelineExtent(synthetic);

/** The matches among a lane's events that overlap [a, b), counted one by one. */
function matchesOverlapping(lane: Lane, matched: Uint8Array, [a, b]: readonly [number, number]): number {
	return lane.events.filter((event, i) => lane.starts[i]! < b && lane.ends[i]! > a && matched[event.order]).length;
}

describe('matches on the chart', () => {
	it('counts in clusters and summaries every match that overlaps the view, once', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0.002, max: 1, noNaN: true }),
				fc.nat({ max: lanes.length - 1 }),
				fc.integer({ min: 1, max: 50 }),
				fc.boolean(),
				(at, share, which, every, summarised) => {
					const matched = Uint8Array.from({ length: synthetic.events.length }, (_, order) => (order % every === 0 ? 1 : 0));
					const lane = lanes[which]!;
					const span = (e1 - e0) * share;
					const view: [number, number] = [e0 + (e1 - e0 - span) * at, e0 + (e1 - e0 - span) * at + span];
					const layout = layoutLane(lane, view, 1000, { label, matched, ...(summarised ? { denseLimit: 0 } : {}) });
					const inClusters = layout.clusters.reduce((sum, cluster) => sum + cluster.matches!, 0);
					const placed = layout.placed.filter((item) => matched[item.event.order]).length;
					expect(inClusters + placed).toBe(matchesOverlapping(lane, matched, view));
					for (const cluster of layout.clusters) expect(cluster.matches).toBeLessThanOrEqual(cluster.count);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('frames the matches, fades the rest, and labels clusters "matches/count"', () => {
		const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
		const crocus = seed.events.find((event) => event.data.id === 'crocus-city-hall-attack')!;
		const matched = new Uint8Array(seed.events.length);
		matched[crocus.order] = 1;
		const domain = timelineExtent(seed);
		const shapes: Parameters<typeof drawLane>[0] = [];
		for (const lane of buildLanes(seed, 'lane')) {
			const layout = layoutLane(lane, domain, 1200, { label, matched });
			drawLane(shapes, {
				lane,
				layout,
				bubbles: placeBubbles(layout.clusters, 1200),
				top: 0,
				width: 1200,
				x: projector(domain, 1200),
				selectedId: undefined,
				hasArticleEvents: true,
				matched
			});
		}
		const labels = shapes.filter((shape) => shape.type === 'text' && shape.style !== 'count') as { text: string; colour: string }[];
		expect(labels.find((shape) => shape.text === crocus.data.title)?.colour).toBe('fg');
		expect(labels.filter((shape) => shape.text !== crocus.data.title).every((shape) => shape.colour === 'fg-muted')).toBe(true);
		expect(shapes.filter((shape) => shape.type === 'rect' && shape.paint.stroke === 'fg')).toHaveLength(1);
		expect(placeBubbles([{ count: 240, matches: 3, x0: 10, x1: 40, start: 0, end: 1 }], 500)[0]!.label).toBe('3/240');
	});
});
