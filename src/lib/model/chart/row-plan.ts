/**
 * How many rows each lane gets. A lane gets as many rows as labelling all its events needs at the fitted
 * view, as far as the chart's height allows; where it does not, rows are shared out so that every lane
 * gets the same number unless it needs fewer, and a lane that still cannot label everything gets a row
 * of clusters. A timeline of a few dozen events is labelled whole, whatever the height: the chart grows
 * to the rows that takes, where it may. Planned once per data set, width and height, not per frame: the
 * chart keeps its height as the reader zooms, and zooming in only spreads events out.
 */
import { CLUSTER_ROW, ROW_HEIGHT, laneFrameHeight, AXIS_HEIGHT, FOOTER_HEIGHT } from './chart-geometry';
import { layoutLane, MAX_ROWS, type Lane, type LaneLayout, type LayoutOptions } from './lane-layout';
import type { Domain } from './projection';

/** The most rows a lane is given, however tall the chart may be, unless every event is to be labelled whole. */
export const LANE_ROW_CAP = 16;

/**
 * A timeline of at most this many events has every event labelled whole at the fitted view, where the
 * chart may grow (not in an embed of a height the host page set): a reader scans that many labels, and
 * a chart a little taller than its share of the window costs less than titles cut short.
 */
export const WHOLE_LABELS_UP_TO = 40;

export interface RowNeed {
	/** Rows that label every event of the lane at the fitted view, each on one line where it can be (up to the cap). */
	rows: number;
	/**
	 * The fewest rows that label the lane's events as well, some of them on two lines rather than one:
	 * what a lane can do with where the chart's height is short.
	 */
	fewest: number;
	/** Whether some events still cannot be labelled in them (a summarised lane, or one over the cap). */
	clustered: boolean;
}

/** The rows a lane gets: as many as it can have, and whether it needs a row of clusters under them. */
export interface RowShare {
	rows: number;
	clustered: boolean;
}

/** The rows a lane needs to label every event it shows in `domain`. */
export function rowsNeeded(lane: Lane, domain: Domain, width: number, options: LayoutOptions, cap = LANE_ROW_CAP): RowNeed {
	const layoutIn = (rows: number) => layoutLane({ ...lane, rows, hasClusterRow: false }, domain, width, { ...options, previous: undefined, pinned: undefined });
	const layout = layoutIn(cap);
	// A lane too dense to label is summarised in the usual rows, with its clusters under them.
	if (layout.density.length) return { rows: Math.min(MAX_ROWS, cap), fewest: Math.min(MAX_ROWS, cap), clustered: true };
	let rows = 1;
	for (const placed of layout.placed) if (placed.row + 1 > rows) rows = placed.row + 1;
	const clustered = layout.clusters.length > 0;
	// Only a second line lets fewer rows do as well, and not where some events go unlabelled anyway.
	if (!options.wrap || clustered) return { rows, fewest: rows, clustered };
	// Fewer rows do as well if they place as many events and cut no more labels (a label on two lines is
	// whole). Found by bisection: each guess that does as well is kept, so the answer always does.
	const whole = (laid: LaneLayout) => laid.placed.reduce((sum, placed) => sum + (placed.lines.length > 1 || placed.label === options.label(placed.event).text ? 1 : 0), 0);
	const wholeAtMost = whole(layout);
	const doesAsWell = (rows: number) => {
		const laid = layoutIn(rows);
		return laid.placed.length === layout.placed.length && whole(laid) >= wholeAtMost;
	};
	let [low, fewest] = [1, rows];
	while (low < fewest) {
		const middle = Math.floor((low + fewest) / 2);
		if (doesAsWell(middle)) fewest = middle;
		else low = middle + 1;
	}
	return { rows, fewest, clustered };
}

/**
 * The rows each lane gets, given what each needs and how many rows of events the chart has room for in
 * all (Infinity: as many as needed). Every lane keeps at least one row; one given fewer than its fewest
 * also gets a row of clusters.
 */
export function shareRows(needs: readonly RowNeed[], budget: number): RowShare[] {
	const clusterShare = CLUSTER_ROW / ROW_HEIGHT;
	const clustered = (need: RowNeed, rows: number) => need.clustered || rows < need.fewest;
	const cost = (cap: number) => needs.reduce((sum, need) => sum + Math.min(need.rows, cap) + (clustered(need, Math.min(need.rows, cap)) ? clusterShare : 0), 0);
	let cap = needs.reduce((max, need) => Math.max(max, need.rows), 1);
	while (cap > 1 && cost(cap) > budget) cap--;
	return needs.map((need) => ({ rows: Math.min(need.rows, cap), clustered: clustered(need, Math.min(need.rows, cap)) }));
}

/** How many rows of events fit in a chart at most `maxHeight` pixels tall, for `laneCount` lanes. */
export function rowBudget(maxHeight: number, laneCount: number): number {
	if (!Number.isFinite(maxHeight)) return Infinity;
	return (maxHeight - AXIS_HEIGHT - FOOTER_HEIGHT - laneCount * laneFrameHeight) / ROW_HEIGHT;
}

/**
 * The lanes with the rows they get: copies, sharing the events and their time index. Where the chart may
 * grow past `maxHeight` and the lanes hold at most WHOLE_LABELS_UP_TO events, no lane gets fewer rows than
 * labelling its events whole takes (on two lines where they must be): the chart grows that far, no further.
 */
export function planRows(lanes: readonly Lane[], fitted: Domain, width: number, options: LayoutOptions, maxHeight: number, mayGrow = false): Lane[] {
	const whole = mayGrow && lanes.reduce((sum, lane) => sum + lane.events.length, 0) <= WHOLE_LABELS_UP_TO;
	// With enough rows, every event has its own row, or two for a label on two lines.
	const cap = (lane: Lane) => (whole ? Math.max(LANE_ROW_CAP, 2 * lane.events.length) : LANE_ROW_CAP);
	const needs = lanes.map((lane) => rowsNeeded(lane, fitted, width, options, cap(lane)));
	const shares = shareRows(needs, rowBudget(maxHeight, lanes.length)).map((share, i) =>
		whole && share.rows < needs[i]!.fewest ? { rows: needs[i]!.fewest, clustered: needs[i]!.clustered } : share
	);
	return lanes.map((lane, i) => ({ ...lane, rows: shares[i]!.rows, hasClusterRow: shares[i]!.clustered }));
}
