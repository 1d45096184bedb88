/**
 * The article as the editor shows it: paragraphs cut into runs, each knowing which found date it is part
 * of and which events' excerpts cover it, so the text can mark both.
 */
import { anchorInNormalised, normaliseForMatching, type NormalisedText, type TextQuoteSelector, type TextRange } from '../document/anchor';
import type { TemporalExpression } from '../extract/types';
import type { EditorState } from './state';
import { cutText } from '../document/article-segments';

/** The places the selectors that match exactly one place point at; the others are left out (the validator reports them). */
export function uniqueRanges(normalised: NormalisedText, selectors: readonly TextQuoteSelector[]): TextRange[] {
	return selectors.flatMap((selector) => {
		const result = anchorInNormalised(normalised, selector);
		return result.status === 'unique' ? [result.range] : [];
	});
}

export interface MarkedRun {
	start: number;
	end: number;
	text: string;
	/** The index of the found date this run is part of. */
	expression?: number;
	/** The ids of the events whose excerpts cover this run. */
	events: string[];
}

export interface MarkedParagraph {
	start: number;
	runs: MarkedRun[];
}

export function markText(text: string, expressions: readonly TextRange[], excerpts: readonly { range: TextRange; eventId: string }[]): MarkedParagraph[] {
	const ranges: (TextRange & { expression?: number; eventId?: string })[] = [
		...expressions.map((range, expression) => ({ start: range.start, end: range.end, expression })),
		...excerpts.map(({ range, eventId }) => ({ start: range.start, end: range.end, eventId }))
	];
	return cutText(text, ranges).map(({ start, runs }) => ({
		start,
		runs: runs.map(({ covering, ...run }) => {
			const marked: MarkedRun = { ...run, events: covering.flatMap((range) => (range.eventId === undefined ? [] : [range.eventId])) };
			const expression = covering.find((range) => range.expression !== undefined)?.expression;
			if (expression !== undefined) marked.expression = expression;
			return marked;
		})
	}));
}

/** The editor's article: its found dates, and the excerpts of every event not rejected. */
export function markState(state: EditorState, expressions: readonly TemporalExpression[]): MarkedParagraph[] {
	const normalised = normaliseForMatching(state.text);
	const excerpts = state.events.filter((e) => e.review !== 'rejected').flatMap((e) => uniqueRanges(normalised, e.event.excerpts).map((range) => ({ range, eventId: e.event.id })));
	return markText(state.text, expressions, excerpts);
}
