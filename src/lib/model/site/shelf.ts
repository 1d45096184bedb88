/**
 * The shelf at `/`: one entry per bundled timeline, with what a reader needs to choose one (its article,
 * as-of date, the years its events span, how many there are and where they fall), as plain data, so that
 * the page carries a few numbers per timeline rather than the timelines themselves.
 */
import { licencesOf, sourcesSummary, type CreditedArticle } from '../document/attribution';
import { articleDay, articlesOf, isHistory, timelineTitle } from '../document/articles';
import type { Licence } from '../document/schema';
import { formatDay, formatExtent } from '../date/format-date';
import { formatInteger } from '../text/format-number';
import { overviewOf, type Overview } from './overview';
import type { Timeline } from '../document/timeline';

export interface ShelfEntry {
	id: string;
	title: string;
	language: string;
	/** Who published what the timeline is drawn from: the article's publisher, or "14 articles from Wikinews". */
	byline: string;
	/** The one article, credited where it is licensed. */
	article?: CreditedArticle;
	/** A history's articles' licences, each once. */
	licences: Licence[];
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
	const { document } = timeline;
	const articles = articlesOf(document);
	const overview = overviewOf(timeline.events, timeline.asOf);
	const count = timeline.events.length;
	const first = articles[0]!;
	const one = isHistory(document)
		? {}
		: { article: { title: first.title, publisher: first.publisher, ...(first.url ? { url: first.url } : {}), ...(first.licence ? { licence: first.licence } : {}) } };
	return {
		id,
		title: timelineTitle(document),
		language: first.language,
		byline: isHistory(document) ? sourcesSummary(articles) : first.publisher,
		...one,
		licences: isHistory(document) ? licencesOf(articles) : [],
		// The latest article's day, as loadTimeline took it (ISO days of four-digit years sort as text).
		asOf: articles.map(articleDay).reduce<string>((latest, day) => (day !== undefined && day > latest ? day : latest), ''),
		asOfText: formatDay(timeline.asOf),
		range: formatExtent(overview.start, overview.end),
		events: `${formatInteger(count)} ${count === 1 ? 'event' : 'events'}`,
		overview
	};
}

/** Newest as-of first, as news is read; then by title. (ISO days of four-digit years sort as text.) */
export function byNewestFirst(a: ShelfEntry, b: ShelfEntry): number {
	if (a.asOf !== b.asOf) return a.asOf < b.asOf ? 1 : -1;
	return a.title.localeCompare(b.title, 'en');
}
