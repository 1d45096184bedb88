/** What the index reads of an event: its own words and where it sits, as a SearchRecord. */
import type { TimelineEventData } from '../document/schema';
import type { ExcerptRange, Timeline, TimelineEvent } from '../document/timeline';
import type { SearchLabels, SearchRecord } from './search-index';

/** `texts` are the timeline's articles' texts, in its order, in which the event's excerpts count. */
export function searchRecord(event: TimelineEvent, texts: readonly string[]): SearchRecord {
	return recordOf(event.data, event.excerpts, texts, event.date.start, event.date.end);
}

/** The record of an event's data and excerpts, and its time: what the loading worker's batches hold, with their times beside them. */
export function recordOf(data: TimelineEventData, excerpts: readonly ExcerptRange[], texts: readonly string[], start: number, end: number): SearchRecord {
	const words = [data.title, data.summary];
	if (data.stated) words.push(data.stated.text);
	for (const range of excerpts) words.push(texts[range.article]?.slice(range.start, range.end) ?? '');
	for (const citation of data.date.citations) {
		words.push(citation.title);
		if (citation.publisher) words.push(citation.publisher);
	}
	return { texts: words, lanes: data.lanes, category: data.category, start, end };
}

export function searchLabels(timeline: Timeline): SearchLabels {
	const { lanes, categories } = timeline.document;
	return { lanes: lanes.map(({ id, label }) => ({ id, label })), categories: categories.map(({ id, label }) => ({ id, label })) };
}
