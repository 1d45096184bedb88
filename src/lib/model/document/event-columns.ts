/**
 * What the views read of every event, whatever is in view, as typed arrays in time order: its times, the
 * slot of its lane and category, and a few flags. Building lanes and the extent, and asking whether any
 * event is from the article or still running, then walks numbers rather than 100,000 event objects
 * scattered over the heap. The loading worker builds them beside the events it checked and hands them
 * over whole (their buffers are transferred); otherwise they are built once per timeline when first asked.
 */
import type { Timeline, TimelineEvent } from './timeline';

export interface EventColumns {
	start: Float64Array;
	end: Float64Array;
	/** The slot in `document.lanes` of the event's first lane, -1 if it is not declared. */
	lane: Int32Array;
	/** The slot in `document.categories` of its category, -1 if it is not declared. */
	category: Int32Array;
	/** ARTICLE, ONGOING and STATED_BAND, or'ed. */
	flags: Uint8Array;
}

/** The event comes from the article (origin "article"). */
export const ARTICLE = 1;
/** An open-ended span, drawn up to the as-of date. */
export const ONGOING = 2;
/** The article's stated date is drawn as a band of its own (statedBand). */
export const STATED_BAND = 4;

export function eventColumns({ document, events }: Pick<Timeline, 'document' | 'events'>): EventColumns {
	const laneSlots = new Map(document.lanes.map((lane, slot) => [lane.id, slot]));
	const categorySlots = new Map(document.categories.map((category, slot) => [category.id, slot]));
	const count = events.length;
	const columns: EventColumns = {
		start: new Float64Array(count),
		end: new Float64Array(count),
		lane: new Int32Array(count),
		category: new Int32Array(count),
		flags: new Uint8Array(count)
	};
	for (let i = 0; i < count; i++) {
		const event = events[i]!;
		const { data, date } = event;
		columns.start[i] = date.start;
		columns.end[i] = date.end;
		columns.lane[i] = laneSlots.get(data.lanes[0] ?? '') ?? -1;
		columns.category[i] = categorySlots.get(data.category ?? '') ?? -1;
		columns.flags[i] = (data.origin === 'article' ? ARTICLE : 0) | (date.ongoing ? ONGOING : 0) | (statedBand(event) ? STATED_BAND : 0);
	}
	return columns;
}

const built = new WeakMap<Timeline, EventColumns>();

/** The timeline's columns: those it came with, or built now and kept. */
export function columnsOf(timeline: Timeline): EventColumns {
	if (timeline.columns) return timeline.columns;
	let columns = built.get(timeline);
	if (!columns) built.set(timeline, (columns = eventColumns(timeline)));
	return columns;
}

/** Whether any event has one of the flags. */
export function anyFlagged(columns: EventColumns, flags: number): boolean {
	for (let i = 0; i < columns.flags.length; i++) if (columns.flags[i]! & flags) return true;
	return false;
}

/** Whether any event lacks all of the flags (is not from the article, for ARTICLE). */
export function anyUnflagged(columns: EventColumns, flags: number): boolean {
	for (let i = 0; i < columns.flags.length; i++) if (!(columns.flags[i]! & flags)) return true;
	return false;
}

/** The earliest start and latest end of all events, and the as-of day. */
export function columnsExtent(columns: EventColumns, asOf: number, dayMs: number): [number, number] {
	let start = asOf;
	let end = asOf + dayMs;
	for (let i = 0; i < columns.start.length; i++) {
		if (columns.start[i]! < start) start = columns.start[i]!;
		if (columns.end[i]! > end) end = columns.end[i]!;
	}
	return [start, end];
}

/** The date as the article states it, where it is drawn: a band wider than the resolved date (not an ongoing span's). */
export function statedBand({ stated, date }: TimelineEvent): { start: number; end: number } | undefined {
	if (!stated || stated.ongoing || (stated.start === date.start && stated.end === date.end)) return undefined;
	return stated;
}
