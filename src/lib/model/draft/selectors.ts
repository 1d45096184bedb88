/**
 * A TextQuoteSelector for a range of the article that matches exactly that one place: the words alone
 * where they are unique, else with as much of the text before (then after) them as it takes.
 */
import { anchorInNormalised, type NormalisedText, type TextQuoteSelector, type TextRange } from '../document/anchor';

/** How far a prefix or suffix may reach before the selector gives up on them and takes both. */
const MAX_CONTEXT = 64;

function pointsAt(normalised: NormalisedText, selector: TextQuoteSelector, range: TextRange): boolean {
	const result = anchorInNormalised(normalised, selector);
	return result.status === 'unique' && result.range.start === range.start && result.range.end === range.end;
}

/** Grows a context word by word (at least one word, at most MAX_CONTEXT characters). */
function* contexts(text: string, from: number, direction: -1 | 1): Generator<string> {
	let at = from;
	const limit = direction < 0 ? Math.max(0, from - MAX_CONTEXT) : Math.min(text.length, from + MAX_CONTEXT);
	while (at !== limit) {
		at += direction;
		const edge = direction < 0 ? text[at - 1] : text[at];
		if (at === limit || edge === undefined || /\s/.test(edge)) yield direction < 0 ? text.slice(at, from) : text.slice(from, at);
	}
}

export function uniqueSelector(text: string, normalised: NormalisedText, range: TextRange): TextQuoteSelector {
	const exact = text.slice(range.start, range.end);
	const base: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
	if (pointsAt(normalised, base, range)) return base;
	let prefix = '';
	for (prefix of contexts(text, range.start, -1)) if (pointsAt(normalised, { ...base, prefix }, range)) return { ...base, prefix };
	let suffix = '';
	for (suffix of contexts(text, range.end, 1)) if (pointsAt(normalised, { ...base, suffix }, range)) return { ...base, suffix };
	const both = { ...base, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
	return both;
}
