/**
 * The chart's sizes in pixels, each stated once: the layouts place with them, the canvas paints with
 * them and the export writes them, so a mark, its label and its hit target cannot drift apart.
 */
export const AXIS_HEIGHT = 44;
const LANE_HEADER = 18;
export const ROW_HEIGHT = 28;
export const CLUSTER_ROW = 24;
export const FOOTER_HEIGHT = 22;
/** Space under a lane's last row, before its rule. */
const LANE_PADDING = 4;
/** A lane's height besides its rows: its header and the padding under them. */
export const laneFrameHeight = LANE_HEADER + LANE_PADDING;
export const POINT_RADIUS = 5;
/**
 * How far beyond the view's edges marks are drawn. Zoomed far in, a span can be millions of pixels
 * long; clipped here it costs what a short one does, and its ends stay off screen.
 */
export const CLIP_MARGIN = 8;
/** The narrowest chart: below it the view scrolls sideways rather than crushing the lanes. */
export const MIN_CHART_WIDTH = 280;

/** Within a row: the label's baseline and the mark's centre line. */
export const LABEL_BASELINE = 12;
export const MARK_LINE = 20;
/**
 * From one line of a label to the next. A label on two lines ends where a label on one does, just above
 * its mark; its first line rises into the row above, over the stretch of that row it keeps free.
 */
export const LINE_HEIGHT = 14;

/** The top of row `row` of a lane whose top is `laneTop`; a lane's cluster row is the row after its last. */
export function rowTop(laneTop: number, row: number): number {
	return laneTop + LANE_HEADER + row * ROW_HEIGHT;
}

/** The top of what an event takes in its lane: its row, and the line above it of a label on two lines. */
export function eventTop(laneTop: number, row: number, lines: number): number {
	return rowTop(laneTop, row) - (lines - 1) * LINE_HEIGHT;
}

/** The height of what an event takes: its row, and a line more for each further line of its label. */
export function eventHeight(lines: number): number {
	return ROW_HEIGHT + (lines - 1) * LINE_HEIGHT;
}

/** A lane's height: its header, its rows of labelled events, and its row of clusters if it has one. */
export function laneHeight(lane: { rows: number; hasClusterRow: boolean }): number {
	return LANE_HEADER + lane.rows * ROW_HEIGHT + (lane.hasClusterRow ? CLUSTER_ROW : 0) + LANE_PADDING;
}

/** The chart's height for these lanes: axis, lanes and the footer under them. */
export function chartHeight(lanes: readonly { rows: number; hasClusterRow: boolean }[]): number {
	return AXIS_HEIGHT + lanes.reduce((sum, lane) => sum + laneHeight(lane), 0) + FOOTER_HEIGHT;
}
