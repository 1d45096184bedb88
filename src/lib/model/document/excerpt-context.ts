/**
 * An excerpt shown in its sentence. Apart from anchoring (anchor.ts), whose tables the views that only
 * show excerpts do not need.
 */
import type { TextRange } from './anchor';

/** An excerpt with a little of the sentence around it, for showing it in context. */
export interface ExcerptInContext {
	before: string;
	exact: string;
	after: string;
}

const SENTENCE_END = /[.!?]["'”’)]?\s/g;

/**
 * The excerpt's range widened to its sentence, at most `reach` characters each side (cut at a word, marked
 * with an ellipsis), so a reader sees what the excerpt says without the whole paragraph.
 */
export function excerptInContext(text: string, range: TextRange, reach = 80): ExcerptInContext {
	const paragraphStart = text.lastIndexOf('\n', range.start - 1) + 1;
	const paragraphEndAt = text.indexOf('\n', range.end);
	const paragraphEnd = paragraphEndAt === -1 ? text.length : paragraphEndAt;
	let sentenceStart = paragraphStart;
	for (const match of text.slice(paragraphStart, range.start).matchAll(SENTENCE_END)) {
		sentenceStart = paragraphStart + match.index + match[0].length;
	}
	SENTENCE_END.lastIndex = 0;
	const tail = SENTENCE_END.exec(text.slice(range.end, paragraphEnd));
	SENTENCE_END.lastIndex = 0;
	const sentenceEnd = tail ? range.end + tail.index + tail[0].trimEnd().length : paragraphEnd;

	let before = text.slice(sentenceStart, range.start);
	if (before.length > reach) before = `…${before.slice(before.indexOf(' ', before.length - reach) + 1)}`;
	let after = text.slice(range.end, sentenceEnd);
	if (after.length > reach) after = `${after.slice(0, after.lastIndexOf(' ', reach))}…`;
	return { before, exact: text.slice(range.start, range.end), after };
}
