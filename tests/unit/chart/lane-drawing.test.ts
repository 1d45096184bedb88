import { describe, expect, it } from 'vitest';
import { buildLanes, layoutLane, timelineExtent } from '../../../src/lib/model/chart/lane-layout';
import { syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import fc from 'fast-check';
import type { Cluster } from '../../../src/lib/model/chart/lane-layout';
import { bubbleWidth, clusterAt, placeBubbles, clusterLabel } from '../../../src/lib/model/chart/cluster-bubbles';
import { drawLane, PALETTE_KEYS, type Palette, type Shape } from '../../../src/lib/model/chart/lane-drawing';
import { drawingToSvg } from '../../../src/lib/model/chart/chart-svg';
import { eventTop, LABEL_BASELINE, LINE_HEIGHT, rowTop } from '../../../src/lib/model/chart/chart-geometry';
import { wrapLabel } from '../../../src/lib/model/chart/label-lines';
import { planRows } from '../../../src/lib/model/chart/row-plan';
import { loadTimeline, type TimelineEvent } from '../../../src/lib/model/document/timeline';
import { seedDocument, seedText } from '../helpers';

const palette = Object.fromEntries(PALETTE_KEYS.map((key, i) => [key, `rgb(${i}, ${i}, ${i})`])) as Palette;
const label = (event: { data: { title: string } }) => ({ text: event.data.title, width: event.data.title.length * 7 });

function draw(n: number, domain?: [number, number]) {
	const timeline = syntheticTimeline(n, 5);
	const lanes = buildLanes(timeline, 'lane');
	const view = domain ?? timelineExtent(timeline);
	const shapes: Shape[] = [];
	const layouts = lanes.map((lane) => layoutLane(lane, view, 1000, { label }));
	const x = (time: number) => ((time - view[0]) / (view[1] - view[0])) * 1000;
	lanes.forEach((lane, i) =>
		drawLane(shapes, { lane, layout: layouts[i]!, bubbles: placeBubbles(layouts[i]!.clusters, 1000), top: i * 100, width: 1000, x, selectedId: undefined, hasArticleEvents: true })
	);
	return { shapes, layouts, timeline };
}

describe('drawLane', () => {
	it('paints a label for every placed event and a count for every cluster, the counts adding up to what is not drawn', () => {
		const { shapes, layouts } = draw(400);
		const texts = shapes.filter((shape) => shape.type === 'text');
		const placed = layouts.reduce((sum, layout) => sum + layout.placed.length, 0);
		expect(texts.filter((text) => text.count === undefined)).toHaveLength(placed);
		expect(texts.reduce((sum, text) => sum + (text.count ?? 0), 0) + placed).toBe(400);
	});

	it('summarises a dense lane as bars, with no labels', () => {
		const { shapes } = draw(20_000);
		expect(shapes.some((shape) => shape.type === 'bars')).toBe(true);
		expect(shapes.filter((shape) => shape.type === 'text').every((text) => text.count !== undefined)).toBe(true);
	});

	it('draws a label on two lines as two texts, the first a line above the row, both ending at a mark they are left of, framed together', () => {
		const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
		const extent = timelineExtent(seed);
		const measure = (text: string) => text.length * 7;
		const options = { label, wrap: (event: TimelineEvent) => wrapLabel(event.data.title, measure) };
		const lanes = planRows(buildLanes(seed, 'lane'), extent, 343, options, Infinity, true);
		const x = (time: number) => ((time - extent[0]) / (extent[1] - extent[0])) * 343;
		const top = 100;
		for (const lane of lanes) {
			const layout = layoutLane(lane, extent, 343, options);
			const placed = layout.placed.find((event) => event.lines.length === 2 && event.before);
			if (!placed) continue;
			const matched = new Uint8Array(seed.events.length).fill(1);
			const shapes: Shape[] = [];
			drawLane(shapes, { lane, layout, bubbles: [], top, width: 343, x, selectedId: undefined, hasArticleEvents: true, matched });
			const texts = shapes.filter((shape) => shape.type === 'text');
			const at = texts.findIndex((text) => text.text === placed.lines[0]!.text);
			const [first, second] = [texts[at]!, texts[at + 1]!];
			expect([first.text, second.text]).toEqual(placed.lines.map((line) => line.text));
			expect([first.line, second.line]).toEqual([undefined, 1]);
			expect(second.y).toBe(rowTop(top, placed.row) + LABEL_BASELINE);
			expect(second.y - first.y).toBe(LINE_HEIGHT);
			expect(first.x + first.width).toBe(second.x + second.width);
			expect(first.x + first.width).toBeCloseTo(placed.x1, 5);
			// The search's frame round the event holds both lines and the mark.
			const frame = shapes.find((shape) => shape.type === 'rect' && shape.paint.stroke === 'fg' && shape.x <= placed.labelX && shape.y < first.y - 10)!;
			expect(frame).toBeDefined();
			if (frame.type === 'rect') {
				expect(frame.y).toBe(eventTop(top, placed.row, 2) + 1);
				expect(frame.y + frame.height).toBe(rowTop(top, placed.row + 1) - 1);
			}
			return;
		}
		throw new Error('no label of the seed on two lines, left of its mark, at 343 px');
	});

	it('labels large counts briefly', () => {
		expect([clusterLabel(7), clusterLabel(1234), clusterLabel(45_600)]).toEqual(['+7', '+1.2k', '+46k']);
	});
});

describe('cluster bubbles', () => {
	const cluster = (x0: number, x1: number, count: number): Cluster => ({ count, x0, x1, start: x0, end: x1 });

	it('are moved inside the view at either edge, and found there by a click', () => {
		// A cell that starts left of the view, one in the middle, one running off the right edge (375 px phone).
		const clusters = [cluster(-30, 14, 12), cluster(150, 190, 4), cluster(352, 380, 3)];
		const bubbles = placeBubbles(clusters, 375);
		const xs = bubbles.map((bubble) => bubble.x);
		expect(xs[0]).toBe(2);
		expect(xs[1]).toBe(150);
		expect(xs[2]! + bubbleWidth(3)).toBe(373);
		expect(clusterAt(clusters, bubbles, xs[2]! + 1)).toBe(clusters[2]);
		expect(clusterAt(clusters, bubbles, 3)).toBe(clusters[0]);
	});

	it('show "…" at the left edge where a count has no room, never cut digits', () => {
		// A dense row: cells 44 px apart, the first starting 20 px left of the view: "…" is brought in.
		const row = (first: number) => [cluster(first, first + 44, 239), cluster(first + 44, first + 88, 222), cluster(first + 88, first + 132, 245)];
		const clusters = row(-20);
		const bubbles = placeBubbles(clusters, 375);
		expect(bubbles[0]).toEqual({ x: 2, label: '…', width: 15 });
		expect(bubbles.slice(1).map((bubble) => [bubble.x, bubble.label])).toEqual([
			[24, '+222'],
			[68, '+245']
		]);
		expect(clusterAt(clusters, bubbles, 5)).toBe(clusters[0]);
		// 40 px left: not even "…" fits before the next bubble; it stays at the edge, out of sight.
		expect(placeBubbles(row(-40), 375)[0]).toEqual({ x: -40, label: '…', width: 15 });
	});

	it('never overlap where they did not, wherever the clusters fall', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 1, max: 2000 })), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: -40, max: 20 }),
				fc.integer({ min: 280, max: 1400 }),
				(cells, offset, width) => {
					let x = offset;
					const clusters = cells.map(([gap, count]) => {
						const c = cluster(x, x + 10, count);
						x += bubbleWidth(count) + gap;
						return c;
					});
					const bubbles = placeBubbles(clusters, width);
					const xs = bubbles.map((bubble) => bubble.x);
					for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]! + bubbles[i - 1]!.width);
					// Each bubble moves only to come inside the view.
					xs.forEach((bx, i) => {
						if (bx > clusters[i]!.x0) expect(clusters[i]!.x0).toBeLessThan(2);
						if (bx < clusters[i]!.x0) expect(clusters[i]!.x0 + bubbleWidth(clusters[i]!.count)).toBeGreaterThan(width - 2);
					});
				}
			)
		);
	});
});

describe('drawingToSvg', () => {
	it('writes text as text, never as markup', () => {
		const svg = drawingToSvg({ asOfX: 10, shapes: [{ type: 'text', x: 1, y: 2, text: '<img src=x onerror=alert(1)>', style: 'label', colour: 'fg', width: 10 }] }, palette);
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&#60;img src=x onerror=alert(1)&#62;');
	});
});
