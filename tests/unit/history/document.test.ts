import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles, type HistoryArticle } from '../../../src/lib/model/history/articles';
import { historyDocument } from '../../../src/lib/model/history/document';
import { formatFault, loadTimeline } from '../../../src/lib/model/document/timeline';

/** A story of the development set, as its JSON Lines give it. */
function story(id: string): HistoryArticle[] {
	const read = readArticles(readFileSync(join(import.meta.dirname, '../../../bench/history/stories', id, 'articles.jsonl'), 'utf8'));
	if ('fault' in read) throw new Error(read.fault.message);
	return read.articles;
}

// Thirty-five Wikinews articles on the 2020 US election: events reported by several of them.
const articles = story('us-election-2020');
const drafted = historyDocument(articles, { id: 'us-election-2020', title: 'The 2020 US election', events: 12, publisher: 'Wikinews' });

describe('a history drafted as a timeline document', () => {
	it('validates and loads, every excerpt anchored in the article it names', () => {
		const { timeline, faults } = loadTimeline(drafted.document, { file: 'us-election-2020.json' });
		expect(faults.map(formatFault)).toEqual([]);
		expect(timeline!.articles).toHaveLength(articles.length);
		expect(timeline!.events.every((event) => event.excerpts.length === event.data.excerpts.length)).toBe(true);
	});

	it('holds the top events of the ranking, and keeps the rest as ranked candidates', () => {
		expect(drafted.document.events).toEqual(drafted.candidates.slice(0, 12).map((candidate) => candidate.event));
		expect(drafted.candidates.length).toBeGreaterThan(12);
		const scores = drafted.candidates.map((candidate) => candidate.source.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('cites every article that reports an event, by its id in the document', () => {
		const ids = new Set(drafted.document.articles!.map((article) => article.id));
		for (const { event, source } of drafted.candidates) {
			const cited = new Set(event.excerpts.map((excerpt) => excerpt.article));
			for (const id of cited) expect(ids.has(id!)).toBe(true);
			expect(cited.size).toBeLessThanOrEqual(source.articles.length);
		}
		expect(drafted.candidates.some(({ event }) => new Set(event.excerpts.map((e) => e.article)).size > 1)).toBe(true);
	});

	it('credits each article as the input gives it, its publisher where the input gives none', () => {
		const first = drafted.document.articles![0]!;
		expect(first).toMatchObject({ title: articles[0]!.title, publisher: 'Wikinews', published: articles[0]!.published, url: articles[0]!.url });
		expect(first.text).toBe(articles[0]!.text);
	});

	it("labels the lanes and categories of every candidate, the document's among them", () => {
		const lanes = new Set(drafted.labels.lanes.map((lane) => lane.id));
		const categories = new Set(drafted.labels.categories.map((category) => category.id));
		for (const { event } of drafted.candidates) {
			for (const lane of event.lanes) expect(lanes.has(lane)).toBe(true);
			if (event.category) expect(categories.has(event.category)).toBe(true);
		}
		expect(drafted.document.lanes.every((lane) => lanes.has(lane.id))).toBe(true);
		expect(drafted.labels.lanes.length).toBeGreaterThan(drafted.document.lanes.length);
	});

	it('is the same each time', () => {
		expect(historyDocument(articles, { id: 'us-election-2020', title: 'The 2020 US election', events: 12, publisher: 'Wikinews' }).document).toEqual(drafted.document);
	});
});
