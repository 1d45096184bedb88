/**
 * The shelf at `/`: one entry per bundled timeline, with what a reader needs to choose one (its article,
 * as-of date, the years its events span, how many there are and where they fall), as plain data, so that
 * the page carries a few numbers per timeline rather than the timelines themselves.
 */
import type { CreditedArticle } from '../document/attribution';
import { formatDay, formatExtent } from '../date/format-date';
import { formatInteger } from '../text/format-number';
import { overviewOf, type Overview } from './overview';
import type { Timeline } from '../document/timeline';

export interface ShelfEntry {
	id: string;
	article: CreditedArticle & { language: string };
	/** The as-of day, YYYY-MM-DD (for <time datetime> and for the order of the shelf). */
	asOf: string;
	/** "5 Jul 2024" */
	asOfText: string;
	/** "1979 – 2025": the stretch the events cover, context events and all. */
	range: string;
	/** "11 events" */
	events: string;
	overview: Overview;
}

export function shelfEntry(id: string, timeline: Timeline): ShelfEntry {
	const { title, publisher, language, url, licence } = timeline.document.article;
	const overview = overviewOf(timeline.events, timeline.asOf);
	const count = timeline.events.length;
	return {
		id,
		article: { title, publisher, language, ...(url ? { url } : {}), ...(licence ? { licence } : {}) },
		asOf: timeline.document.article.asOf.date,
		asOfText: formatDay(timeline.asOf),
		range: formatExtent(overview.start, overview.end),
		events: `${formatInteger(count)} ${count === 1 ? 'event' : 'events'}`,
		overview
	};
}

/** Newest as-of first, as news is read; then by title. (ISO days of four-digit years sort as text.) */
export function byNewestFirst(a: ShelfEntry, b: ShelfEntry): number {
	if (a.asOf !== b.asOf) return a.asOf < b.asOf ? 1 : -1;
	return a.article.title.localeCompare(b.article.title, 'en');
}
