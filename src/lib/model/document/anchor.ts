/**
 * Anchoring W3C Web Annotation TextQuoteSelectors in an article's text. Matching forgives what editors and
 * copy-paste change without meaning to (curly vs straight quotes, runs of white space) and nothing else:
 * a selector must match exactly one place, or it is reported with the number of places it matches.
 */
export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix?: string;
	suffix?: string;
}

/** A character range [start, end) in the original text. */
export interface TextRange {
	start: number;
	end: number;
}

export type AnchorResult = { status: 'unique'; range: TextRange } | { status: 'missing'; matches: 0 } | { status: 'ambiguous'; matches: number };

const QUOTE_FOLDS: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u201B': "'",
	'\u2032': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u201F': '"',
	'\u2033': '"'
};

/** The same folds by code unit, for reading a text without making a string of each character. */
const QUOTE_FOLD_CODES = new Map(Object.entries(QUOTE_FOLDS).map(([quote, fold]) => [quote.charCodeAt(0), fold]));
const FIRST_QUOTE = Math.min(...QUOTE_FOLD_CODES.keys());
const LAST_QUOTE = Math.max(...QUOTE_FOLD_CODES.keys());

/** Whether a UTF-16 code unit is white space as /\s/ reads it, without a regular expression per character. */
function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/**
 * Folds quotes and runs of white space, pushing to `origin` (when given) the index each character of the
 * result came from. Runs of characters that stay as they are are copied whole, and a text with nothing to
 * fold is returned as it is.
 */
function fold(input: string, origin?: number[]): string {
	const parts: string[] = [];
	let keptFrom = 0;
	let inSpace = false;
	for (let i = 0; i < input.length; i++) {
		const code = input.charCodeAt(i);
		let replacement: string | undefined;
		let dropped = false;
		if (isSpace(code)) {
			if (inSpace) dropped = true;
			else if (code !== 0x20) replacement = ' ';
			inSpace = true;
		} else {
			inSpace = false;
			if (code >= FIRST_QUOTE && code <= LAST_QUOTE) replacement = QUOTE_FOLD_CODES.get(code);
		}
		if (dropped || replacement !== undefined) {
			if (keptFrom < i) parts.push(input.slice(keptFrom, i));
			if (replacement !== undefined) parts.push(replacement);
			keptFrom = i + 1;
		}
		if (!dropped) origin?.push(i);
	}
	if (keptFrom === 0) return input;
	parts.push(input.slice(keptFrom));
	return parts.join('');
}

/** A normalised text and, for each of its characters, the index of the original character it came from. */
export interface NormalisedText {
	text: string;
	origin: number[];
}

/** Folds quotes to straight ones and every run of white space to one space, remembering where each character came from. */
export function normaliseForMatching(input: string): NormalisedText {
	const origin: number[] = [];
	const text = fold(input, origin);
	origin.push(input.length);
	return { text, origin };
}

/** Every start index of `needle` in `haystack`, overlapping ones included. */
function indicesOf(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
	return found;
}

/** The places of each exact text already looked for in a normalised text: many excerpts quote the same words. */
const FOUND = new WeakMap<NormalisedText, Map<string, number[]>>();

function placesOf(normalised: NormalisedText, exact: string): number[] {
	let found = FOUND.get(normalised);
	if (!found) FOUND.set(normalised, (found = new Map()));
	let places = found.get(exact);
	if (!places) found.set(exact, (places = indicesOf(normalised.text, exact)));
	return places;
}

/** Finds the one place a selector points at, in a text already normalised (anchor many selectors against one text). */
export function anchorInNormalised(normalised: NormalisedText, selector: TextQuoteSelector): AnchorResult {
	const exact = fold(selector.exact);
	if (exact === '') return { status: 'missing', matches: 0 };
	const prefix = fold(selector.prefix ?? '');
	const suffix = fold(selector.suffix ?? '');
	const text = normalised.text;
	const matches = placesOf(normalised, exact).filter((at) => at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, at + exact.length));
	if (matches.length === 0) return { status: 'missing', matches: 0 };
	if (matches.length > 1) return { status: 'ambiguous', matches: matches.length };
	const at = matches[0] as number;
	const start = normalised.origin[at] as number;
	const lastChar = normalised.origin[at + exact.length - 1] as number;
	return { status: 'unique', range: { start, end: lastChar + 1 } };
}

/** Finds the one place in `text` that a TextQuoteSelector points at. */
export function anchorExcerpt(text: string, selector: TextQuoteSelector): AnchorResult {
	return anchorInNormalised(normaliseForMatching(text), selector);
}
