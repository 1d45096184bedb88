/**
 * Sentences and clauses of an article, as UTF-16 offsets into its text. Written here rather than taken
 * from the NLP library because it runs over the whole text, and the library's tokenizer grows much faster
 * than the text does; the library reads only the sentences that hold a date (see names.ts).
 */

export interface Span {
	start: number;
	end: number;
}

/** Words that end in a full stop without ending a sentence ("Mr. Putin", "the U.S. exit", "Jan. 5"). */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'jr',
	'sr',
	'prof',
	'gen',
	'col',
	'lt',
	'sgt',
	'capt',
	'gov',
	'sen',
	'rep',
	'rev',
	'no',
	'vs',
	'inc',
	'ltd',
	'co',
	'corp',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec'
]);

/** A full stop, question or exclamation mark, with any closing quotes or brackets after it. */
const TERMINATOR = /[.!?]+["'”’)\]]*/g;

function endsSentence(text: string, at: number, end: number): boolean {
	const next = /\S/.exec(text.slice(end, end + 8));
	if (!next) return true;
	if (next.index === 0) return false; // "3.5", "U.S.-led": no space after the stop
	const after = text.slice(end + next.index);
	if (/^[a-z]/.test(after)) return false; // "the U.S. exit", "at 11 p.m. local time"
	if (text[at] !== '.') return true;
	const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	// An initial ("John F. Kennedy") or letters with stops ("the U.S. Army") rarely end a sentence.
	return !/^(?:\p{L}\.)*\p{L}$/u.test(word);
}

/** The sentences of a text: split at line breaks and at sentence-ending punctuation, trimmed, never empty. */
export function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	const push = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		if (end > start) spans.push({ start, end });
	};
	let lineStart = 0;
	for (const line of text.split('\n')) {
		let start = lineStart;
		for (const m of line.matchAll(TERMINATOR)) {
			const at = lineStart + m.index;
			const end = at + m[0].length;
			if (endsSentence(text, at, end)) {
				push(start, end);
				start = end;
			}
		}
		push(start, lineStart + line.length);
		lineStart += line.length + 1;
	}
	return spans;
}

/** Where a clause ends inside a sentence: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s|—/g;

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
		if (m[0] === ',' && /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}$/.test(body.slice(0, m.index))) continue;
		push(start, m.index);
		start = m.index + m[0].length;
	}
	push(start, body.length);
	return spans;
}

/** The span in `spans` that contains `at`, if any. */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
	let low = 0;
	let high = spans.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const span = spans[mid]!;
		if (at < span.start) high = mid - 1;
		else if (at >= span.end) low = mid + 1;
		else return span;
	}
	return undefined;
}
