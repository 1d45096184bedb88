/**
 * What the lanes draw, as a display list: density strips, stated-date bands, marks, labels and clusters.
 * The list is painted on a canvas on screen (lane-paint.ts) — a zoom frame then costs a few hundred canvas
 * calls instead of Svelte updating hundreds of SVG elements and the browser laying out their text — and
 * written as SVG for export (chart-svg.ts), so both show the same drawing.
 */
import { CLIP_MARGIN, LABEL_BASELINE, LINE_HEIGHT, MARK_LINE, POINT_RADIUS, ROW_HEIGHT, eventHeight, eventTop, rowTop as laneRowTop } from './chart-geometry';
import { BUBBLE_PADDING, type Bubble } from './cluster-bubbles';
import { isContext } from '../document/describe';
import type { Cluster, Lane, LaneLayout, PlacedEvent } from './lane-layout';
import { statedBand } from '../document/event-columns';

/** The theme colours a drawing uses: CSS custom properties of the page, resolved by whoever paints. */
export const PALETTE_KEYS = [
	'bg',
	'bg-raised',
	'fg',
	'fg-muted',
	'border',
	'grid',
	'lane-stripe',
	'accent',
	'context',
	'focus',
	'stated-fill',
	'stated-stroke',
	'band-fill',
	'context-soft',
	'mark-bg'
] as const;
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

export type TextStyle = 'label' | 'context-label' | 'count' | 'tick' | 'period' | 'lane-name' | 'as-of';

/** How each kind of text is set, on the canvas, in the SVG of the chart and in export alike. */
export const TEXT_STYLES: Record<TextStyle, { size: number; weight?: number; italic?: boolean; uppercase?: boolean; letterSpacing?: number }> = {
	label: { size: 12 },
	'context-label': { size: 12, italic: true },
	count: { size: 11, weight: 600 },
	/** The axis: tick labels, and the enclosing periods above them. */
	tick: { size: 12 },
	period: { size: 12, weight: 600 },
	'lane-name': { size: 11, weight: 700, uppercase: true, letterSpacing: 0.04 },
	'as-of': { size: 12, weight: 600 }
};

/** The CSS font shorthand of a text style in `family`. */
export function cssFont(style: TextStyle, family: string): string {
	const { size, weight, italic } = TEXT_STYLES[style];
	return [italic ? 'italic' : '', weight ?? '', `${size}px`, family].filter(Boolean).join(' ');
}

export type Shape =
	| { type: 'rect'; x: number; y: number; width: number; height: number; radius: number; paint: Paint }
	| { type: 'circle'; cx: number; cy: number; r: number; paint: Paint }
	/** Many small rectangles in one paint, as [x, y, width, height] quadruples. */
	| { type: 'bars'; rects: number[]; paint: Paint }
	/**
	 * `width` is the text's measured width; a cluster's count also carries the number it stands for. The
	 * lines of a label on several lines follow one another, each after the first numbered by `line`.
	 */
	| {
			type: 'text';
			x: number;
			y: number;
			text: string;
			style: TextStyle;
			colour: Colour;
			underline?: boolean;
			width: number;
			count?: number;
			matches?: number;
			line?: number;
	  };

export interface Drawing {
	shapes: Shape[];
	/** Where ongoing spans end: the as-of line. */
	asOfX: number;
}

export interface LaneDrawingInput {
	lane: Lane;
	layout: LaneLayout;
	/** The clusters' count bubbles, placed (see placeBubbles). */
	bubbles: readonly Bubble[];
	top: number;
	width: number;
	x: (time: number) => number;
	selectedId: string | undefined;
	/** Whether the timeline holds events from its article: only then are context events drawn apart (see isContext). */
	hasArticleEvents: boolean;
	/** Events whose excerpts the reader has on screen in the article: highlighted as the article highlights them. */
	emphasised?: ReadonlySet<string> | undefined;
	/**
	 * While searching: 1 for each event (by its place in time order) that matches. Matches are framed and
	 * their labels kept; the other events recede, faded, so that they are told apart without colour.
	 */
	matched?: Uint8Array | undefined;
}

/** How much of its opacity an event that does not match the search keeps. */
const RECEDED = 0.3;

/** The drawing of one lane, appended to `shapes`. */
export function drawLane(shapes: Shape[], input: LaneDrawingInput) {
	const { lane, layout, bubbles, top, width, x, selectedId, emphasised, matched } = input;
	const rowTop = (row: number) => laneRowTop(top, row);
	/** The top and height of what a placed event takes: its row and the line above it of a label on two lines. */
	const eventBox = (placed: PlacedEvent) => ({ y: eventTop(top, placed.row, placed.lines.length), height: eventHeight(placed.lines.length) });
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
		shapes.push({ type: 'bars', rects, paint: { fill: 'accent', fillOpacity: matched ? 0.12 : 0.35 } });
		if (matched) {
			// The matches' own strip over the faded one, on the same scale.
			const found: number[] = [];
			for (const bin of layout.density) {
				if (!bin.matches) continue;
				const h = Math.max(2, (room * Math.log1p(bin.matches)) / peak);
				found.push(bin.x0, bottom - h, Math.max(1, bin.x1 - bin.x0 - 0.5), h);
			}
			shapes.push({ type: 'bars', rects: found, paint: { fill: 'fg', fillOpacity: 0.85 } });
		}
	}

	// Behind everything: a frame round each match of the search.
	if (matched) {
		for (const placed of layout.placed) {
			if (!matched[placed.event.order]) continue;
			const x0 = Math.max(Math.min(placed.x0, placed.labelX) - 4, -CLIP_MARGIN);
			const x1 = Math.min(Math.max(placed.x1, placed.labelX + placed.labelWidth) + 4, width + CLIP_MARGIN);
			const { y, height } = eventBox(placed);
			shapes.push({
				type: 'rect',
				x: x0,
				y: y + 1,
				width: x1 - x0,
				height: height - 2,
				radius: 4,
				paint: { fill: 'mark-bg', fillOpacity: 0.7, stroke: 'fg', lineWidth: 1.5 }
			});
		}
	}

	// Behind everything: the events the reader is reading about, in the article's highlight colour.
	if (emphasised?.size) {
		for (const placed of layout.placed) {
			// While searching, only matches are highlighted: the others recede.
			if (!emphasised.has(placed.event.data.id) || (matched && !matched[placed.event.order])) continue;
			const x0 = Math.max(Math.min(placed.x0, placed.labelX) - 4, -CLIP_MARGIN);
			const x1 = Math.min(Math.max(placed.x1, placed.labelX + placed.labelWidth) + 4, width + CLIP_MARGIN);
			const { y, height } = eventBox(placed);
			shapes.push({ type: 'rect', x: x0, y: y + 1, width: x1 - x0, height: height - 2, radius: 4, paint: { fill: 'mark-bg', fillOpacity: 0.7 } });
		}
	}

	// The article's stated dates, where they are wider than the resolved ones, as faint dashed bands.
	for (const placed of layout.placed) {
		const stated = statedBand(placed.event);
		if (!stated) continue;
		const x0 = Math.max(x(stated.start), -CLIP_MARGIN);
		const x1 = Math.min(x(stated.end), width + CLIP_MARGIN);
		if (x1 > x0)
			shapes.push({
				type: 'rect',
				x: x0,
				y: rowTop(placed.row) + 2,
				width: x1 - x0,
				height: ROW_HEIGHT - 4,
				radius: 3,
				paint: { fill: 'stated-fill', stroke: 'stated-stroke', lineWidth: 1, dash: [4, 3] }
			});
	}

	for (const placed of layout.placed) {
		const event = placed.event;
		const context = isContext(input, event);
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
		const receded = matched !== undefined && !matched[event.order];
		if (receded) paint = { ...paint, fillOpacity: (paint.fillOpacity ?? 1) * RECEDED, strokeOpacity: (paint.strokeOpacity ?? 1) * RECEDED };
		if (selected) paint = { ...paint, stroke: 'focus', strokeOpacity: 1, lineWidth: 2.5 };
		if (placed.kind === 'point') shapes.push({ type: 'circle', cx: placed.cx, cy: line, r: POINT_RADIUS, paint });
		else if (placed.kind === 'bar') shapes.push({ type: 'rect', x: placed.x0, y: line - 3, width: placed.x1 - placed.x0, height: 6, radius: 3, paint });
		else shapes.push({ type: 'rect', x: placed.x0, y: line - 7, width: placed.x1 - placed.x0, height: 14, radius: 7, paint });
		// The last line is in the event's row, the lines before it above; left of the mark, each ends at it.
		const { lines } = placed;
		lines.forEach((line, i) => {
			shapes.push({
				type: 'text',
				x: placed.before ? placed.labelX + placed.labelWidth - line.width : placed.labelX,
				y: rowTop(placed.row) + LABEL_BASELINE - (lines.length - 1 - i) * LINE_HEIGHT,
				text: line.text,
				style: context ? 'context-label' : 'label',
				colour: selected ? 'focus' : receded ? 'fg-muted' : context ? 'context' : 'fg',
				underline: selected,
				width: line.width,
				...(i > 0 ? { line: i } : {})
			});
		});
	}

	if (layout.clusters.length) drawClusters(shapes, layout.clusters, bubbles, clusterTop);
}

function drawClusters(shapes: Shape[], clusters: readonly Cluster[], bubbles: readonly Bubble[], top: number) {
	const extents: number[] = [];
	for (const cluster of clusters) extents.push(cluster.x0, top + 3, Math.max(cluster.x1 - cluster.x0, 4), 3);
	shapes.push({ type: 'bars', rects: extents, paint: { fill: 'fg-muted', fillOpacity: 0.5 } });
	bubbles.forEach((bubble, i) => {
		const { count, matches } = clusters[i]!;
		// While searching, a cluster holding matches has a heavier outline; one holding none recedes.
		const found = matches === undefined || matches > 0;
		const outline: Paint =
			matches === undefined ? { stroke: 'fg-muted', lineWidth: 1 } : found ? { stroke: 'fg', lineWidth: 2 } : { stroke: 'fg-muted', lineWidth: 1, strokeOpacity: RECEDED };
		shapes.push({ type: 'rect', x: bubble.x, y: top + 7, width: bubble.width, height: 15, radius: 7.5, paint: { fill: 'bg-raised', ...outline } });
		shapes.push({
			type: 'text',
			x: bubble.x + BUBBLE_PADDING,
			y: top + 18,
			text: bubble.label,
			style: 'count',
			colour: found ? 'fg' : 'fg-muted',
			width: bubble.width - 2 * BUBBLE_PADDING,
			count,
			...(matches === undefined ? {} : { matches })
		});
	});
}
