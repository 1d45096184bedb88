/**
 * The clauses of a sentence, as UTF-16 offsets into its text: an event's title comes from its date's
 * clause (see draft.ts).
 */
import type { Span } from '../text/sentences';
import { alt, FULL_MONTHS } from '../extract/patterns';

/** Where a clause ends inside a sentence: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s|—/g;
/** A month's name, capitalised, and a day: the comma after "January 24" is the date's, not a clause's. */
const MONTH_AND_DAY = new RegExp(`\\b${alt(FULL_MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)))}\\s+\\d{1,2}$`);

/** The clauses of a sentence, trimmed; their punctuation belongs to neither side. */
export function clauseSpans(text: string, sentence: Span): Span[] {
	const body = text.slice(sentence.start, sentence.end);
	const spans: Span[] = [];
	let start = 0;
	const push = (from: number, to: number) => {
		while (from < to && /[\s"'“”‘’]/.test(body[from]!)) from++;
		while (to > from && /[\s.!?"'“”‘’]/.test(body[to - 1]!)) to--;
		if (to > from) spans.push({ start: sentence.start + from, end: sentence.start + to });
	};
	for (const m of body.matchAll(CLAUSE_BREAK)) {
		// A comma inside a date ("January 24, 2019") does not end a clause.
		// Nor does a comma inside a number ("1,200") or a dash between two years ("1979 – 1989").
		if (/^(?:,|\s[–—-]\s)$/.test(m[0]) && /\d$/.test(body.slice(0, m.index)) && /^\d/.test(body.slice(m.index + m[0].length))) continue;
		if (m[0] === ',' && MONTH_AND_DAY.test(body.slice(0, m.index))) continue;
		push(start, m.index);
		start = m.index + m[0].length;
	}
	push(start, body.length);
	return spans;
}
