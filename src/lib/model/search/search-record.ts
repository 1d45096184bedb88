/** What the index reads of an event: its own words and where it sits, as a SearchRecord. */
import type { Timeline, TimelineEvent } from '../document/timeline';
import type { SearchLabels, SearchRecord } from './search-index';

export function searchRecord(event: TimelineEvent, text: string): SearchRecord {
	const { data } = event;
	const texts = [data.title, data.summary];
	if (data.stated) texts.push(data.stated.text);
	for (const range of event.excerpts) texts.push(text.slice(range.start, range.end));
	for (const citation of data.date.citations) {
		texts.push(citation.title);
		if (citation.publisher) texts.push(citation.publisher);
	}
	return { texts, lanes: data.lanes, category: data.category, start: event.date.start, end: event.date.end };
}

export function searchLabels(timeline: Timeline): SearchLabels {
	const { lanes, categories } = timeline.document;
	return { lanes: lanes.map(({ id, label }) => ({ id, label })), categories: categories.map(({ id, label }) => ({ id, label })) };
}
