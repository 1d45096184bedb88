/**
 * The overview of a timeline's marks for the shelf: where its events fall across the range they span, as
 * fractions of that range (0 at the first event's start, 1 at the last one's end), so that a small static
 * SVG can draw them at any width. Events that cover a visible stretch of it (spans, "the 1980s") become bars
 * in up to `maxRows` rows, packed so that bars in a row do not touch; the rest become points on a row of
 * their own.
 */
import type { TimeMs } from '../date/time';
import type { TimelineEvent } from '../document/timeline';

export interface OverviewMark {
	id: string;
	kind: 'point' | 'bar';
	/** Where the mark starts and ends across the range, 0–1 (a point's are the same: its middle). */
	x0: number;
	x1: number;
	/** A bar's row, from 0 (the top); points have a row of their own below the bars. */
	row: number;
	/** Added by the editor for context, not from the article. */
	context: boolean;
	/** A date known only roughly (approximate, uncertain, or a single date as wide as a bar: "the 1980s"), drawn softer. */
	rough: boolean;
}

export interface Overview {
	/** The range the fractions are of: the first event's start to the last event's end. */
	start: TimeMs;
	end: TimeMs;
	/** Rows of bars (0 when every event is a point); the points' row comes after them. */
	barRows: number;
	/** The article's as-of date across the range, where it falls inside it. */
	asOf?: number;
	/** Bars first (in time order), then points, so that points are drawn over bars. */
	marks: OverviewMark[];
}

export interface OverviewOptions {
	/** At most this many rows of bars; more overlapping spans share the row that frees up first. */
	maxRows?: number;
	/** An event narrower than this fraction of the range is drawn as a point. */
	minBar?: number;
	/** The room kept between two bars of a row, as a fraction of the range. */
	gap?: number;
}

/** The shortest range an overview spans: one day, so that a single moment still has a middle. */
const MIN_RANGE = 86_400_000;

/** The overview of `events` (in time order or not), whose ongoing spans end at `asOf`. */
export function overviewOf(events: readonly TimelineEvent[], asOf: TimeMs, options: OverviewOptions = {}): Overview {
	const { maxRows = 3, minBar = 0.015, gap = 0.01 } = options;
	if (events.length === 0) return { start: asOf, end: asOf + MIN_RANGE, barRows: 0, asOf: 0, marks: [] };
	let start = Infinity;
	let end = -Infinity;
	for (const event of events) {
		start = Math.min(start, event.date.start);
		end = Math.max(end, event.date.end);
	}
	if (end - start < MIN_RANGE) {
		const middle = (start + end) / 2;
		start = middle - MIN_RANGE / 2;
		end = middle + MIN_RANGE / 2;
	}
	const at = (time: TimeMs) => Math.min(1, Math.max(0, (time - start) / (end - start)));

	const ordered = [...events].sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end || a.order - b.order);
	const bars: OverviewMark[] = [];
	const points: OverviewMark[] = [];
	/** The end of the last bar in each row. */
	const rowEnds: number[] = [];
	for (const event of ordered) {
		const x0 = at(event.date.start);
		const x1 = at(event.date.end);
		const mark = { id: event.data.id, context: event.data.origin === 'context' };
		const fuzzy = event.date.approximate || event.date.uncertain;
		if (x1 - x0 < minBar) {
			const middle = (x0 + x1) / 2;
			points.push({ ...mark, kind: 'point', x0: middle, x1: middle, row: 0, rough: fuzzy });
			continue;
		}
		let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= x0);
		if (row === -1 && rowEnds.length < maxRows) row = rowEnds.length;
		// Every row is taken where this bar starts: it shares the row that frees up first.
		if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
		rowEnds[row] = Math.max(rowEnds[row] ?? 0, x1);
		// A single date as wide as a bar ("the 1980s") is one known only roughly, as the chart's soft band.
		bars.push({ ...mark, kind: 'bar', x0, x1, row, rough: fuzzy || !event.date.isSpan });
	}
	const barRows = rowEnds.length;
	for (const point of points) point.row = barRows;
	const overview: Overview = { start, end, barRows, marks: [...bars, ...points] };
	if (asOf >= start && asOf <= end) overview.asOf = at(asOf);
	return overview;
}
