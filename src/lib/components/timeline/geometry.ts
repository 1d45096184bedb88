/** Vertical sizes of the timeline chart, in pixels; shared by the chart and its parts. */
export const AXIS_HEIGHT = 44;
export const LANE_HEADER = 18;
export const ROW_HEIGHT = 28;
export const CLUSTER_ROW = 24;
export const FOOTER_HEIGHT = 22;
export const POINT_RADIUS = 5;

/** Within a row: the label's baseline and the mark's centre line. */
export const LABEL_BASELINE = 12;
export const MARK_LINE = 20;

/** The top of row `row` of a lane whose top is `laneTop`; a lane's cluster row is the row after its last. */
export function rowTop(laneTop: number, row: number): number {
	return laneTop + LANE_HEADER + row * ROW_HEIGHT;
}

/** A lane's height: its header, its rows of labelled events, and its row of clusters if it has one. */
export function laneHeight(lane: { rows: number; hasClusterRow: boolean }): number {
	return LANE_HEADER + lane.rows * ROW_HEIGHT + (lane.hasClusterRow ? CLUSTER_ROW : 0) + 4;
}

/** The chart's height for these lanes: axis, lanes and the footer under them. */
export function chartHeight(lanes: readonly { rows: number; hasClusterRow: boolean }[]): number {
	return AXIS_HEIGHT + lanes.reduce((sum, lane) => sum + laneHeight(lane), 0) + FOOTER_HEIGHT;
}
