/**
 * Where a sentence ends, and the sentences of a text as UTF-16 offsets into it: one rule for the
 * extraction engine (which reads the tense of the words around a date) and the drafter (which titles an
 * event from its sentence). Written here rather than taken from the NLP library because it runs over the
 * whole text, and the library's tokenizer grows much faster than the text does.
 */

export interface Span {
	start: number;
	end: number;
}

/**
 * Words that end in a full stop without ending a sentence ("Mr. Putin", "Jan. 5", "Thurs. night", "at
 * 11 p.m. local time"), as they are written: "No. 10" is one, "he said no." is not. Initials ("John F.
 * Kennedy") and letters with stops ("the U.S. Army", "e.g.") are abbreviations without being listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
	// titles and ranks
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'St',
	'Jr',
	'Sr',
	'Prof',
	'Gen',
	'Col',
	'Lt',
	'Sgt',
	'Capt',
	'Gov',
	'Sen',
	'Rep',
	'Rev',
	// companies and the like
	'No',
	'vs',
	'Inc',
	'Ltd',
	'Co',
	'Corp',
	// months
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Sept',
	'Oct',
	'Nov',
	'Dec',
	// weekdays
	'Mon',
	'Tue',
	'Tues',
	'Wed',
	'Thu',
	'Thur',
	'Thurs',
	'Fri',
	'Sat',
	'Sun'
]);

const STOPS = '.!?';
/** Quotes and brackets that close after a sentence's last stop (`He said "we must."`). */
const CLOSERS = /["'”’)\]]*/y;
/** How far after a stop the next word is looked for. */
const NEXT_WORD_REACH = 8;
/** The word just before a full stop: letters, digits and the stops inside it ("U.S", "p.m", "2003"). */
const WORD_BEFORE = /[\p{L}\p{N}.]+$/u;
/** An initial ("F") or letters with stops ("U.S", "a.m", "e.g"). */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

/** Whether the word before a full stop makes the stop an abbreviation's rather than a sentence's end. */
export function isAbbreviation(word: string): boolean {
	return ABBREVIATIONS.has(word) || INITIALS.test(word);
}

/**
 * Whether the character at `at` ends a sentence: a line break; or the last of a run of full stops,
 * question or exclamation marks, with any closing quotes or brackets after it, then a space or the end of
 * the text, then no lower-case word ("the U.S. exit"), and, for a full stop, not an abbreviation's.
 */
export function endsSentence(text: string, at: number): boolean {
	const c = text[at];
	if (c === '\n') return true;
	if (c === undefined || !STOPS.includes(c)) return false;
	CLOSERS.lastIndex = at + 1;
	CLOSERS.test(text);
	const after = CLOSERS.lastIndex;
	if (after < text.length && !/\s/.test(text[after]!)) return false; // "3.5", "U.S.-led", "?!": no space after the stop
	const next = /\S/.exec(text.slice(after, after + NEXT_WORD_REACH));
	if (next && /^[a-z]/.test(next[0])) return false; // "the U.S. exit", "at 11 p.m. local time"
	let first = at;
	while (first > 0 && STOPS.includes(text[first - 1]!)) first--;
	if (text[first] !== '.') return true;
	const word = WORD_BEFORE.exec(text.slice(Math.max(0, first - 12), first))?.[0] ?? '';
	return !isAbbreviation(word);
}

/** A line break, or a run of stops with the quotes and brackets that close after it. */
const BREAK = /\n|[.!?]+["'”’)\]]*/g;

/** The sentences of a text: split at line breaks and at sentence-ending punctuation, trimmed, never empty. */
export function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	const push = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		if (end > start) spans.push({ start, end });
	};
	let start = 0;
	for (const m of text.matchAll(BREAK)) {
		const lastStop = m.index + m[0].search(/[^.!?]|$/) - 1;
		if (m[0] === '\n' || endsSentence(text, lastStop)) {
			const end = m.index + m[0].length;
			push(start, end);
			start = end;
		}
	}
	push(start, text.length);
	return spans;
}

/** The span in `spans` (in order, not overlapping) that contains `at`, if any. */
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
