/**
 * How fit a sentence is to stand alone in a timeline, from 0 (not at all) to 1: a complete declarative
 * sentence of a reader's length. A question, a fragment that begins in lower case or ends without a stop,
 * and a sentence that is only a quotation are unfit; a very short or very long one, or one that leans on
 * a sentence before it ("He said …", "This …"), is worth less.
 */

/** Words, as a reader counts them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;
const OPENING_QUOTE = /^["“‘'«]/;
/** A stop at the end, before any closing quotes or brackets; an ellipsis ("…", "[...]") is not one. */
const ENDS_IN_STOP = /(?<!\.\.|…)[.!]["”’')\]]*$/;
/** Words at the start that point back to a sentence before. */
const LEANING_START = /^(?:he|she|it|they|this|these|that|those|his|her|its|their|but|and|also|however|meanwhile|there|then|such)\b/i;
/** Shortest and longest lengths, in words, that read well as a timeline's entry. */
const SHORTEST = 8;
const LONGEST = 40;
/** How much a sentence that leans on the one before, or opens with a quotation, is worth. */
const LEANING = 0.7;

export function sentenceQuality(sentence: string): number {
	const text = sentence.trim();
	if (!/^[\p{Lu}\p{N}"“‘'«]/u.test(text) || !ENDS_IN_STOP.test(text)) return 0;
	const words = text.match(WORD)?.length ?? 0;
	if (words < 4) return 0;
	// "“We will rebuild,” he said." holds little of what happened: a quotation with at most an attribution.
	if (OPENING_QUOTE.test(text)) {
		const closing = text.slice(1).search(/["”]/);
		if (closing < 0 || (text.slice(closing + 2).match(WORD)?.length ?? 0) <= 5) return 0;
	}
	let quality = 1;
	if (words < SHORTEST) quality *= words / SHORTEST;
	if (words > LONGEST) quality *= LONGEST / words;
	if (LEANING_START.test(text)) quality *= LEANING;
	if (OPENING_QUOTE.test(text)) quality *= LEANING;
	return quality;
}
