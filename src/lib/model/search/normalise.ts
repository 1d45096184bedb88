/**
 * Text as search compares it: compatibility-decomposed (NFKD), combining marks dropped and lower-cased, so
 * that "Malí", "MALI" and "mali" are one word, and the ligature "ﬁ" is "fi". A lone surrogate (half of a
 * character, which a document or a query may hold) becomes U+FFFD first, so that nothing downstream sees
 * half a character. Words are runs of letters and digits.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The text with each lone surrogate replaced by U+FFFD. */
export function wellFormed(text: string): string {
	return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** The text as search compares it (see the module's comment). Idempotent. */
export function normaliseText(text: string): string {
	// Lower-casing can itself compose or decompose (İ → i + U+0307), so the marks go after it.
	return wellFormed(text).normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** The words of text already normalised, in order. */
export function wordsOfNormalised(normalised: string): string[] {
	return normalised.match(WORD) ?? [];
}

/** The words of any text, normalised, in order. */
export function searchWords(text: string): string[] {
	return wordsOfNormalised(normaliseText(text));
}

/** Each word of the original text with where it is, for marking matches: [start, end) in `text`. */
export function wordSpans(text: string): { start: number; end: number; word: string }[] {
	const spans: { start: number; end: number; word: string }[] = [];
	// Words are found in the original, marks included, so that the offsets are the original's.
	for (const match of wellFormed(text).matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)) {
		const word = normaliseText(match[0]);
		if (word !== '') spans.push({ start: match.index, end: match.index + match[0].length, word });
	}
	return spans;
}
