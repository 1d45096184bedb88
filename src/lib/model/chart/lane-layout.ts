/**
 * Lanes and the placement of events in them. Lanes (by actor or by category) and their sorted time index
 * are built once per data set; placing the visible events is done per view, and touches only what is in
 * view: a binary search finds the visible slice, and where a lane holds too many events to label, it is
 * summarised by a density strip and clusters counted by binary search, never walked event by event.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { CLIP_MARGIN, POINT_RADIUS } from './chart-geometry';
import type { FuzzyDate } from '../date/fuzzy-date';
import type { LabelFit, WrappedLabel } from './label-lines';
import { ARTICLE, columnsExtent, columnsOf } from '../document/event-columns';
import { formatInteger } from '../text/format-number';
import { projector, type Domain } from './projection';
import type { Timeline, TimelineEvent } from '../document/timeline';
import { MS_PER_DAY, type TimeMs } from '../date/time';

export type GroupBy = 'lane' | 'category';
/** point: a day or moment; bar: a span; band: a date known only roughly (a month, a decade, approximate). */
export type MarkKind = 'point' | 'bar' | 'band';

export function markKind(date: FuzzyDate, approximate = false): MarkKind {
	if (date.isSpan) return 'bar';
	if (date.approximate || date.uncertain || approximate) return date.from.precision === 'minute' ? 'point' : 'band';
	return date.from.precision === 'day' || date.from.precision === 'minute' ? 'point' : 'band';
}

/** Where a point is drawn: a moment at its instant, a day at its middle. */
function pointTime(date: FuzzyDate): TimeMs {
	return date.from.precision === 'minute' ? date.start : (date.start + date.end) / 2;
}

export interface Lane {
	id: string;
	label: string;
	/** In time order. */
	events: TimelineEvent[];
	starts: Float64Array;
	ends: Float64Array;
	/** The longest event, which bounds how far back a visible event can start. */
	maxLength: number;
	/** Rows of labelled events (see row-plan.ts); a lane that cannot label all its events also has a row of clusters. */
	rows: number;
	hasClusterRow: boolean;
}

/**
 * Where an event sits in its lane's `events`, if it is there: a binary search on its start, then a step
 * through events starting at the same time, rather than an index of ids built for every event.
 */
export function laneIndexOf(lane: Lane, event: TimelineEvent): number | undefined {
	for (let i = bisectLeft(lane.starts, event.date.start); i < lane.events.length && lane.starts[i] === event.date.start; i++) {
		if (lane.events[i] === event) return i;
	}
	return undefined;
}

/** The rows a lane has until its rows are planned (row-plan.ts), and those of a lane too dense to label. */
export const MAX_ROWS = 3;

/**
 * The most lanes a chart draws. Every lane keeps a row, so a document with thousands of lanes would give
 * a chart tens of thousands of pixels tall, beyond what a canvas can hold and too slow to redraw as the
 * reader zooms; the lanes past the first of this many share one lane, which says how many it holds.
 */
export const MAX_LANES = 100;

/** The id of the lane that holds the lanes past MAX_LANES: not kebab-case, so no document's lane has it. */
export const MORE_LANES_ID = 'more lanes';

/** The id of the lane that holds the events of no lane (or of no category): unlabelled, and after the others. */
export const NO_LANE_ID = 'no lane';

/**
 * Groups events into lanes: by their first (primary) actor, or by category, in the document's order; the
 * events of none share an unlabelled lane after them. Past MAX_LANES lanes with events, the rest share the
 * last lane (nothing is left out).
 */
export function buildLanes(timeline: Timeline, groupBy: GroupBy, showContext = true): Lane[] {
	const documentLanes = groupBy === 'lane' ? timeline.document.lanes : timeline.document.categories;
	const { events } = timeline;
	const columns = columnsOf(timeline);
	const slots = groupBy === 'lane' ? columns.lane : columns.category;
	const noLane = documentLanes.length;
	// Two passes over the columns, the events themselves never read: which lane each event joins (and how
	// many each gets), then every lane's events and times written into arrays of their final size.
	const slotOf = new Int32Array(events.length);
	let counts = new Int32Array(documentLanes.length + 1);
	for (let i = 0; i < events.length; i++) {
		const slot = !showContext && !(columns.flags[i]! & ARTICLE) ? -1 : slots[i] === -1 ? noLane : slots[i]!;
		slotOf[i] = slot;
		if (slot !== -1) counts[slot]! += 1;
	}
	const declared: { id: string; label: string }[] = [...documentLanes];
	if (counts[noLane]! > 0) declared.push({ id: NO_LANE_ID, label: '' });
	const used = declared.map((_, slot) => slot).filter((slot) => counts[slot]! > 0);
	if (used.length > MAX_LANES) {
		const more = declared.length;
		const kept = new Set(used.slice(0, MAX_LANES - 1));
		declared.push({ id: MORE_LANES_ID, label: `${formatInteger(used.length - kept.size)} more lanes` });
		counts = new Int32Array(declared.length);
		for (let i = 0; i < events.length; i++) {
			if (slotOf[i] === -1) continue;
			if (!kept.has(slotOf[i]!)) slotOf[i] = more;
			counts[slotOf[i]!]! += 1;
		}
	}
	const lanes = declared.map(({ id, label }, slot) => {
		const count = counts[slot]!;
		return {
			id,
			label,
			events: new Array<TimelineEvent>(count),
			starts: new Float64Array(count),
			ends: new Float64Array(count),
			maxLength: 0,
			rows: Math.min(MAX_ROWS, count),
			hasClusterRow: count > MAX_ROWS
		};
	});
	const filled = new Int32Array(declared.length);
	for (let i = 0; i < events.length; i++) {
		const slot = slotOf[i]!;
		if (slot === -1) continue;
		const lane = lanes[slot]!;
		const at = filled[slot]!++;
		const start = columns.start[i]!;
		const end = columns.end[i]!;
		lane.events[at] = events[i]!;
		lane.starts[at] = start;
		lane.ends[at] = end;
		if (end - start > lane.maxLength) lane.maxLength = end - start;
	}
	return lanes.filter((lane) => lane.events.length > 0);
}

export interface PlacedEvent {
	event: TimelineEvent;
	kind: MarkKind;
	row: number;
	/** The mark's extent in pixels (a point's is its centre ± radius). */
	x0: number;
	x1: number;
	/** The point's centre. */
	cx: number;
	/** Where the label's block starts: its widest line, or where its lines end at the mark when `before`. */
	labelX: number;
	/** The label as drawn, its lines joined by a space. */
	label: string;
	/** The width of the label's widest line, as the layout reserved it. */
	labelWidth: number;
	/**
	 * The label's lines, top to bottom: one, or two where it had no room whole on one line. The last is in
	 * the event's row; a first line of two is in the row above.
	 */
	lines: readonly LabelFit[];
	/** Whether the label ends at the mark (left of a point) rather than starting at it. */
	before: boolean;
}

export interface Cluster {
	count: number;
	/** How many of its events match the search, while there is one. */
	matches?: number;
	x0: number;
	x1: number;
	/** The time the members cover, for zooming into them. */
	start: TimeMs;
	end: TimeMs;
}

export interface DensityBin {
	x0: number;
	x1: number;
	count: number;
	/** How many of its events match the search, while there is one. */
	matches?: number;
}

export interface LaneLayout {
	placed: PlacedEvent[];
	clusters: Cluster[];
	/** Events starting per few pixels, for a lane summarised rather than labelled (empty otherwise). */
	density: DensityBin[];
}

export type { LabelFit, WrappedLabel } from './label-lines';

/** Where an event was placed: its row, the side of its mark its label was on, and on how many lines. */
export interface Slot {
	row: number;
	before: boolean;
	lines: number;
}

/** The narrowest room a label is cut to fit; with less, the event joins a cluster. */
export const MIN_CUT_WIDTH = 48;

export interface LayoutOptions {
	/** The label of an event as drawn, whole, and its width in pixels (cached by the caller). */
	label: (event: TimelineEvent) => LabelFit;
	/** The label on two lines (cached by the caller), for where it has no room whole on one; undefined where it has no break. */
	wrap?: (event: TimelineEvent) => WrappedLabel | undefined;
	/** The label cut with "…" to at most `maxWidth` (cached by the caller); without it, a label that has no room is not cut. */
	cut?: (event: TimelineEvent, maxWidth: number) => LabelFit;
	/** Where the as-of line is: a label of an event before it stays left of it where it can. */
	barrier?: number | undefined;
	/** Minimum pixel distance between items in a row. */
	gap?: number;
	clusterWidth?: number;
	/** Above this many visible events, a lane is summarised rather than labelled. */
	denseLimit?: number;
	densityBin?: number;
	/** An event that must be placed if it is in view (the focused one), even where others would hide it. */
	pinned?: TimelineEvent | undefined;
	/**
	 * Where events were in the previous layout of this lane (see `slotsOf`): an event keeps its row and side
	 * while it still has room there, so that labels stay put as the view moves.
	 */
	previous?: ReadonlyMap<string, Slot> | undefined;
	/** While searching: 1 for each event (by its place in time order) that matches. */
	matched?: Uint8Array | undefined;
}

/**
 * The events of a lane visible in `domain` (width pixels wide): placed in rows, clustered, or summarised.
 * A label goes right of its mark, or left of it where only that side has room (near the chart's right
 * edge, or before the as-of line), in the first row with room; where no row has room for it whole on
 * one line, it takes two lines in two rows that have room for them; it is cut with "…" only when neither
 * holds it.
 */
export function layoutLane(lane: Lane, domain: Domain, width: number, options: LayoutOptions): LaneLayout {
	const { gap = 8, clusterWidth = 44, denseLimit = 250, densityBin = 4 } = options;
	const [a, b] = domain;
	const x = projector(domain, width);
	const firstStartingInView = bisectLeft(lane.starts, a);
	const end = bisectLeft(lane.starts, b);
	const startingInView = end - firstStartingInView;
	const first = bisectLeft(lane.starts, a - lane.maxLength);
	const pinnedIndex = options.pinned === undefined ? undefined : laneIndexOf(lane, options.pinned);
	const pinnedInView = pinnedIndex !== undefined && (lane.starts[pinnedIndex] as number) < b && (lane.ends[pinnedIndex] as number) > a;
	const rows = Array.from({ length: lane.rows }, () => new RowSpace(gap));
	// The right-hand limits a label is tried against: the as-of line for an event before it, then the edge.
	const edge = width - 2;
	const barrier = options.barrier !== undefined && options.barrier > 0 && options.barrier < edge ? options.barrier - 3 : undefined;

	interface Item {
		event: TimelineEvent;
		index: number;
		kind: MarkKind;
		/** The mark's extent. */
		x0: number;
		x1: number;
		cx: number;
		row: number;
		label: string;
		labelWidth: number;
		labelX: number;
		lines: readonly LabelFit[];
		before: boolean;
	}

	/** A label as it may be set: whole on one line, on two, or cut. */
	interface Form {
		lines: readonly LabelFit[];
		width: number;
	}

	function markOf(event: TimelineEvent, index: number): Item {
		const kind = markKind(event.date, event.data.date.approximate);
		let x0: number;
		let x1: number;
		let cx: number;
		if (kind === 'point') {
			cx = x(pointTime(event.date));
			x0 = cx - POINT_RADIUS;
			x1 = cx + POINT_RADIUS;
		} else {
			// Clipped to just beyond the view (see CLIP_MARGIN).
			x0 = Math.max(x(event.date.start), -CLIP_MARGIN);
			x1 = Math.min(Math.max(x(event.date.end), x0 + (kind === 'band' ? 8 : 3)), width + CLIP_MARGIN);
			cx = (x0 + x1) / 2;
		}
		return { event, index, kind, x0, x1, cx, row: -1, label: '', labelWidth: 0, labelX: x0, lines: [], before: false };
	}

	/** The right-hand limits to try, in order of preference. */
	const limitsOf = (item: Item) => (barrier !== undefined && item.x1 <= barrier ? [barrier, edge] : [edge]);

	/** Where the label starts on one side of the mark, if it fits in `free` and within `limit`. */
	function labelStart(item: Item, labelWidth: number, before: boolean, free: Free, limit: number): number | undefined {
		if (before) {
			const labelX = Math.min(item.x1, limit) - labelWidth;
			return labelX >= Math.max(free.from, 0) ? labelX : undefined;
		}
		const labelX = Math.max(item.x0, 0);
		return labelX + labelWidth <= Math.min(free.to, limit) ? labelX : undefined;
	}

	const oneLine = (fit: LabelFit): Form => ({ lines: [fit], width: fit.width });

	/**
	 * The free stretch around the item's mark in every row a label of `lines` lines takes with its mark in
	 * `row` (that row, and the row above for two lines), or undefined where one of them has none.
	 */
	function freeFor(item: Item, row: number, lines: number): Free | undefined {
		if (row - lines + 1 < 0 || row >= rows.length) return undefined;
		let from = -Infinity;
		let to = Infinity;
		for (let r = row - lines + 1; r <= row; r++) {
			const free = rows[r]!.freeAround(item.x0, item.x1);
			if (!free) return undefined;
			from = Math.max(from, free.from);
			to = Math.min(to, free.to);
		}
		return { from, to };
	}

	function take(item: Item, row: number, before: boolean, form: Form, labelX: number) {
		item.row = row;
		item.before = before;
		item.lines = form.lines;
		item.label = form.lines.length === 1 ? form.lines[0]!.text : form.lines.map((line) => line.text).join(' ');
		item.labelWidth = form.width;
		item.labelX = labelX;
		const from = Math.min(item.x0, labelX);
		const to = Math.max(item.x1, labelX + form.width);
		for (let r = row - form.lines.length + 1; r <= row; r++) rows[r]!.take(from, to);
	}

	/** Where the label starts in `row` on one side of its mark, if it has room there whole, within `limit`. */
	function roomAt(item: Item, form: Form, row: number, before: boolean, limit: number): number | undefined {
		const free = freeFor(item, row, form.lines.length);
		return free && labelStart(item, form.width, before, free, limit);
	}

	/** Places the item's label in `row` on one side of its mark, within `limit`, if it has room there. */
	function takeAt(item: Item, form: Form, row: number, before: boolean, limit: number): boolean {
		const labelX = roomAt(item, form, row, before, limit);
		if (labelX === undefined) return false;
		take(item, row, before, form, labelX);
		return true;
	}

	/** Places the item's label in the first row with room for it in this form, after its mark or else before it. */
	function takeFirst(item: Item, form: Form): boolean {
		for (const limit of limitsOf(item)) {
			for (let row = form.lines.length - 1; row < rows.length; row++) {
				if (takeAt(item, form, row, false, limit) || takeAt(item, form, row, true, limit)) return true;
			}
		}
		return false;
	}

	/** Whether some row has room for the label whole on one line, on either side. */
	const roomWhole = (item: Item, form: Form) =>
		limitsOf(item).some((limit) => rows.some((_, row) => roomAt(item, form, row, false, limit) !== undefined || roomAt(item, form, row, true, limit) !== undefined));

	/**
	 * Places the item in a given row (its previous slot), if it has room there: whole on one line, on the
	 * side it had, else on the other (the view has moved its mark nearer an edge or the as-of line); a label
	 * that was on two lines stays on two while no row has room for it on one. A label that changes sides
	 * moves less than one that changes rows.
	 */
	function tryAt(item: Item, slot: Slot): boolean {
		const fits = (form: Form) => [slot.before, !slot.before].some((side) => limitsOf(item).some((limit) => takeAt(item, form, slot.row, side, limit)));
		const whole = oneLine(options.label(item.event));
		if (fits(whole)) return true;
		const wrapped = slot.lines === 2 ? options.wrap?.(item.event) : undefined;
		return wrapped !== undefined && !roomWhole(item, whole) && fits(wrapped);
	}

	/**
	 * Places the item in the first row with room for its label whole, else on two lines in the first two
	 * rows with room for them, else cut to the most room there is.
	 */
	function place(item: Item, force = false): boolean {
		const fit = options.label(item.event);
		if (takeFirst(item, oneLine(fit))) return true;
		const wrapped = options.wrap?.(item.event);
		if (wrapped && takeFirst(item, wrapped)) return true;
		// Neither holds it: cut to the widest room, on either side, short of the as-of line.
		const limit = limitsOf(item)[0]!;
		let best: { row: number; before: boolean; room: number; free: Free } | undefined;
		for (let row = 0; row < rows.length; row++) {
			const free = rows[row]!.freeAround(item.x0, item.x1);
			if (!free) continue;
			const after = Math.min(free.to, limit) - Math.max(item.x0, 0);
			const before = Math.min(item.x1, limit) - Math.max(free.from, 0);
			const room = Math.max(after, before);
			if (!best || room > best.room) best = { row, before: before > after, room, free };
		}
		const cut = options.cut;
		if (best && cut && (best.room >= MIN_CUT_WIDTH || force)) {
			const short = cut(item.event, Math.max(best.room, 0));
			const labelX = labelStart(item, short.width, best.before, best.free, limit) ?? Math.max(item.x0, 0);
			take(item, best.row, best.before, oneLine(short), labelX);
			return true;
		}
		if (force) {
			// The focused event is drawn even with no room: over whatever is in row 0.
			take(item, 0, false, oneLine(cut ? cut(item.event, Math.max(MIN_CUT_WIDTH, width / 3)) : fit), Math.max(item.x0, 0));
			return true;
		}
		return false;
	}

	if (startingInView > denseLimit) {
		const summary = summariseLane(lane, domain, width, { clusterWidth, densityBin }, options.matched);
		if (pinnedInView) {
			// The focused event stays visible over the summary.
			const item = markOf(lane.events[pinnedIndex] as TimelineEvent, pinnedIndex);
			place(item, true);
			summary.placed.push(placedOf(item));
		}
		return summary;
	}

	const visible: Item[] = [];
	for (let i = first; i < end; i++) {
		if ((lane.ends[i] as number) <= a) continue;
		visible.push(markOf(lane.events[i] as TimelineEvent, i));
	}
	// Rows are taken in passes: the pinned event; events keeping the row and side they had in the previous
	// layout (so that labels stay put while the view moves, rather than reshuffling every frame as a greedy
	// packing from the left would); then the events that begin in view, in time order; then the spans that
	// began before it, so that a span running in from the left does not crowd out what begins on screen.
	const { previous } = options;
	const slotOf = (item: Item) => previous?.get(item.event.data.id);
	if (pinnedInView) {
		const item = visible.find((candidate) => candidate.index === pinnedIndex)!;
		const slot = slotOf(item);
		if (!slot || !tryAt(item, slot)) place(item, true);
	}
	if (previous?.size) {
		for (const item of visible) {
			if (item.row !== -1) continue;
			const slot = slotOf(item);
			if (slot && slot.row < rows.length) tryAt(item, slot);
		}
	}
	// A mark with no room even without its label joins a cluster unmeasured: just before a lane turns into
	// a summary, most of its events do, and measuring all their labels was most of the frame.
	const hasRoom = (item: Item) => rows.some((space) => space.freeAround(item.x0, item.x1) !== undefined);
	for (const item of visible) if (item.row === -1 && item.index >= firstStartingInView && hasRoom(item)) place(item);
	for (const item of visible) if (item.row === -1 && item.index < firstStartingInView && hasRoom(item)) place(item);

	function placedOf({ event, kind, row, x0, x1, cx, labelX, label, labelWidth, lines, before }: Item): PlacedEvent {
		return { event, kind, row, x0, x1, cx, labelX, label, labelWidth, lines, before };
	}

	const placed: PlacedEvent[] = [];
	const clusters: Cluster[] = [];
	const { matched } = options;
	let open: Cluster | undefined;
	for (const item of visible) {
		const { event, row, x0, x1 } = item;
		if (row !== -1) {
			placed.push(placedOf(item));
			continue;
		}
		// No row has room for the label: the event joins a cluster.
		if (open && x0 < open.x0 + clusterWidth) {
			open.count++;
			open.x1 = Math.min(Math.max(open.x1, x1), width + CLIP_MARGIN);
			open.end = Math.max(open.end, event.date.end);
		} else {
			open = { count: 1, x0: Math.max(x0, 0), x1, start: event.date.start, end: event.date.end };
			if (matched) open.matches = 0;
			clusters.push(open);
		}
		if (matched && matched[event.order]) open.matches! += 1;
	}
	return { placed, clusters, density: [] };
}

/** The free stretch of a row around an extent: from the end of what comes before it to the start of what comes after. */
interface Free {
	from: number;
	to: number;
}

/** The stretches of one row already taken, kept sorted, each with at least `gap` pixels to the next. */
class RowSpace {
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];
	constructor(private readonly gap: number) {}

	/** The free stretch holding [from, to] with the gap either side, or undefined where it is taken. */
	freeAround(from: number, to: number): Free | undefined {
		const i = bisectRight(this.starts, from);
		const before = i === 0 ? -Infinity : (this.ends[i - 1] as number) + this.gap;
		const after = i === this.starts.length ? Infinity : (this.starts[i] as number) - this.gap;
		return before <= from && to <= after ? { from: before, to: after } : undefined;
	}

	take(from: number, to: number) {
		const i = bisectRight(this.starts, from);
		this.starts.splice(i, 0, from);
		this.ends.splice(i, 0, to);
	}
}

/** Where each placed event is, to pass as `previous` to the next layout of the same lane. */
export function slotsOf(layout: LaneLayout): Map<string, Slot> {
	return new Map(layout.placed.map((placed) => [placed.event.data.id, { row: placed.row, before: placed.before, lines: placed.lines.length }]));
}

/**
 * A lane too dense to label: clusters and a density strip, counted by binary search. Cells are fixed to
 * time, not to the screen, so panning does not make their counts flicker. Every event that overlaps the
 * view is counted once: in the cell where it starts, or, for a span that began before the view, in the
 * first cell (the spans crossing the left edge are the events started before it that have not ended).
 */
function summariseLane(lane: Lane, domain: Domain, width: number, sizes: { clusterWidth: number; densityBin: number }, matched?: Uint8Array): LaneLayout {
	const matchesBefore = matched && matchCounts(lane, matched);
	/** How many of the lane's events from `first` to before `next` match. */
	const matchesIn = (first: number, next: number) => matchesBefore![next]! - matchesBefore![first]!;
	const [a, b] = domain;
	const msPerPx = (b - a) / width;
	const x = projector(domain, width);
	/** Visits each cell of `cellPx` with the events that start in it and before the view's end. */
	const cells = (cellPx: number, visit: (start: TimeMs, end: TimeMs, first: number, next: number) => void) => {
		const cellMs = cellPx * msPerPx;
		const firstCell = Math.floor(a / cellMs) * cellMs;
		let first = bisectLeft(lane.starts, firstCell);
		for (let start = firstCell; start < b; start += cellMs) {
			// The last cell runs past the view's end; what starts there is not in view.
			const next = bisectLeft(lane.starts, Math.min(start + cellMs, b));
			visit(start, start + cellMs, first, next);
			first = next;
		}
	};
	// The strip shows where events start.
	const density: DensityBin[] = [];
	cells(sizes.densityBin, (start, end, first, next) => {
		if (next > first) density.push({ x0: x(start), x1: x(end), count: next - first, ...(matchesBefore ? { matches: matchesIn(first, next) } : {}) });
	});
	// The first cluster also holds what began before its cell and has not ended by the view's start:
	// the events starting before the cell's end, less those ending at or before the view's start.
	const endedBefore = bisectRight(sortedEnds(lane), a);
	const clusters: Cluster[] = [];
	cells(sizes.clusterWidth, (start, end, first, next) => {
		const spansIn = clusters.length === 0 && start <= a;
		const count = spansIn ? next - endedBefore : next - first;
		if (count <= 0) return;
		const cluster: Cluster = { count, x0: x(start), x1: x(end), start, end };
		if (matchesBefore) {
			// As the count: the first cluster also holds the matches that began before the view and run into it.
			const inView = spansIn ? bisectLeft(lane.starts, a) : first;
			cluster.matches = matchesIn(inView, next) + (spansIn ? runningMatches(lane, matched!, a, inView) : 0);
		}
		clusters.push(cluster);
	});
	return { placed: [], clusters, density };
}

/** The matches among the events that start before `before` (an index in the lane) and are still running at `time`. */
function runningMatches(lane: Lane, matched: Uint8Array, time: TimeMs, before: number): number {
	let count = 0;
	for (let i = bisectLeft(lane.starts, time - lane.maxLength); i < before; i++) if (lane.ends[i]! > time && matched[lane.events[i]!.order]) count++;
	return count;
}

/** For each answer and lane, how many of the lane's events before each index match: counts in a range are a subtraction. */
const MATCH_COUNTS = new WeakMap<Uint8Array, WeakMap<Lane, Int32Array>>();

function matchCounts(lane: Lane, matched: Uint8Array): Int32Array {
	let byLane = MATCH_COUNTS.get(matched);
	if (!byLane) MATCH_COUNTS.set(matched, (byLane = new WeakMap()));
	let counts = byLane.get(lane);
	if (!counts) {
		counts = new Int32Array(lane.events.length + 1);
		for (let i = 0; i < lane.events.length; i++) counts[i + 1] = counts[i]! + matched[lane.events[i]!.order]!;
		byLane.set(lane, counts);
	}
	return counts;
}

/** Each lane's ends in ascending order, by the array of ends they sort: made the first time a lane is summarised. */
const SORTED_ENDS = new WeakMap<Float64Array, Float64Array>();

function sortedEnds(lane: Lane): Float64Array {
	let sorted = SORTED_ENDS.get(lane.ends);
	if (!sorted) SORTED_ENDS.set(lane.ends, (sorted = Float64Array.from(lane.ends).sort()));
	return sorted;
}

/** The time range that "fit all" shows: every event and the as-of day, with a margin either side. */
export function timelineExtent(timeline: Timeline, margin = 0.04): [TimeMs, TimeMs] {
	const [start, end] = columnsExtent(columnsOf(timeline), timeline.asOf, MS_PER_DAY);
	const pad = Math.max((end - start) * margin, MS_PER_DAY);
	return [start - pad, end + pad];
}
