/**
 * The dates the editor marks in an article: every expression the engine finds in its text, counted from
 * its publication date, and which of them a draft makes no event of, and why. They are found once: a
 * draft keeps the drafter's (draftState), and they are found again only for a state that has none (a
 * document opened for editing, work saved by an earlier editor) or whose publication date has changed.
 */
import { normaliseForMatching } from '../document/anchor';
import { skippedExpressions, type SkippedExpression } from '../draft/draft';
import { extractTemporalExpressions, ExtractionError } from '../extract/extract';
import { uniqueRanges } from './marks';
import type { EditorState, FoundDates } from './state';

/**
 * The longest article the editor drafts, in characters: a longer text is refused before drafting, and no
 * dates are looked for in it (a document's article may be longer: MAX_DOCUMENT_ARTICLE_CHARACTERS). Far
 * beyond any news article, and drafting it would freeze the page.
 */
export const MAX_DRAFTED_ARTICLE_CHARACTERS = 200_000;

/** The dates in a text counted from `published`; none in an empty or overlong text, or from a publication date that is not a day (its field says so). */
export function findDates(text: string, published: string): FoundDates {
	const none: FoundDates = { published, expressions: [], skipped: [] };
	if (text.trim() === '' || text.length > MAX_DRAFTED_ARTICLE_CHARACTERS) return none;
	try {
		const { expressions } = extractTemporalExpressions(text, published);
		return { published, expressions, skipped: skippedExpressions(text, expressions) };
	} catch (error) {
		if (error instanceof ExtractionError) return none;
		throw error;
	}
}

/** The dates the state keeps, when they count from its publication date; otherwise they are to be found again. */
export function foundDatesOf(state: EditorState): FoundDates | undefined {
	return state.found?.published === state.article.asOf.date ? state.found : undefined;
}

/**
 * The dates found that no event stands for yet: those the draft made no event of, less each that an
 * event not rejected is dated by (its stated words), in an excerpt that holds them.
 */
export function datesNotDrafted(state: EditorState, found: FoundDates): SkippedExpression[] {
	if (found.skipped.length === 0) return [];
	const normalised = normaliseForMatching(state.text);
	// An event dated by these very words, with an excerpt that holds them; an excerpt that only passes over
	// them (a sentence that also says "for twelve minutes") does not make them an event.
	const dated = state.events
		.filter((e) => e.review !== 'rejected')
		.flatMap((e) => uniqueRanges(normalised, e.event.excerpts).map((range) => ({ range, stated: e.event.stated?.text })));
	return found.skipped.filter(({ expression }) => {
		const date = found.expressions[expression];
		return date !== undefined && !dated.some(({ range, stated }) => stated === date.text && range.start <= date.start && date.end <= range.end);
	});
}
