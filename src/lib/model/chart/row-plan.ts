/**
 * How many rows each lane gets. A lane gets as many rows as labelling all its events needs at the fitted
 * view, as far as the chart's height allows; where it does not, rows are shared out so that every lane
 * gets the same number unless it needs fewer, and a lane that still cannot label everything gets a row
 * of clusters. Planned once per data set, width and height, not per frame: the chart keeps its height as
 * the reader zooms, and zooming in only spreads events out.
 */
import { CLUSTER_ROW, ROW_HEIGHT, laneFrameHeight, AXIS_HEIGHT, FOOTER_HEIGHT } from './chart-geometry';
import { layoutLane, MAX_ROWS, type Lane, type LayoutOptions } from './lane-layout';
import type { Domain } from './projection';

/** The most rows a lane is given, however tall the chart may be. */
export const LANE_ROW_CAP = 16;

export interface RowNeed {
	/** Rows that label every event of the lane at the fitted view (up to the cap). */
	rows: number;
	/** Whether some events still cannot be labelled in them (a summarised lane, or one over the cap). */
	clustered: boolean;
}

/** The rows a lane needs to label every event it shows in `domain`. */
export function rowsNeeded(lane: Lane, domain: Domain, width: number, options: LayoutOptions, cap = LANE_ROW_CAP): RowNeed {
	const layout = layoutLane({ ...lane, rows: cap, hasClusterRow: false }, domain, width, { ...options, previous: undefined, pinned: undefined });
	// A lane too dense to label is summarised in the usual rows, with its clusters under them.
	if (layout.density.length) return { rows: Math.min(MAX_ROWS, cap), clustered: true };
	let rows = 1;
	for (const placed of layout.placed) if (placed.row + 1 > rows) rows = placed.row + 1;
	return { rows, clustered: layout.clusters.length > 0 };
}

/**
 * The rows each lane gets, given what each needs and how many rows of events the chart has room for in
 * all (Infinity: as many as needed). Every lane keeps at least one row.
 */
export function shareRows(needs: readonly RowNeed[], budget: number): RowNeed[] {
	const clusterShare = CLUSTER_ROW / ROW_HEIGHT;
	const cost = (cap: number) => needs.reduce((sum, need) => sum + Math.min(need.rows, cap) + (need.clustered || need.rows > cap ? clusterShare : 0), 0);
	let cap = needs.reduce((max, need) => Math.max(max, need.rows), 1);
	while (cap > 1 && cost(cap) > budget) cap--;
	return needs.map((need) => ({ rows: Math.min(need.rows, cap), clustered: need.clustered || need.rows > cap }));
}

/** How many rows of events fit in a chart at most `maxHeight` pixels tall, for `laneCount` lanes. */
export function rowBudget(maxHeight: number, laneCount: number): number {
	if (!Number.isFinite(maxHeight)) return Infinity;
	return (maxHeight - AXIS_HEIGHT - FOOTER_HEIGHT - laneCount * laneFrameHeight) / ROW_HEIGHT;
}

/** The lanes with the rows they get: copies, sharing the events and their time index. */
export function planRows(lanes: readonly Lane[], fitted: Domain, width: number, options: LayoutOptions, maxHeight: number): Lane[] {
	const needs = lanes.map((lane) => rowsNeeded(lane, fitted, width, options));
	const shares = shareRows(needs, rowBudget(maxHeight, lanes.length));
	return lanes.map((lane, i) => ({ ...lane, rows: shares[i]!.rows, hasClusterRow: shares[i]!.clustered }));
}
