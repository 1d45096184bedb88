/**
 * A reader's search as typed: words, each matched as the start of a word ("sah" finds "Sahel"), all of them
 * required, and phrases in double quotes, whose words must follow one another. Limits keep a pasted page
 * or a hostile string from costing more than a reader's query: the text is read up to MAX_QUERY_CHARACTERS
 * and refused beyond, and at most MAX_QUERY_TERMS words count.
 */
import { searchWords } from './normalise';

export const MAX_QUERY_CHARACTERS = 200;
export const MAX_QUERY_TERMS = 12;

/** One word to find (its start), or a phrase: words in a row, the last matched by its start. */
export interface QueryTerm {
	words: string[];
	phrase: boolean;
}

export type ParsedQuery =
	| { kind: 'terms'; terms: QueryTerm[] }
	/** Nothing to search for: blank, or no letters or digits (".*"). */
	| { kind: 'empty'; reason?: string }
	| { kind: 'refused'; reason: string };

export function parseQuery(text: string): ParsedQuery {
	if (text.length > MAX_QUERY_CHARACTERS) {
		return { kind: 'refused', reason: `The search is over ${MAX_QUERY_CHARACTERS} characters long; search for a few words.` };
	}
	const terms: QueryTerm[] = [];
	// Quoted stretches are phrases; an unclosed quote runs to the end, as it does while the reader types it.
	const parts = text.split('"');
	parts.forEach((part, i) => {
		const words = searchWords(part);
		if (words.length === 0) return;
		if (i % 2 === 1 && words.length > 1) terms.push({ words, phrase: true });
		else for (const word of words) terms.push({ words: [word], phrase: false });
	});
	if (terms.length === 0) return text.trim() === '' ? { kind: 'empty' } : { kind: 'empty', reason: 'The search has no letters or digits to look for.' };
	const wordCount = terms.reduce((sum, term) => sum + term.words.length, 0);
	if (wordCount > MAX_QUERY_TERMS) return { kind: 'refused', reason: `The search has ${wordCount} words; search for at most ${MAX_QUERY_TERMS}.` };
	return { kind: 'terms', terms: dedupe(terms) };
}

/** A word given twice, or one that starts another given word, adds nothing to an all-words search. */
function dedupe(terms: QueryTerm[]): QueryTerm[] {
	const phrases = terms.filter((term) => term.phrase);
	const words = terms.filter((term) => !term.phrase).map((term) => term.words[0]!);
	const kept = words.filter((word, i) => !words.some((other, j) => j !== i && other.startsWith(word) && (other !== word || j < i)));
	return [...kept.map((word) => ({ words: [word], phrase: false })), ...phrases];
}

/** Every word of the query, for marking matches in text. */
export function queryWords(query: ParsedQuery): string[] {
	return query.kind === 'terms' ? [...new Set(query.terms.flatMap((term) => term.words))] : [];
}
