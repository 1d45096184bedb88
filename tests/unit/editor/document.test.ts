import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentOf } from '../../../src/lib/model/editor/document';
import { openFiles } from '../../../src/lib/model/editor/open';
import { isHistoryState, type EditorState, type Review } from '../../../src/lib/model/editor/state';
import type { OpenedFile } from '../../../src/lib/model/read/open-files';
import { timelineDocumentSchema, type TimelineEventData } from '../../../src/lib/model/document/schema';
import { creditLines } from '../../../src/lib/model/document/attribution';
import { seedDocument, seedText } from '../helpers';

function seedState(): EditorState {
	const result = openFiles([
		{ name: 'timeline.json', text: JSON.stringify(seedDocument()) },
		{ name: 'article.txt', text: seedText() }
	]);
	if (result.kind !== 'document' || isHistoryState(result.state)) throw new Error(JSON.stringify(result));
	return result.state;
}

/**
 * What opening the published document gives back: the events not rejected, every one accepted (keyed by
 * its place) and its id published, and the lanes and categories they use.
 */
const published = (state: EditorState): EditorState => {
	const events = state.events.filter((entry) => entry.review !== 'rejected').map((entry, key) => ({ ...entry, key, review: 'accepted' as const }));
	return {
		...state,
		events,
		publishedIds: events.map((entry) => entry.event.id),
		lanes: state.lanes.filter((lane) => events.some((entry) => entry.event.lanes.includes(lane.id))),
		categories: state.categories.filter((category) => events.some((entry) => entry.event.category === category.id))
	};
};

function reopen(state: EditorState, textFile?: string): EditorState {
	const files: OpenedFile[] = [{ name: 'timeline.json', text: JSON.stringify(documentOf(state, textFile === undefined ? {} : { textFile })) }];
	if (textFile !== undefined) files.push({ name: textFile, text: state.text });
	const result = openFiles(files);
	if (result.kind !== 'document' || isHistoryState(result.state)) throw new Error(JSON.stringify(result));
	return result.state;
}

describe('documentOf', () => {
	it('publishes every event not rejected, with the article text inline', () => {
		const state = seedState();
		const reviews: Review[] = ['rejected', 'proposed'];
		state.events = state.events.map((entry, i) => ({ ...entry, review: reviews[i] ?? entry.review }));
		const document = documentOf(state);
		expect(timelineDocumentSchema.safeParse(document).success).toBe(true);
		expect(document.events.map((event) => event.id)).toEqual(state.events.slice(1).map((entry) => entry.event.id));
		expect(document.article.text).toBe(seedText());
		expect(document.article).not.toHaveProperty('textFile');
	});

	it('names the article text as a file when asked, holding no text inline', () => {
		const document = documentOf(seedState(), { textFile: 'article.txt' });
		expect(document.article.textFile).toBe('article.txt');
		expect(document.article).not.toHaveProperty('text');
	});

	it('gives back the seed document it was opened from', () => {
		expect(documentOf(seedState(), { textFile: 'article.txt' })).toEqual(seedDocument());
	});

	it("publishes the article's licence, credited as the bundled Wikinews timelines are, and opens with it again", () => {
		const licence = { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/', changes: 'photo captions left out' };
		const state = { ...seedState(), article: { ...seedState().article, url: 'https://example.org/a', licence } };
		const document = documentOf(state);
		expect(document.article.licence).toEqual(licence);
		expect(timelineDocumentSchema.safeParse(document).success).toBe(true);
		expect(creditLines(document).licence).toBe('The article is licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). Changes: photo captions left out.');
		expect(reopen(state).article).toEqual(state.article);
		expect(reopen(state, 'article.txt').article.licence).toEqual(licence);
	});
});

const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
/** Text the schema keeps as it is: not empty, no white space to trim. */
const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((text) => text.trim() === text && text.length > 0);
const method = fc.constantFrom('stated', 'inferred', 'external');

const event: fc.Arbitrary<TimelineEventData> = fc.record(
	{
		id: kebab,
		title: words,
		summary: words,
		origin: fc.constantFrom('article', 'context'),
		category: fc.constantFrom('conflict', 'law', 'diplomacy', 'governance'),
		lanes: fc.uniqueArray(fc.constantFrom('russia', 'ussr', 'taliban', 'is-k', 'united-states'), { minLength: 1, maxLength: 3 }),
		stated: fc.record({ text: words, edtf: fc.constantFrom('2021', '198X', '2003/..') }, { requiredKeys: ['text'] }),
		date: fc.record(
			{ edtf: fc.constantFrom('2024-03', '1979-12-24/1989-02-15', '2003/..', '2024-07-04T10:00:00Z', 'Y-13800000000'), method, note: words, citations: fc.constant([]) },
			{ requiredKeys: ['edtf', 'method', 'citations'] }
		),
		excerpts: fc.array(fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: words, prefix: fc.string() }, { requiredKeys: ['type', 'exact'] }), { maxLength: 2 }),
		updates: kebab
	},
	{ requiredKeys: ['id', 'title', 'summary', 'origin', 'category', 'lanes', 'date', 'excerpts'] }
);
const review = fc.constantFrom<Review>('proposed', 'accepted', 'rejected');

describe('a published document opened again', () => {
	it('is the state it was published from, apart from the review, with the text inline or in a file', () => {
		const base = seedState();
		fc.assert(
			fc.property(
				// Ids unique, as the editor keeps them (a document repeating one is refused when opened).
				fc
					.uniqueArray(fc.record({ event, review }), { minLength: 1, maxLength: 6, selector: (entry) => entry.event.id })
					.filter((events) => events.some((entry) => entry.review !== 'rejected')),
				fc.string({ unit: 'grapheme', maxLength: 200 }).filter((text) => text.trim() !== '' && !text.startsWith('\uFEFF')),
				fc.option(fc.constant('article.txt')),
				(events, text, textFile) => {
					const state: EditorState = { ...base, text, events: events.map((entry, key) => ({ key, ...entry })) };
					expect(reopen(state, textFile ?? undefined)).toEqual(published(state));
				}
			)
		);
	});
});
