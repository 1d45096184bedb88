/**
 * The article text cut into paragraphs and runs, each run knowing which events' excerpts cover it, so that
 * a view can highlight every excerpt (even where excerpts overlap or two events share one) and link it to
 * its events.
 */
import type { TextRange } from './anchor';
import type { Timeline } from './timeline';

export interface ExcerptRef {
	eventId: string;
	/** Which of the event's excerpts. */
	excerpt: number;
}

/** An excerpt's key as a highlighted run of the article names it (in `data-excerpt-of`, space-separated): `event-id#1`. */
export const excerptKey = (ref: ExcerptRef): string => `${ref.eventId}#${ref.excerpt}`;

/** The event an excerpt's key belongs to. */
export const eventIdOfKey = (key: string): string => key.slice(0, key.lastIndexOf('#'));

export interface TextRun {
	text: string;
	/** Character offset of the run in the article text. */
	start: number;
	/** The excerpts covering this run; empty for plain text. */
	refs: ExcerptRef[];
}

export interface Paragraph {
	start: number;
	runs: TextRun[];
}

/** A stretch of text between two cuts, with the ranges that cover all of it. */
export interface CoveredRun<R> {
	start: number;
	end: number;
	text: string;
	covering: R[];
}

/** The text cut into paragraphs (its lines) at both ends of every range, each run knowing the ranges over it. */
export function cutText<R extends TextRange>(text: string, ranges: readonly R[]): { start: number; runs: CoveredRun<R>[] }[] {
	const cuts = new Set<number>([0, text.length]);
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
		cuts.add(i);
		cuts.add(i + 1);
	}
	for (const range of ranges) {
		cuts.add(range.start);
		cuts.add(range.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const paragraphs: { start: number; runs: CoveredRun<R>[] }[] = [];
	let current: { start: number; runs: CoveredRun<R>[] } = { start: 0, runs: [] };
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] as number;
		const end = points[i + 1] as number;
		const piece = text.slice(start, end);
		if (piece === '\n') {
			paragraphs.push(current);
			current = { start: end, runs: [] };
			continue;
		}
		current.runs.push({ start, end, text: piece, covering: ranges.filter((range) => range.start <= start && range.end >= end) });
	}
	paragraphs.push(current);
	return paragraphs;
}

/** One article's paragraphs (lines of its text) as runs of plain and excerpted text, in reading order. */
export function segmentArticle(timeline: Pick<Timeline, 'articles' | 'events'>, article = 0): Paragraph[] {
	const ranges = timeline.events.flatMap((event) =>
		event.excerpts.flatMap((range, excerpt) => (range.article === article ? [{ ...range, ref: { eventId: event.data.id, excerpt } }] : []))
	);
	return cutText(timeline.articles[article]?.text ?? '', ranges).map(({ start, runs }) => ({
		start,
		runs: runs.map((run) => ({ text: run.text, start: run.start, refs: run.covering.map((range) => range.ref) }))
	}));
}
