/**
 * The article text cut into paragraphs and runs, each run knowing which events' excerpts cover it, so that
 * a view can highlight every excerpt (even where excerpts overlap or two events share one) and link it to
 * its events.
 */
import type { Timeline } from './timeline';

export interface ExcerptRef {
	eventId: string;
	/** Which of the event's excerpts. */
	excerpt: number;
}

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

/** Paragraphs (lines of the text) as runs of plain and excerpted text, in reading order. */
export function segmentArticle(timeline: Pick<Timeline, 'text' | 'events'>): Paragraph[] {
	const { text } = timeline;
	const ranges = timeline.events.flatMap((event) => event.excerpts.map((range, excerpt) => ({ ...range, ref: { eventId: event.data.id, excerpt } })));
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
	const paragraphs: Paragraph[] = [];
	let current: Paragraph = { start: 0, runs: [] };
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] as number;
		const end = points[i + 1] as number;
		const piece = text.slice(start, end);
		if (piece === '\n') {
			paragraphs.push(current);
			current = { start: end, runs: [] };
			continue;
		}
		const refs = ranges.filter((range) => range.start <= start && range.end >= end).map((range) => range.ref);
		current.runs.push({ text: piece, start, refs });
	}
	paragraphs.push(current);
	return paragraphs;
}
