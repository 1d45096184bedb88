/**
 * The article as the editor shows it: paragraphs cut into runs, each knowing which found date it is part
 * of and which events' excerpts cover it, so the text can mark both.
 */
import type { TextRange } from '../anchor';
import { cutText } from '../article-segments';

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
