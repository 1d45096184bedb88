import { describe, expect, it } from 'vitest';
import { buildLanes, layoutLane, timelineExtent } from '../../src/lib/model/lane-layout';
import { syntheticTimeline } from '../../src/lib/model/synthetic';
import { clusterLabel, drawLane, PALETTE_KEYS, type Palette, type Shape } from '../../src/lib/components/timeline/lane-paint';
import { drawingToSvg } from '../../src/lib/components/export-chart';

const palette = Object.fromEntries(PALETTE_KEYS.map((key, i) => [key, `rgb(${i}, ${i}, ${i})`])) as Palette;
const label = (event: { data: { title: string } }) => ({ text: event.data.title, width: event.data.title.length * 7 });

function draw(n: number, domain?: [number, number]) {
	const timeline = syntheticTimeline(n, 5);
	const lanes = buildLanes(timeline, 'lane');
	const view = domain ?? timelineExtent(timeline.events, timeline.asOf);
	const shapes: Shape[] = [];
	const layouts = lanes.map((lane) => layoutLane(lane, view, 1000, { label }));
	const x = (time: number) => ((time - view[0]) / (view[1] - view[0])) * 1000;
	lanes.forEach((lane, i) => drawLane(shapes, { lane, layout: layouts[i]!, top: i * 100, width: 1000, x, selectedId: undefined }));
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

	it('labels large counts briefly', () => {
		expect([clusterLabel(7), clusterLabel(1234), clusterLabel(45_600)]).toEqual(['+7', '+1.2k', '+46k']);
	});
});

describe('drawingToSvg', () => {
	it('writes text as text, never as markup', () => {
		const svg = drawingToSvg({ asOfX: 10, shapes: [{ type: 'text', x: 1, y: 2, text: '<img src=x onerror=alert(1)>', style: 'label', colour: 'fg', width: 10 }] }, palette);
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&#60;img src=x onerror=alert(1)&#62;');
	});
});
