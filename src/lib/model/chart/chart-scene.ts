/**
 * The whole chart for one view, as data: the axis, each lane's frame and layout, the as-of line and the
 * display list of marks. The chart renders it, the canvas paints its drawing and export writes all of it
 * as SVG, so what is downloaded is what is on screen.
 */
import { AXIS_HEIGHT, FOOTER_HEIGHT, laneHeight, rowTop } from './chart-geometry';
import { placeBubbles, type Bubble } from './cluster-bubbles';
import { formatDay } from '../date/format-date';
import { drawLane, type Drawing, type Shape } from './lane-drawing';
import { layoutLane, slotsOf, type LabelFit, type Lane, type LaneLayout, type Slot, type WrappedLabel } from './lane-layout';
import { projector, type Domain } from './projection';
import { MS_PER_DAY } from '../date/time';
import { layoutAxis, type AxisLayout, type MeasureText } from './time-ticks';
import type { Timeline, TimelineEvent } from '../document/timeline';

export interface ChartInput {
	timeline: Timeline;
	lanes: readonly Lane[];
	domain: Domain;
	width: number;
	/** Whether the as-of line is drawn: for an article, or anything still running. */
	showAsOf: boolean;
	selectedId?: string | undefined;
	/** Events whose excerpts the reader has on screen in the article: highlighted. */
	emphasised?: ReadonlySet<string> | undefined;
	/** While searching: 1 for each event (by its place in time order) that matches. */
	matched?: Uint8Array | undefined;
	/** The event holding the tab stop: always placed when it is in view. */
	focused?: TimelineEvent | undefined;
	/** Widths of the axis's and the as-of line's text as drawn. */
	measure: MeasureText;
	/** An event's label as drawn, whole, with its width. */
	label: (event: TimelineEvent) => LabelFit;
	/** An event's label on two lines, where it has no room whole on one. */
	wrap: (event: TimelineEvent) => WrappedLabel | undefined;
	/** An event's label cut with "…" to a width, where it has no room whole on one line or two. */
	cut: (event: TimelineEvent, maxWidth: number) => LabelFit;
	/** Where each lane's events were in the previous layout (`ChartScene.slots`), so that labels stay put as the view moves. */
	previousSlots?: ReadonlyMap<string, ReadonlyMap<string, Slot>> | undefined;
}

export interface SceneLane {
	lane: Lane;
	layout: LaneLayout;
	bubbles: Bubble[];
	top: number;
	height: number;
	/** The top of its row of clusters (below its last row of events). */
	clusterTop: number;
	/** Every second lane has a stripe behind it. */
	striped: boolean;
}

export interface ChartScene {
	width: number;
	height: number;
	/** Where the lanes end and the footer (the as-of label) begins. */
	plotBottom: number;
	domain: Domain;
	axis: AxisLayout;
	lanes: SceneLane[];
	/** The as-of line where it is drawn and in view; its label sits left of it near the right edge. */
	asOf: { x: number; label: string; flipped: boolean } | undefined;
	drawing: Drawing;
	/** Whether the focused event is drawn (else the chart itself holds the tab stop). */
	focusDrawn: boolean;
	/** Where each lane's events are, for the next layout's `previousSlots`. */
	slots: Map<string, Map<string, Slot>>;
}

export function layoutChart(input: ChartInput): ChartScene {
	const { timeline, lanes, domain, width, measure, selectedId, focused } = input;
	const x = projector(domain, width);
	const shapes: Shape[] = [];
	const sceneLanes: SceneLane[] = [];
	const asOfX = x(timeline.asOf + MS_PER_DAY);
	let top = AXIS_HEIGHT;
	lanes.forEach((lane, i) => {
		const layout = layoutLane(lane, domain, width, {
			label: input.label,
			wrap: input.wrap,
			cut: input.cut,
			barrier: input.showAsOf ? asOfX : undefined,
			previous: input.previousSlots?.get(lane.id),
			pinned: focused,
			matched: input.matched
		});
		const bubbles = placeBubbles(layout.clusters, width);
		const height = laneHeight(lane);
		sceneLanes.push({ lane, layout, bubbles, top, height, clusterTop: rowTop(top, lane.rows), striped: i % 2 === 1 });
		drawLane(shapes, { lane, layout, bubbles, top, width, x, selectedId, hasArticleEvents: timeline.hasArticleEvents, emphasised: input.emphasised, matched: input.matched });
		top += height;
	});
	const height = top + FOOTER_HEIGHT;
	let asOf: ChartScene['asOf'];
	if (input.showAsOf && asOfX > -1 && asOfX < width + 1) {
		const label = `as of ${formatDay(timeline.asOf)}`;
		// The label is bold: measured at the regular weight plus a margin.
		asOf = { x: asOfX, label, flipped: asOfX > width - measure(label) * 1.15 - 8 };
	}
	const focusId = focused?.data.id;
	return {
		width,
		height,
		plotBottom: top,
		domain,
		axis: layoutAxis(domain, width, measure),
		lanes: sceneLanes,
		asOf,
		drawing: { shapes, asOfX },
		focusDrawn: focusId !== undefined && sceneLanes.some(({ layout }) => layout.placed.some((placed) => placed.event.data.id === focusId)),
		slots: new Map(sceneLanes.map(({ lane, layout }) => [lane.id, slotsOf(layout)]))
	};
}
