/**
 * What the lanes draw, as a display list: density strips, stated-date bands, marks, labels and clusters.
 * The list is painted on a canvas on screen — a zoom frame then costs a few hundred canvas calls instead of
 * Svelte updating hundreds of SVG elements and the browser laying out their text — and written as SVG for
 * export (`drawingToSvg` in export-chart.ts), so both show the same drawing. The events' semantics (names, focus, hover) stay in the DOM.
 */
import type { Cluster, Lane, LaneLayout } from '$lib/model/lane-layout';
import { LABEL_BASELINE, MARK_LINE, POINT_RADIUS, ROW_HEIGHT, rowTop as laneRowTop } from './geometry';

/** The theme colours a drawing uses, resolved from the page's CSS custom properties. */
export const PALETTE_KEYS = ['bg', 'bg-raised', 'fg', 'fg-muted', 'accent', 'context', 'focus', 'stated-fill', 'stated-stroke', 'band-fill', 'context-soft'] as const;
export type Colour = (typeof PALETTE_KEYS)[number];
export type Palette = Record<Colour, string>;

export interface Paint {
	/** 'ongoing' fades from the accent to nearly transparent at the as-of line. */
	fill?: Colour | 'ongoing';
	fillOpacity?: number;
	stroke?: Colour;
	strokeOpacity?: number;
	lineWidth?: number;
	dash?: readonly number[];
}

export type TextStyle = 'label' | 'context-label' | 'count';

export type Shape =
	| { type: 'rect'; x: number; y: number; width: number; height: number; radius: number; paint: Paint }
	| { type: 'circle'; cx: number; cy: number; r: number; paint: Paint }
	/** Many small rectangles in one paint, as [x, y, width, height] quadruples. */
	| { type: 'bars'; rects: number[]; paint: Paint }
	/** `width` is the text's measured width; a cluster's count also carries the number it stands for. */
	| { type: 'text'; x: number; y: number; text: string; style: TextStyle; colour: Colour; underline?: boolean; width: number; count?: number };

export interface Drawing {
	shapes: Shape[];
	/** Where ongoing spans end: the as-of line. */
	asOfX: number;
}

/** The canvas, with the drawing last painted on it and its colours: what export writes as SVG, and what tests read. */
export type MarksCanvas = HTMLCanvasElement & { drawing?: Drawing; palette?: Palette };

/** How each kind of text is set, for the canvas and for export alike. */
export const TEXT_STYLES: Record<TextStyle, { size: number; weight?: number; italic?: boolean }> = {
	label: { size: 12 },
	'context-label': { size: 12, italic: true },
	count: { size: 11, weight: 600 }
};

/** The CSS font shorthand of a text style in `family`. */
function canvasFont(style: TextStyle, family: string): string {
	const { size, weight, italic } = TEXT_STYLES[style];
	return [italic ? 'italic' : '', weight ?? '', `${size}px`, family].filter(Boolean).join(' ');
}

export interface LaneDrawingInput {
	lane: Lane;
	layout: LaneLayout;
	top: number;
	width: number;
	x: (time: number) => number;
	selectedId: string | undefined;
}

export function clusterLabel(count: number): string {
	return count >= 10_000 ? `+${Math.round(count / 1000)}k` : count >= 1000 ? `+${(count / 1000).toFixed(1)}k` : `+${count}`;
}

/** A count bubble's width for its label: 7 px a character and 4 px either side. */
const bubbleWidthOf = (label: string) => label.length * 7 + 8;
export const bubbleWidth = (count: number) => bubbleWidthOf(clusterLabel(count));

/** The drawing of one lane, appended to `shapes`. */
export function drawLane(shapes: Shape[], input: LaneDrawingInput) {
	const { lane, layout, top, width, x, selectedId } = input;
	const rowTop = (row: number) => laneRowTop(top, row);
	const clusterTop = rowTop(lane.rows);

	if (layout.density.length) {
		// Bars on a log scale, tallest at the busiest bin.
		const bottom = clusterTop - 2;
		const room = lane.rows * ROW_HEIGHT - 4;
		const peak = Math.log1p(layout.density.reduce((max, bin) => Math.max(max, bin.count), 1));
		const rects: number[] = [];
		for (const bin of layout.density) {
			const h = Math.max(1, (room * Math.log1p(bin.count)) / peak);
			rects.push(bin.x0, bottom - h, Math.max(1, bin.x1 - bin.x0 - 0.5), h);
		}
		shapes.push({ type: 'bars', rects, paint: { fill: 'accent', fillOpacity: 0.35 } });
	}

	// The article's stated dates, where they are wider than the resolved ones, as faint dashed bands.
	for (const placed of layout.placed) {
		const stated = placed.event.stated;
		if (!stated || stated.ongoing) continue;
		if (stated.start === placed.event.date.start && stated.end === placed.event.date.end) continue;
		const x0 = Math.max(x(stated.start), -10);
		const x1 = Math.min(x(stated.end), width + 10);
		if (x1 > x0) shapes.push({ type: 'rect', x: x0, y: rowTop(placed.row) + 2, width: x1 - x0, height: ROW_HEIGHT - 4, radius: 3, paint: { fill: 'stated-fill', stroke: 'stated-stroke', lineWidth: 1, dash: [4, 3] } });
	}

	for (const placed of layout.placed) {
		const event = placed.event;
		const context = event.data.origin === 'context';
		const selected = event.data.id === selectedId;
		const line = rowTop(placed.row) + MARK_LINE;
		let paint: Paint;
		if (context) {
			// Dashed outlines only on points: along a span a dash every few pixels is costly to draw, and
			// context spans stay distinct by their hollow, soft fill, their colour and their italic label.
			paint = { fill: placed.kind === 'point' ? 'bg' : 'context-soft', stroke: 'context', lineWidth: 2, ...(placed.kind === 'point' ? { dash: [3, 2] } : {}) };
		} else if (placed.kind === 'band') {
			paint = { fill: 'band-fill', stroke: 'accent', strokeOpacity: 0.5, lineWidth: 1 };
		} else {
			paint = { fill: event.date.ongoing ? 'ongoing' : 'accent', stroke: 'bg', lineWidth: 1 };
		}
		if (selected) paint = { ...paint, stroke: 'focus', strokeOpacity: 1, lineWidth: 2.5 };
		if (placed.kind === 'point') shapes.push({ type: 'circle', cx: placed.cx, cy: line, r: POINT_RADIUS, paint });
		else if (placed.kind === 'bar') shapes.push({ type: 'rect', x: placed.x0, y: line - 3, width: placed.x1 - placed.x0, height: 6, radius: 3, paint });
		else shapes.push({ type: 'rect', x: placed.x0, y: line - 7, width: placed.x1 - placed.x0, height: 14, radius: 7, paint });
		shapes.push({
			type: 'text',
			x: placed.labelX,
			y: rowTop(placed.row) + LABEL_BASELINE,
			text: placed.label,
			style: context ? 'context-label' : 'label',
			colour: selected ? 'focus' : context ? 'context' : 'fg',
			underline: selected,
			width: placed.labelWidth
		});
	}

	if (layout.clusters.length) drawClusters(shapes, layout.clusters, clusterTop, width);
}

function drawClusters(shapes: Shape[], clusters: readonly Cluster[], top: number, width: number) {
	const extents: number[] = [];
	for (const cluster of clusters) extents.push(cluster.x0, top + 3, Math.max(cluster.x1 - cluster.x0, 4), 3);
	shapes.push({ type: 'bars', rects: extents, paint: { fill: 'fg-muted', fillOpacity: 0.5 } });
	placeBubbles(clusters, width).forEach((bubble, i) => {
		shapes.push({ type: 'rect', x: bubble.x, y: top + 7, width: bubble.width, height: 15, radius: 7.5, paint: { fill: 'bg-raised', stroke: 'fg-muted', lineWidth: 1 } });
		shapes.push({ type: 'text', x: bubble.x + 4, y: top + 18, text: bubble.label, style: 'count', colour: 'fg', width: bubble.width - 8, count: clusters[i]!.count });
	});
}

/** Room kept between a bubble and the chart's edge, or the next bubble. */
const BUBBLE_MARGIN = 2;
/** What a bubble at the left edge shows when its count has no room there. */
const MORE = '…';

export interface Bubble {
	x: number;
	label: string;
	width: number;
}

/**
 * Each cluster's count bubble: at the cluster's start, moved inside the view where an edge would cut it
 * (a cell that starts left of the view, a cluster at the right edge) unless that would put it over its
 * neighbour's. At the left edge, a count with no room becomes "…" rather than showing cut digits ("9" of
 * "+239"); the drawing keeps the count for export and tests, and a click on the row still opens the cluster.
 */
export function placeBubbles(clusters: readonly Cluster[], width: number): Bubble[] {
	const bubbles: Bubble[] = [];
	let previousEnd = -Infinity;
	clusters.forEach((cluster, i) => {
		let label = clusterLabel(cluster.count);
		let w = bubbleWidthOf(label);
		let x = cluster.x0;
		// In from the left edge if it stays clear of the next cluster's start (the next bubble moves left
		// of its start only at the right edge, and then never over this one).
		const room = (clusters[i + 1]?.x0 ?? Infinity) - 2 * BUBBLE_MARGIN;
		if (x < BUBBLE_MARGIN && room >= w) x = BUBBLE_MARGIN;
		else if (x < 0) {
			// Cut by the edge: "…", brought in if even that has room, else left to the edge.
			[label, w] = [MORE, bubbleWidthOf(MORE)];
			if (room >= w) x = BUBBLE_MARGIN;
		}
		// In from the right edge, as far as the previous bubble allows; never further right.
		if (x + w > width - BUBBLE_MARGIN) x = Math.min(x, Math.max(width - BUBBLE_MARGIN - w, previousEnd + BUBBLE_MARGIN));
		bubbles.push({ x, label, width: w });
		previousEnd = x + w;
	});
	return bubbles;
}

/** The cluster of a lane's row under a pointer at `px`, if any: on its extent or its bubble. */
export function clusterAt(clusters: readonly Cluster[], px: number, width: number): Cluster | undefined {
	const bubbles = placeBubbles(clusters, width);
	return clusters.find((cluster, i) => px >= Math.min(cluster.x0, bubbles[i]!.x) - 2 && px <= Math.max(cluster.x1, bubbles[i]!.x + bubbles[i]!.width) + 2);
}

/** Paints a drawing on a 2D canvas context already scaled to CSS pixels. */
export function paintDrawing(ctx: CanvasRenderingContext2D, drawing: Drawing, palette: Palette, fontFamily: string) {
	let ongoing: CanvasGradient | undefined;
	const fillOf = (paint: Paint) => {
		if (paint.fill !== 'ongoing') return palette[paint.fill!];
		if (!ongoing) {
			ongoing = ctx.createLinearGradient(drawing.asOfX - 80, 0, drawing.asOfX, 0);
			ongoing.addColorStop(0, palette.accent);
			ongoing.addColorStop(1, withAlpha(palette.accent, 0.15));
		}
		return ongoing;
	};
	const fillAndStroke = (paint: Paint) => {
		if (paint.fill) {
			ctx.globalAlpha = paint.fillOpacity ?? 1;
			ctx.fillStyle = fillOf(paint);
			ctx.fill();
		}
		if (paint.stroke) {
			ctx.globalAlpha = paint.strokeOpacity ?? 1;
			ctx.strokeStyle = palette[paint.stroke];
			ctx.lineWidth = paint.lineWidth ?? 1;
			ctx.setLineDash(paint.dash ?? []);
			ctx.stroke();
		}
		ctx.globalAlpha = 1;
	};
	let font = '';
	for (const shape of drawing.shapes) {
		switch (shape.type) {
			case 'bars': {
				// fillRect, not one path of many rectangles: a path is rasterised with antialiasing, on the main
				// thread when the frame commits, and hundreds of subpaths cost tens of milliseconds there.
				ctx.globalAlpha = shape.paint.fillOpacity ?? 1;
				ctx.fillStyle = fillOf(shape.paint);
				for (let i = 0; i < shape.rects.length; i += 4) ctx.fillRect(shape.rects[i]!, shape.rects[i + 1]!, shape.rects[i + 2]!, shape.rects[i + 3]!);
				ctx.globalAlpha = 1;
				break;
			}
			case 'rect': {
				ctx.beginPath();
				ctx.roundRect(shape.x, shape.y, shape.width, shape.height, Math.min(shape.radius, shape.width / 2, shape.height / 2));
				fillAndStroke(shape.paint);
				break;
			}
			case 'circle': {
				ctx.beginPath();
				ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
				fillAndStroke(shape.paint);
				break;
			}
			case 'text': {
				const wanted = canvasFont(shape.style, fontFamily);
				if (wanted !== font) ctx.font = font = wanted;
				ctx.fillStyle = palette[shape.colour];
				ctx.fillText(shape.text, shape.x, shape.y);
				if (shape.underline) ctx.fillRect(shape.x, shape.y + 2, shape.width, 1);
				break;
			}
		}
	}
}

/** `rgb(r, g, b)` as `rgba(r, g, b, alpha)`. */
export function withAlpha(colour: string, alpha: number): string {
	const match = /rgba?\(([^)]+)\)/.exec(colour);
	if (!match) return colour;
	const [r, g, b] = match[1]!.split(/[\s,/]+/);
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
