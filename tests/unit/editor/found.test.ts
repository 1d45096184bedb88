import { describe, expect, it } from 'vitest';
import { stateOf } from '../../../src/lib/model/editor/document';
import { draftState, rereadInferredDates, setArticle } from '../../../src/lib/model/editor/edits';
import { findDates, foundDatesOf, MAX_DRAFTED_ARTICLE_CHARACTERS } from '../../../src/lib/model/editor/found';
import type { EditorState } from '../../../src/lib/model/editor/state';
import { extractTemporalExpressions } from '../../../src/lib/model/extract/extract';
import type { ArticleTimelineDocument } from '../../../src/lib/model/document/schema';
import { seedDocument, seedText } from '../helpers';

const seed = () =>
	draftState({
		text: seedText(),
		published: '2024-07-05',
		article: { title: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism', publisher: 'The Defense News', language: 'en' }
	});

const withPublished = (state: EditorState, date: string) => setArticle(state, { ...state.article, asOf: { ...state.article.asOf, date } });

describe('the dates found in an article, found once', () => {
	it('are kept from the draft, with what it made no event of and why', () => {
		const state = seed();
		expect(state.found?.published).toBe('2024-07-05');
		expect(state.found?.expressions).toEqual(extractTemporalExpressions(seedText(), '2024-07-05').expressions);
		expect(state.found?.skipped.map((s) => [state.found?.expressions[s.expression]?.text, s.reason])).toEqual([
			['years', 'a duration, not a date'],
			['nearly two decades', 'a duration, not a date']
		]);
	});

	it('are what finding them again gives', () => {
		const state = seed();
		expect(findDates(state.text, '2024-07-05')).toEqual(state.found);
	});

	it('are the state’s while they count from its publication date, and found again once it changes', () => {
		const state = seed();
		expect(foundDatesOf(state)).toBe(state.found);
		const later = withPublished(state, '2024-08-01');
		expect(foundDatesOf(later)).toBeUndefined();
		expect(foundDatesOf(withPublished(later, '2024-07-05'))).toBe(state.found);
	});

	it('are none in a document opened for editing, which finds them from its text', () => {
		const opened = stateOf(seedDocument() as unknown as ArticleTimelineDocument, seedText(), 'accepted');
		expect(foundDatesOf(opened)).toBeUndefined();
		expect(findDates(opened.text, opened.article.asOf.date).skipped.length).toBeGreaterThan(0);
	});

	it.each([
		['an empty text', ' \n ', '2024-07-05'],
		['a text longer than the editor drafts', 'In 2019. '.repeat(MAX_DRAFTED_ARTICLE_CHARACTERS / 9 + 1), '2024-07-05'],
		['a publication date that is not a day', 'It rained in March.', '2024-13-40']
	])('are none in %s', (_, text, published) => expect(findDates(text, published)).toEqual({ published, expressions: [], skipped: [] }));

	it('are not looked for again when the inferred dates are read again from the dates found for the new publication date', () => {
		const state = draftState({ text: 'The ban was passed in 2003. The talks failed yesterday.', published: '2024-07-05', article: { title: 'T', publisher: 'P', language: 'en' } });
		const later = withPublished(state, '2024-07-10');
		const found = findDates(later.text, '2024-07-10');
		const { state: reread, changed } = rereadInferredDates(later, found);
		expect(changed).toBe(1);
		expect(reread.found?.expressions).toBe(found.expressions);
		expect(foundDatesOf(reread)?.published).toBe('2024-07-10');
		// Dates found from another publication date are not taken for the new one's.
		expect(rereadInferredDates(later, state.found).state.found?.published).toBe('2024-07-10');
	});
});
