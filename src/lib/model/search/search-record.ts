/** What the index reads of an event: its own words and where it sits, as a SearchRecord. */
import type { TextRange } from '../document/anchor';
import type { TimelineEventData } from '../document/schema';
import type { Timeline, TimelineEvent } from '../document/timeline';
import type { SearchLabels, SearchRecord } from './search-index';

export function searchRecord(event: TimelineEvent, text: string): SearchRecord {
	return recordOf(event.data, event.excerpts, text, event.date.start, event.date.end);
}

/** The record of an event's data and excerpts, and its time: what the loading worker's batches hold, with their times beside them. */
export function recordOf(data: TimelineEventData, excerpts: readonly TextRange[], text: string, start: number, end: number): SearchRecord {
	const texts = [data.title, data.summary];
	if (data.stated) texts.push(data.stated.text);
	for (const range of excerpts) texts.push(text.slice(range.start, range.end));
	for (const citation of data.date.citations) {
		texts.push(citation.title);
		if (citation.publisher) texts.push(citation.publisher);
	}
	return { texts, lanes: data.lanes, category: data.category, start, end };
}

export function searchLabels(timeline: Timeline): SearchLabels {
	const { lanes, categories } = timeline.document;
	return { lanes: lanes.map(({ id, label }) => ({ id, label })), categories: categories.map(({ id, label }) => ({ id, label })) };
}
