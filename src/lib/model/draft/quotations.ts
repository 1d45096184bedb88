/**
 * Words in quotation marks: the day they were said ("“We finish today,” she said on Monday"), and the
 * title of first-person words as their speaker's ("Michael Bloomberg: “I entered the race”").
 */
import type { TextRange } from '../document/anchor';
import type { TemporalExpression } from '../extract/types';
import { dayValue, parseDay, shift } from '../extract/calendar';
import { readClause, SAYING } from './clauses';
import { spanAt, type Span } from '../text/sentences';
import { isFirstPerson, joinTokens, MAX_TITLE, quotedWords, sentenceCase } from './titles';
import { tokensIn, type Token } from './tagger';
import { DAY, daysBetween, type Candidate } from './candidates';

/** Words counted from the day they are said ("today"), which a quotation says on its own day. */
const SAID_DAY_RELATIVE = /^(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))$/i;

/** The spans of the text inside quotation marks. */
function quotations(text: string, sentence: Span): TextRange[] {
	const spans: TextRange[] = [];
	for (const m of text.slice(sentence.start, sentence.end).matchAll(/“[^”]*”|"[^"]*"/g))
		spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
	return spans;
}

/**
 * "Today" in a quotation said on another day ("“We finish today,” she said on Monday") is that day: the
 * day of the same sentence's date outside the quotation, when it has one.
 */
export function redateQuotations(
	text: string,
	candidates: Candidate[],
	expressions: readonly TemporalExpression[],
	published: string,
	sentences: readonly Span[]
): Map<Candidate, string> {
	const saidOn = new Map<Candidate, string>();
	for (const c of candidates) {
		const expression = expressions[c.expressions[0]!]!;
		if (!SAID_DAY_RELATIVE.test(expression.text) || !DAY.test(c.edtf)) continue;
		const quotes = quotations(text, c.sentence);
		const opened = openQuotation(text, c.sentence.start);
		const inQuotation = quotes.some((q) => q.start < expression.start && expression.end < q.end) || (opened !== undefined && !quotes.some((q) => q.start < expression.start));
		if (!inQuotation) continue;
		const dayOutsideQuotes = (sentence: Span) =>
			candidates.find(
				(other) =>
					other !== c &&
					other.sentence.start === sentence.start &&
					DAY.test(other.edtf) &&
					!quotations(text, sentence).some((q) => q.start <= other.stated.start && other.stated.end <= q.end)
			);
		// Said on the day its sentence gives; for words quoted over several sentences, the day of the sentence
		// the quotation opens in, or of the one just before it in its paragraph ("On Wednesday, Bloomberg
		// endorsed Biden. “… Today, I am leaving the race …”").
		const opening = opened === undefined ? undefined : spanAt(sentences, opened);
		const before = opening ? sentences.filter((s) => s.end <= opening.start).at(-1) : undefined;
		const sameParagraph = before && opening && !text.slice(before.end, opening.start).includes('\n\n');
		const said =
			dayOutsideQuotes(c.sentence) ??
			(opening && opening.start !== c.sentence.start ? dayOutsideQuotes(opening) : undefined) ??
			(opening && sameParagraph && before ? dayOutsideQuotes(before) : undefined);
		if (!said || said.edtf === published) continue;
		c.edtf = dayValue(shift(parseDay(said.edtf)!, 'day', daysBetween(published, c.edtf)));
		saidOn.set(c, said.edtf);
	}
	return saidOn;
}

/**
 * The title of words said in quotation marks: the speaker and the words, quoted ("Erdoğan: “…”"), when
 * the clause of the date is first-person words inside the quotation (“We will finish today,” the
 * minister said) or a verb of saying whose words are only in the quotation.
 */
export function quotationTitle(
	text: string,
	tokens: readonly Token[],
	sentences: readonly Span[],
	candidate: Candidate,
	nameFor: (pronoun: Token) => string | undefined
): string | undefined {
	const reading = candidate.reading;
	if (!reading) return undefined;
	const words = () => joinTokens([...reading.subject, ...reading.verb, ...reading.rest]);
	// A quotation that runs over several sentences: its words are the speaker of the sentence it opened in.
	const opened = openQuotation(text, candidate.sentence.start);
	if (opened !== undefined && isFirstPerson(reading.subject)) {
		const first = spanAt(sentences, opened);
		const before = first && sentences[sentences.indexOf(first) - 1];
		for (const sentence of [first, before]) {
			if (!sentence) continue;
			const own = tokensIn(tokens, sentence.start, sentence.end);
			const saying = sayingVerb(own, quotations(text, sentence), opened + 200);
			const speaker = saying && speakerOf(own, saying, nameFor);
			if (speaker) return saidBy(speaker, words());
		}
	}
	const quotes = quotations(text, candidate.sentence);
	if (quotes.length === 0) return undefined;
	const sentenceTokens = tokensIn(tokens, candidate.sentence.start, candidate.sentence.end);
	if (isFirstPerson(reading.subject) && insideQuotation(reading.head, quotes)) {
		const saying = sayingVerb(sentenceTokens, quotes);
		const speaker = saying && speakerOf(sentenceTokens, saying, nameFor);
		return speaker ? saidBy(speaker, words()) : undefined;
	}
	if (SAYING.has(reading.head.lemma) && !reading.said && reading.rest.length === 0) {
		const speaker = speakerOf(sentenceTokens, reading.head, nameFor);
		const quote = quotes[0]!;
		return speaker ? saidBy(speaker, text.slice(quote.start + 1, quote.end - 1)) : undefined;
	}
	return undefined;
}

const insideQuotation = (t: Token, quotes: readonly TextRange[]) => quotes.some((q) => q.start < t.start && t.end < q.end);

/** The first verb of saying of a sentence outside its quotations (and before `before`, if given). */
const sayingVerb = (tokens: readonly Token[], quotes: readonly TextRange[], before = Infinity) =>
	tokens.find((t) => SAYING.has(t.lemma) && t.pos === 'VERB' && !insideQuotation(t, quotes) && t.start < before);

/** Who says what a verb of saying says: its subject, a pronoun as the name it stands for. */
function speakerOf(sentenceTokens: readonly Token[], verb: Token, nameFor: (pronoun: Token) => string | undefined): string | undefined {
	const said = readClause(sentenceTokens, [], { start: verb.start, end: verb.end });
	const subject = said?.subject.filter((t) => !/^(?:the|a|an)$/i.test(t.text)) ?? [];
	if (subject.length === 1 && subject[0]!.pos === 'PRON') return nameFor(subject[0]!);
	return subject.length ? joinTokens(subject) : undefined;
}

/** "Speaker: “the words”", the words cut to fit a title. */
const saidBy = (speaker: string, words: string) => `${sentenceCase(speaker)}: ${quotedWords(words, MAX_TITLE - speaker.length - 2)}`;

/** Where the quotation that `at` lies inside began, in its paragraph, if `at` is inside one that has not closed. */
function openQuotation(text: string, at: number): number | undefined {
	const paragraph = text.lastIndexOf('\n\n', at) + 1;
	let open: number | undefined;
	for (let i = paragraph; i < at; i++) {
		const c = text[i];
		if (c === '“') open = i;
		else if (c === '”') open = undefined;
		else if (c === '"') open = open === undefined ? i : undefined;
	}
	return open;
}
