/**
 * The article as the editor shows it: paragraphs cut into runs, each knowing which found date it is part
 * of and which events' excerpts cover it, so the text can mark both.
 */
import type { TextRange } from '../anchor';

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
	const cuts = new Set<number>([0, text.length]);
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
	for (const r of expressions) cuts.add(r.start).add(r.end);
	for (const { range } of excerpts) cuts.add(range.start).add(range.end);
	const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
	const paragraphs: MarkedParagraph[] = [];
	let current: MarkedParagraph = { start: 0, runs: [] };
	let e = 0;
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		const piece = text.slice(start, end);
		if (piece === '\n') {
			paragraphs.push(current);
			current = { start: end, runs: [] };
			continue;
		}
		while (e < expressions.length && expressions[e]!.end <= start) e++;
		const run: MarkedRun = { start, end, text: piece, events: excerpts.filter((x) => x.range.start <= start && x.range.end >= end).map((x) => x.eventId) };
		if (e < expressions.length && expressions[e]!.start <= start) run.expression = e;
		current.runs.push(run);
	}
	paragraphs.push(current);
	return paragraphs;
}
