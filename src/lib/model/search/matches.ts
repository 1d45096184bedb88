/**
 * What the views do with an answer: step from match to match in time order, mark the matched words of a
 * text, and count the matches among a run of events.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { wordSpans } from './normalise';

/**
 * The match to go to from the event at `from` (a position in time order; -1 before the first), one step
 * `forward` or back, wrapping round at either end: the first match after it, or the last before it.
 * Undefined when there are no matches.
 */
export function stepMatch(matches: Int32Array, from: number, forward: boolean): number | undefined {
	if (matches.length === 0) return undefined;
	// The first match after `from`.
	const lo = bisectRight(matches, from);
	if (forward) return matches[lo === matches.length ? 0 : lo];
	// The last match before `from`: before the first match after it, less `from` itself if it matches.
	const before = lo > 0 && matches[lo - 1] === from ? lo - 2 : lo - 1;
	return matches[before < 0 ? matches.length + before : before];
}

/** Which of a match's place in the list of matches it is (from 0), or -1 when it is not a match. */
export function matchPlace(matches: Int32Array, position: number): number {
	const lo = bisectLeft(matches, position);
	return matches[lo] === position ? lo : -1;
}

export interface MarkedRun {
	text: string;
	matched: boolean;
}

/** The longest text whose words are marked; past it, the rest is one unmarked run. */
const MAX_MARKED_CHARACTERS = 100_000;

/**
 * The text in runs, those words of it that start with a query word (both normalised) marked. Whole words
 * are marked: "sah" marks "Sahel".
 */
export function markMatches(text: string, words: readonly string[]): MarkedRun[] {
	if (words.length === 0 || text === '') return [{ text, matched: false }];
	const head = text.slice(0, MAX_MARKED_CHARACTERS);
	const runs: MarkedRun[] = [];
	let at = 0;
	for (const span of wordSpans(head)) {
		if (!words.some((word) => span.word.startsWith(word))) continue;
		if (span.start > at) runs.push({ text: text.slice(at, span.start), matched: false });
		runs.push({ text: text.slice(span.start, span.end), matched: true });
		at = span.end;
	}
	if (at < text.length) runs.push({ text: text.slice(at), matched: false });
	return runs;
}
