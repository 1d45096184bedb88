import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, searchWords, wellFormed } from '../../../src/lib/model/search/normalise';
import { MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS, parseQuery, queryWords, type QueryTerm } from '../../../src/lib/model/search/query';
import { buildSearchIndex, type SearchRecord } from '../../../src/lib/model/search/search-index';
import { markMatches, matchPlace, stepMatch } from '../../../src/lib/model/search/matches';
import { searchLabels, searchRecord } from '../../../src/lib/model/search/search-record';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import { day, seedDocument, seedText } from '../helpers';

const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
const seedIndex = buildSearchIndex(
	searchLabels(seed),
	seed.events.map((event) => searchRecord(event, [seed.articles[0]!.text]))
);

function termsOf(query: string): QueryTerm[] {
	const parsed = parseQuery(query);
	return parsed.kind === 'terms' ? parsed.terms : [];
}
const idsFound = (query: string, filters = {}) => [...seedIndex.search(termsOf(query), filters)].map((order) => seed.events[order]!.data.id);

const labels = {
	lanes: [
		{ id: 'sahel', label: 'Sahel' },
		{ id: 'kyiv', label: 'Kyiv' }
	],
	categories: [{ id: 'war', label: 'Armed conflict' }]
};
const record = (texts: string[], start: number, more: Partial<SearchRecord> = {}): SearchRecord => ({ texts, lanes: [], start, end: start + 1, ...more });

describe('normaliseText', () => {
	it('folds case, accents and compatibility forms', () => {
		expect(normaliseText('Malí')).toBe('mali');
		expect(normaliseText('SAHEL')).toBe('sahel');
		expect(normaliseText('ﬁnal Ünïcode')).toBe('final unicode');
		expect(normaliseText('İstanbul')).toBe('istanbul');
	});
	it('turns a lone surrogate into U+FFFD and keeps a pair', () => {
		expect(wellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
		expect(wellFormed('😀')).toBe('😀');
	});
	it('is idempotent and never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
				const once = normaliseText(text);
				expect(normaliseText(once)).toBe(once);
				expect(wellFormed(once)).toBe(once);
			})
		);
	});
});

describe('parseQuery', () => {
	it('reads words and quoted phrases', () => {
		expect(parseQuery('Sahel  Wagner')).toEqual({
			kind: 'terms',
			terms: [
				{ words: ['sahel'], phrase: false },
				{ words: ['wagner'], phrase: false }
			]
		});
		expect(parseQuery('"city hall" crocus')).toEqual({
			kind: 'terms',
			terms: [
				{ words: ['crocus'], phrase: false },
				{ words: ['city', 'hall'], phrase: true }
			]
		});
	});
	it('drops a word that starts another, which adds nothing to an all-words search', () => {
		expect(queryWords(parseQuery('cro crocus crocus'))).toEqual(['crocus']);
	});
	it('takes an unclosed quote as a phrase being typed', () => {
		expect(parseQuery('"city ha')).toMatchObject({ terms: [{ words: ['city', 'ha'], phrase: true }] });
	});
	it('finds nothing to look for in punctuation, and refuses what is too long or has too many words', () => {
		expect(parseQuery('   ')).toEqual({ kind: 'empty' });
		expect(parseQuery('.*')).toMatchObject({ kind: 'empty', reason: expect.stringContaining('no letters') });
		expect(parseQuery('x'.repeat(MAX_QUERY_CHARACTERS + 1)).kind).toBe('refused');
		expect(parseQuery('a'.repeat(1_000_000)).kind).toBe('refused');
		expect(parseQuery(Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' ')).kind).toBe('refused');
	});
	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				expect(['terms', 'empty', 'refused']).toContain(parseQuery(text).kind);
			})
		);
	});
});

describe('SearchIndex', () => {
	it('finds the Crocus event on the seed by any start of the word, in any case', () => {
		for (const query of ['crocus', 'Cro', 'CROCUS', 'crócus']) expect(idsFound(query)).toContain('crocus-city-hall-attack');
		expect(idsFound('crocus')).toEqual(['crocus-city-hall-attack']);
	});
	it('requires every word, and a quoted phrase in a row', () => {
		expect(idsFound('crocus moscow')).toEqual(['crocus-city-hall-attack']);
		expect(idsFound('crocus zzzz')).toEqual([]);
		expect(idsFound('"city hall"')).toEqual(['crocus-city-hall-attack']);
		expect(idsFound('"hall city"')).toEqual([]);
	});
	it('searches excerpts, citations, lane and category names', () => {
		const index = buildSearchIndex(labels, [
			record(['Coup in Bamako'], 1, { lanes: ['sahel'], category: 'war' }),
			record(['Talks'], 2, { lanes: ['kyiv'] }),
			record(['Report'], 3, { texts: ['Report', 'Le Monde'] })
		]);
		expect([...index.search(termsOf('sahel'))]).toEqual([0]);
		expect([...index.search(termsOf('armed conf'))]).toEqual([0]);
		expect([...index.search(termsOf('monde'))]).toEqual([2]);
		expect([...index.search(termsOf('"sahel armed"'))]).toEqual([]);
	});
	it('filters by lane, category and date range, with the words or alone', () => {
		const index = buildSearchIndex(labels, [
			record(['Wagner in Mali'], day(2021), { lanes: ['sahel'], category: 'war' }),
			record(['Wagner in Kyiv'], day(2022), { lanes: ['kyiv', 'sahel'] }),
			record(['Wagner leaves'], day(2023), { lanes: ['kyiv'] })
		]);
		expect([...index.search(termsOf('wagner'), { lanes: ['sahel'] })]).toEqual([0, 1]);
		expect([...index.search(termsOf('wagner'), { categories: ['war'] })]).toEqual([0]);
		expect([...index.search([], { since: day(2022), until: day(2023) })]).toEqual([1]);
		expect([...index.search([], { lanes: ['nowhere'] })]).toEqual([]);
		expect([...index.search([], {})]).toEqual([0, 1, 2]);
	});
	it('finds every event of a synthetic timeline by any start of any word of its title', () => {
		const timeline = syntheticTimeline(300, 7);
		const index = buildSearchIndex(
			searchLabels(timeline),
			timeline.events.map((event) => searchRecord(event, [timeline.articles[0]!.text]))
		);
		fc.assert(
			fc.property(fc.nat(timeline.events.length - 1), fc.nat(40), (order, cut) => {
				const words = searchWords(timeline.events[order]!.data.title);
				const query = words.map((word) => word.slice(0, 1 + (cut % word.length))).join(' ');
				expect(index.search(termsOf(query))).toContain(order);
			})
		);
	});
	it('indexes a five-megabyte title by its start, and answers hostile queries', () => {
		const index = buildSearchIndex(labels, [record(['crocus '.repeat(750_000)], 1), record(['\uD800 lone \uDC00'], 2)]);
		expect([...index.search(termsOf('crocus'))]).toEqual([0]);
		expect([...index.search(termsOf('lone'))]).toEqual([1]);
		expect(parseQuery('\uD800').kind).toBe('empty');
	});
});

describe('stepping and marking', () => {
	const matches = Int32Array.from([2, 5, 9]);
	it('steps forward and back in time order, wrapping round', () => {
		expect(stepMatch(matches, -1, true)).toBe(2);
		expect(stepMatch(matches, 2, true)).toBe(5);
		expect(stepMatch(matches, 3, true)).toBe(5);
		expect(stepMatch(matches, 9, true)).toBe(2);
		expect(stepMatch(matches, 5, false)).toBe(2);
		expect(stepMatch(matches, 6, false)).toBe(5);
		expect(stepMatch(matches, 2, false)).toBe(9);
		expect(stepMatch(matches, -1, false)).toBe(9);
		expect(stepMatch(new Int32Array(0), 0, true)).toBeUndefined();
	});
	it('says a match’s place among the matches', () => {
		expect(matchPlace(matches, 5)).toBe(1);
		expect(matchPlace(matches, 6)).toBe(-1);
	});
	it('marks whole words that start with a query word, keeping the text', () => {
		const runs = markMatches('The Crocus City Hall, in Malí.', ['cro', 'mali']);
		expect(runs.filter((run) => run.matched).map((run) => run.text)).toEqual(['Crocus', 'Malí']);
		expect(runs.map((run) => run.text).join('')).toBe('The Crocus City Hall, in Malí.');
	});
	it('keeps any text whole, whatever it holds', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), (text, words) => {
				expect(
					markMatches(text, words.map(normaliseText).filter(Boolean))
						.map((run) => run.text)
						.join('')
				).toBe(text);
			})
		);
	});
});
