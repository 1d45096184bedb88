/**
 * The full view's list of events, in pages once it is too long to be in the page whole: which page holds
 * an event, what a page spans, and where a jump to a date lands. Positions count from 0 in time order.
 */
import { formatInteger } from '../text/format-number';
import type { TimeMs } from '../date/time';

/**
 * Up to this many events the list is whole, in every page as prerendered: a long article's events, which
 * a reader scrolls through, searches with the browser and prints (a few dozen sheets). Beyond it the list
 * is a document's, not an article's, and whole it would be tens of thousands of elements.
 */
export const WHOLE_LIST_LIMIT = 300;
/** Events on one page of a longer list: a screenful or two of reading, and a page the browser lays out at once. */
export const PAGE_SIZE = 100;
/**
 * Up to this many events a paged list is shown whole when the reader asks, and printed whole: a few
 * hundred printed sheets at most. A longer list prints the page shown.
 */
export const SHOW_ALL_LIMIT = 2000;

/** A stretch of the list: `start` inclusive, `end` exclusive. */
export interface ListRange {
	start: number;
	end: number;
}

export const isPaged = (total: number): boolean => total > WHOLE_LIST_LIMIT;

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** The page that holds the event at `position` (clamped to the list). */
export function pageOf(position: number, total: number): number {
	return clampPage(Math.floor(position / PAGE_SIZE), total);
}

export function clampPage(page: number, total: number): number {
	return Math.min(Math.max(0, Math.trunc(page) || 0), pageCount(total) - 1);
}

/** The events page `page` (clamped) holds. */
export function pageRange(page: number, total: number): ListRange {
	const start = clampPage(page, total) * PAGE_SIZE;
	return { start, end: Math.min(total, start + PAGE_SIZE) };
}

/** "101–200": a range's positions as the reader counts them, from 1. */
export function rangeNumbers({ start, end }: ListRange): string {
	return end - start === 1 ? formatInteger(end) : `${formatInteger(start + 1)}–${formatInteger(end)}`;
}

/** "Events 101–200 of 10,000", or "All 1,500 events". */
export function describeRange(range: ListRange, total: number): string {
	if (range.start === 0 && range.end === total) return `All ${formatInteger(total)} events`;
	return `${range.end - range.start === 1 ? 'Event' : 'Events'} ${rangeNumbers(range)} of ${formatInteger(total)}`;
}

/**
 * Where a jump to `time` lands: the first event (in time order, which is by start) that starts at or
 * after it, or the last event where none does. A binary search: the list may be 100,000 events long.
 */
export function positionAtTime(events: readonly { date: { start: TimeMs } }[], time: TimeMs): number {
	let low = 0;
	let high = events.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (events[middle]!.date.start < time) low = middle + 1;
		else high = middle;
	}
	return Math.min(low, Math.max(0, events.length - 1));
}
