/**
 * Drafting a timeline from an article: one event per dated expression that names something that happened.
 * Expressions that are not events (durations, repeating times, vague references, the article's date
 * line, comparisons such as "the deadliest since 2003") are kept with the reason, so an editor sees
 * everything the engine found; the two ends of a range, and a day and its clock time, make one event; the
 * same date named again beside the same actor adds an excerpt to the event rather than a second event.
 */
import { normaliseForMatching, type TextRange } from '../document/anchor';
import { extractTemporalExpressions } from '../extract/extract';
import type { TemporalExpression } from '../extract/types';
import { differenceInCalendarDays } from 'date-fns';
import { dayValue, parseDay, shift } from '../extract/calendar';
import { MONTHS, WEEKDAYS } from '../extract/lexicon';
import { alt } from '../extract/patterns';
import type { TimelineDocument, TimelineEventData } from '../document/schema';
import { categorise, CATEGORY_RULES } from './categories';
import { eventId, kebab } from './ids';
import { groupNames, namesOf, type LaneSuggestion, type Name } from './names';
import { uniqueSelector } from './selectors';
import { readClause, SAYING, type ClauseReading } from './clauses';
import { sentenceSpans, spanAt, type Span } from '../text/sentences';
import { BUILDING_NOUNS, isFirstPerson, joinTokens, MAX_TITLE, ORGANISATION_NOUNS, quotedWords, sentenceCase, titleFromWords, titleOfReading, withinLimit } from './titles';
import { tagText, tokensIn, type Token } from './tagger';

export interface DraftInput {
	text: string;
	/** The publication date, YYYY-MM-DD: the day relative dates count from and the timeline's as-of date. */
	published: string;
	title: string;
	publisher: string;
	language?: string;
	url?: string;
	/** The document's id; by default made from the title. */
	id?: string;
	/** Name the text by a file beside the document (`article.txt`) instead of holding it inline. */
	textFile?: string;
	/** The expressions, when the caller has them already. */
	expressions?: readonly TemporalExpression[];
}

export interface DraftedEvent {
	event: TimelineEventData;
	/** Indices into `expressions` of the words this event was drafted from. */
	expressions: number[];
	/** Why an editor should check this event before publishing it ("far before the article's other events"), if they should. */
	doubt?: string;
}

/** An expression the engine found that the draft makes no event of. */
export interface SkippedExpression {
	/** Its index into `expressions`. */
	expression: number;
	/** Why, in words that follow "not drafted as an event:" ("a duration, not a date"). */
	reason: string;
}

export interface Draft {
	document: TimelineDocument;
	expressions: readonly TemporalExpression[];
	events: DraftedEvent[];
	skipped: SkippedExpression[];
}

const MAX_LANES_PER_EVENT = 3;
/** An excerpt longer than this is cut to the words around its date. */
const MAX_EXCERPT = 200;
const SIGNAL_WORD = /(?:^|[^\p{L}])((?:since|until|till|through|to|before|after|from|between|by|in|on|at|during|throughout|as of|as early as|as late as)\s+)$/iu;
/** Words that compare with the past ("the deadliest since 2003"); "at least 62" counts, it compares nothing. */
const COMPARISON = /\b(?:\p{L}+est|(?<!\bat )(?:most|least)|first time|record|ever|any other)\b/iu;
/** Relative dates that count from a date named earlier ("ten years later", "the following day"). */
const COUNTED_FROM_ANCHOR = /\b(?:later|earlier|after that|before that|following|previous|next day|that (?:day|year|month|week))\b/i;
/** A month or a day of one, which the article gives without its year ("in July", "October 31"). */
const NAMES_A_MONTH = new RegExp(`\\b${alt(Object.keys(MONTHS))}\\b`, 'i');
/** Words counted from the day they are said ("today"), which a quotation says on its own day. */
const SAID_DAY_RELATIVE = /^(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))$/i;
/** How many years before the article's other events a date may be, in an article about the present, before it is doubted. */
const FAR_YEARS = 5;
/** How near the publication date most events of an article about the present are. */
const PRESENT_DAYS = 45;

interface Candidate {
	expressions: number[];
	edtf: string;
	/** The article's words for the date, with the signal word before them ("since 2003"). */
	stated: TextRange;
	sentence: Span;
	/** The words the event is read from: its clause, or the sentence when no verb governs the date. */
	clause: Span;
	reading?: ClauseReading;
	method: 'stated' | 'inferred';
	/** "until 1995": the end of something whose start the article does not give. */
	endOnly: boolean;
	/** A clock time said roughly ("about 7:45 p.m."), which EDTF cannot mark on a date-time. */
	approximate: boolean;
	/** A name for a day ("Super Tuesday", "Christmas"): it joins an event drafted on that day. */
	namedDay: boolean;
	/** A clock time that names no day ("at 09:09am local time"): it joins the event of its day. */
	clockOnly: boolean;
}

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Words that begin a relative date or are a weekday's name, not a name for one day. */
const RELATIVE_OR_WEEKDAY = new RegExp(
	`^(?:today|tonight|yesterday|tomorrow|now|this|last|next|earlier|later|${alt(Object.keys(WEEKDAYS).filter((day) => day.endsWith('day')))})\\b`,
	'i'
);

/** A name for a day ("Super Tuesday", "Christmas", "Election Day"), not a weekday, a month or a relative word. */
function isNamedDay(words: string): boolean {
	return /^(?:\p{Lu}[\p{L}'’]*\s?)+$/u.test(words) && !NAMES_A_MONTH.test(words) && !RELATIVE_OR_WEEKDAY.test(words);
}

/** Words that can stand capitalised before a date without being part of a name with it. */
const NOT_NAME_BEFORE_DATE = /^(?:On|In|At|By|Since|Until|From|Before|After|During|Last|Next|This|That|Early|Late|Mid|The|Of|And|Or|But|Every|Each|Through)$/;

/** Whether a date is the end of a longer name ("Super Tuesday", "Black Friday"): a capitalised word joined to it. */
/** "Person of the Year": a capitalised "the Year" after "of" and a capitalised word ends a name; its range, if so. */
function ofTheName(text: string, expression: TemporalExpression): TextRange | undefined {
	if (!/^the \p{Lu}/u.test(expression.text)) return undefined;
	const before = /(\p{Lu}[\p{L}'’]* of )$/u.exec(text.slice(Math.max(0, expression.start - 30), expression.start));
	return before ? { start: expression.start - before[1]!.length, end: expression.end } : undefined;
}

function insideName(text: string, expression: TemporalExpression): boolean {
	if (ofTheName(text, expression)) return true;
	const word = /(\p{Lu}[\p{L}'’]*) $/u.exec(text.slice(Math.max(0, expression.start - 30), expression.start))?.[1];
	return word !== undefined && !NOT_NAME_BEFORE_DATE.test(word) && !NAMES_A_MONTH.test(word) && /^\p{Lu}/u.test(expression.text);
}

/** A name that ends in a word for a building ("Bontddu Hall", "Tupua Tamasese Meaole Hospital"). */
const BUILDING_NAME = new RegExp(`\\s(?:${[...BUILDING_NOUNS].join('|')})$`, 'i');
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How far apart, in characters, a day and its clock time are still one phrase ("30 August 2021 at 11:59 p.m."). */
const NEXT_TO = 12;
const CLOCK = /\d[:.]\d{2}|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|o['’]clock/i;
const NAMES_A_DAY = new RegExp(`\\d{4}|\\d/\\d|\\b(?:today|tonight|yesterday|tomorrow|${alt(Object.keys(WEEKDAYS))}|${alt(Object.keys(MONTHS))})\\b`, 'i');

/** A clock time that names no day ("at 2:49 a.m. local time"): the engine puts it on the day it reads from. */
const clockOnly = (expression: TemporalExpression) => expression.type === 'time' && CLOCK.test(expression.text) && !NAMES_A_DAY.test(expression.text);

/** Words before a date that make it the point an event is placed against, not its day ("prior to Super Tuesday"). */
const REFERENCE_POINT = /\b(?:in the (?:aftermath|wake|run-up|lead-up) of|in the (?:run-up|lead-up) to|prior to|ahead of|heading into|leading up to)\s+(?:the\s+)?$/i;

/** Whether a date is only the point of reference of its clause: the words before it, past the rest of its name. */
function isReferencePoint(text: string, expression: TemporalExpression): boolean {
	const before = text.slice(Math.max(0, expression.start - 60), expression.start).replace(/(?:\p{Lu}[\p{L}'’]*\s+)+$/u, '');
	return REFERENCE_POINT.test(before);
}

/** Whether the words give their own year ("2003", "the 1980s", "the 19th century"), rather than leaning on the publication date. */
function givesItsYear(expression: TemporalExpression): boolean {
	return /\d{3,}|'\d{2}\b|centur|millenni/i.test(expression.text) || /^\d{2}$/.test(expression.value);
}

/** A time zone after a clock time ("9:45 a.m. ET", "0749 UTC"): part of the date's words, never of a title. */
const TIME_ZONE = /^\s+(?:[ECMPA][SD]?T|UTC|GMT|BST|CES?T|EES?T|IST|JST|AES?T|AEDT|local time)\b/;

function statedRange(text: string, expression: TemporalExpression): TextRange {
	const before = SIGNAL_WORD.exec(text.slice(Math.max(0, expression.start - 24), expression.start));
	const zone = expression.type === 'time' ? TIME_ZONE.exec(text.slice(expression.end, expression.end + 12)) : null;
	return { start: expression.start - (before?.[1]?.length ?? 0), end: expression.end + (zone?.[0].length ?? 0) };
}

/** Joins the EDTF of a range's two ends: its first day to its last. */
function joinRange(first: string, last: string): string | undefined {
	if (first.includes('..') || last.includes('..')) return undefined;
	return `${first.split('/')[0]}/${last.split('/').at(-1)}`;
}

function excerptRange(text: string, clause: Span, stated: TextRange): TextRange {
	if (clause.end - clause.start <= MAX_EXCERPT) return clause;
	const reach = Math.max(0, Math.floor((MAX_EXCERPT - (stated.end - stated.start)) / 2));
	let start = Math.max(clause.start, stated.start - reach);
	let end = Math.min(clause.end, stated.end + reach);
	start = text.slice(start, stated.start).search(/(?<=\s)\S/) >= 0 && start > clause.start ? start + text.slice(start, stated.start).search(/(?<=\s)\S/) : start;
	const tail = text.slice(stated.end, end);
	if (end < clause.end && /\s/.test(tail)) end = stated.end + tail.replace(/\s+\S*$/, '').length;
	return { start, end };
}

/** The sentence without its closing punctuation and quotation marks: the excerpt of an event drafted from it. */
function sentenceBody(text: string, sentence: Span): Span {
	const body = text.slice(sentence.start, sentence.end);
	return { start: sentence.start + (body.length - body.trimStart().length), end: sentence.start + body.replace(/[\s]+$/u, '').length };
}

/** A bare number the text reads as a count ("1720 had already been discharged"), not a year. */
function isCount(expression: TemporalExpression, stated: TextRange, tokens: readonly Token[]): boolean {
	if (!/^\d{4}$/.test(expression.text) || stated.start !== expression.start) return false;
	const own = tokensIn(tokens, expression.start, expression.end);
	if (own.length !== 1) return false;
	// "in 2019", "the 2019 season", "their 2019 award": a year, whatever follows.
	const at = tokens.indexOf(own[0]!);
	const before = tokens[at - 1];
	const after = tokens[at + 1];
	if (before && (before.pos === 'ADP' || before.pos === 'DET' || /^['’]$/.test(before.text) || /^(?:his|her|its|their|our|my|your)$/i.test(before.text))) return false;
	if (own[0]!.count) return true;
	// "1720 had already been discharged", "1846 persons": a number that is a verb's subject or counts a noun.
	return after !== undefined && (after.pos === 'AUX' || (after.pos === 'NOUN' && after.lemma !== after.text.toLowerCase()));
}

/** A year that is part of a thing's name ("the 2020 presidential election", "the 2019 season"): no event happened in it. */
function nameOfAThing(expression: TemporalExpression, stated: TextRange, tokens: readonly Token[]): TextRange | undefined {
	if (!/^\d{4}$/.test(expression.text) || stated.start !== expression.start) return undefined;
	const at = tokens.findIndex((t) => t.start === expression.start);
	if (at < 1) return undefined;
	const before = tokens[at - 1]!;
	if (!(before.pos === 'DET' || (before.pos === 'PART' && /^['’]s$/.test(before.text)) || (before.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(before.text))))
		return undefined;
	let end = -1;
	for (let j = at + 1; j < tokens.length; j++) {
		const t = tokens[j]!;
		if (t.pos === 'NOUN' || t.pos === 'PROPN') end = j;
		// "their 2019 “Person of the Year”": a name in quotation marks, to its closing mark.
		else if (end < 0 && j === at + 1 && /^[“"‘]$/.test(t.text)) {
			const close = tokens.findIndex((c, k) => k > j && k <= j + 8 && /^[”"’]$/.test(c.text));
			if (close > j + 1) return { start: expression.start, end: tokens[close]!.end };
		} else if (end >= 0 || (t.pos !== 'ADJ' && t.pos !== 'VERB' && !(t.pos === 'PUNCT' && t.text === '-'))) break;
	}
	return end < 0 ? undefined : { start: expression.start, end: tokens[end]!.end };
}

/** Words the engine read as a date that are not one here: a count, or a year that is part of a name. */
const notADate = (expression: TemporalExpression, stated: TextRange, tokens: readonly Token[]) =>
	isCount(expression, stated, tokens) || nameOfAThing(expression, stated, tokens) !== undefined;

/** The names of a list ("Woolworths and Coles"), each the last run of proper nouns of its item. */
function listedNames(tokens: readonly Token[]): Token[][] {
	const items: Token[][] = [[]];
	for (const t of tokens) {
		if (t.pos === 'CCONJ' || t.text === ',') items.push([]);
		else items.at(-1)!.push(t);
	}
	return items
		.filter((item) => item.length > 0)
		.map((item) => {
			const from = item.findLastIndex((t) => t.pos !== 'PROPN');
			return from < item.length - 1 ? item.slice(from + 1) : item;
		});
}

/**
 * "Woolworths and Coles lowered their limits on Sunday and Saturday, respectively": the date at `at` of
 * the sentence's `count` dates is the item at `at` of a list that says who, in the subject or after "by".
 */
function respectively(reading: ClauseReading | undefined, sentence: string, at: number, count: number): ClauseReading | undefined {
	if (!reading || at < 0 || count < 2 || !/\brespectively\b/i.test(sentence)) return reading;
	const subjects = listedNames(reading.subject);
	if (subjects.length === count) return { ...reading, subject: subjects[at]! };
	const by = reading.rest.findIndex((t) => t.text.toLowerCase() === 'by');
	if (by < 0) return reading;
	let end = by + 1;
	while (end < reading.rest.length && (reading.rest[end]!.pos === 'PROPN' || reading.rest[end]!.pos === 'CCONJ' || reading.rest[end]!.text === ',')) end++;
	const agents = listedNames(reading.rest.slice(by + 1, end));
	if (agents.length !== count) return reading;
	return { ...reading, rest: [...reading.rest.slice(0, by + 1), ...agents[at]!, ...reading.rest.slice(end)] };
}

/** The words a clause reading is made of: its subject, verb and the rest, and what was said. */
const readingTokens = (reading: ClauseReading): Token[] => [...reading.subject, ...reading.verb, ...reading.rest, ...(reading.said ? readingTokens(reading.said) : [])];

/** The clause a date belongs to, as a span of the text: its subject to the end of what follows its verb. */
function clauseSpan(reading: ClauseReading | undefined, stated: TextRange, sentence: Span, text: string): Span {
	if (!reading) return sentenceBody(text, sentence);
	const tokens = readingTokens(reading);
	return { start: Math.min(stated.start, ...tokens.map((t) => t.start)), end: Math.max(stated.end, ...tokens.map((t) => t.end)) };
}

interface Reading {
	tokens: Token[];
	sentences: Span[];
}

function findCandidates(text: string, expressions: readonly TemporalExpression[], read: Reading, skipped: SkippedExpression[]): Candidate[] {
	const { tokens, sentences } = read;
	const candidates: Candidate[] = [];
	const joined = new Set<number>();
	/** Clock times said before the day they fall on ("At 2:49 a.m. … on Saturday"), by the day's expression. */
	const timesOfDay = new Map<number, number[]>();
	const statedRanges = expressions.map((e) => statedRange(text, e));
	expressions.forEach((expression, index) => {
		if (joined.has(index)) return;
		const skip = (reason: string) => skipped.push({ expression: index, reason });
		if (expression.type === 'duration') return skip('a duration, not a date');
		if (expression.type === 'set') return skip('a repeating time, not one date');
		if (expression.edtf === undefined) return skip('too vague to place on a timeline');
		const sentence = spanAt(sentences, expression.start) ?? { start: expression.start, end: expression.end };
		if (wordCount(text.slice(sentence.start, sentence.end)) === wordCount(expression.text)) return skip("the article's date line");
		const stated = { ...statedRanges[index]! };
		if (clockOnly(expression)) {
			// A clock time gives the hour of the day its sentence names, wherever the day is said.
			const day = expressions.findIndex((o, i) => i !== index && o.start >= sentence.start && o.end <= sentence.end && !clockOnly(o) && DAY.test(o.edtf?.slice(0, 10) ?? ''));
			if (day > index) {
				timesOfDay.set(day, [...(timesOfDay.get(day) ?? []), index]);
				return;
			}
			const candidateOfDay = day >= 0 ? candidates.find((c) => c.expressions.includes(day)) : undefined;
			if (candidateOfDay) {
				const time = expression.edtf.replace(/~$/, '');
				if (DAY.test(candidateOfDay.edtf) && time.startsWith(`${candidateOfDay.edtf}T`)) {
					candidateOfDay.edtf = time;
					candidateOfDay.approximate = expression.edtf.endsWith('~');
				}
				// "on 30 August 2021 at 11:59 p.m.": the words of a day and its hour are said as one.
				if (expression.start - candidateOfDay.stated.end <= NEXT_TO) candidateOfDay.stated.end = expression.end;
				candidateOfDay.expressions.push(index);
				return;
			}
		}
		if (isCount(expression, stated, tokens)) return skip('a number the text reads as a count, not a year');
		const name = nameOfAThing(expression, stated, tokens) ?? ofTheName(text, expression);
		if (name) return skip(`part of a name (“${text.slice(name.start, name.end)}”), not when something happened`);
		if (isReferencePoint(text, expression)) return skip('a point of reference (“prior to”, “in the aftermath of”), not when something happened');
		if (
			/^\d{4}$/.test(expression.edtf) &&
			expressions.some((other) => other !== expression && other.start >= sentence.start && other.end <= sentence.end && other.edtf?.startsWith(`${expression.edtf}-`))
		) {
			return skip('the year of the more precise dates in its sentence');
		}
		let edtf = expression.edtf;
		// Chronoscope draws from a known start: "until 1995" becomes the day it ended.
		const endOnly = edtf.startsWith('../');
		if (endOnly) edtf = edtf.slice(3);
		let approximate = edtf.includes('T') && edtf.endsWith('~');
		if (approximate) edtf = edtf.slice(0, -1);
		const times = timesOfDay.get(index) ?? [];
		const firstTime = expressions[times[0] ?? -1]?.edtf;
		if (firstTime && DAY.test(edtf)) {
			edtf = `${edtf}T${firstTime.replace(/~$/, '').split('T')[1]}`;
			approximate = firstTime.endsWith('~');
			const saidFrom = statedRanges[times[0]!]!.start;
			if (stated.start - expressions[times.at(-1)!]!.end <= NEXT_TO) stated.start = saidFrom;
		}
		// "On December 5 and 6": two days running, said as one, are one event over both.
		const next = expressions[index + 1];
		const nextDay =
			next?.edtf &&
			DAY.test(edtf) &&
			DAY.test(next.edtf) &&
			/^\s*and\s*$/.test(text.slice(expression.end, next.start)) &&
			daysBetween(edtf, next.edtf) === 1 &&
			!/\brespectively\b/i.test(text.slice(sentence.start, sentence.end));
		if (nextDay) {
			edtf = `${edtf}/${next.edtf}`;
			stated.end = next.end;
			joined.add(index + 1);
		}
		const partner = expression.rangeWith;
		if (partner !== undefined && partner > index) {
			const other = expressions[partner]!;
			const range = other.edtf === undefined ? undefined : joinRange(edtf, other.edtf);
			if (range) {
				edtf = range;
				stated.end = other.end;
				joined.add(partner);
			}
		}
		const sentenceTokens = tokensIn(tokens, sentence.start, sentence.end);
		// A date inside a name ("Super Tuesday primaries") stays in the title: it is the name's.
		// Durations ("within an hour") say how, not when: they stay too.
		const datesInSentence = statedRanges.filter(
			(r, i) =>
				r.start >= sentence.start &&
				r.end <= sentence.end &&
				!insideName(text, expressions[i]!) &&
				(i === index || (expressions[i]!.type !== 'duration' && expressions[i]!.type !== 'set' && !notADate(expressions[i]!, statedRanges[i]!, tokens)))
		);
		const ownDates = datesInSentence.filter((r) => expressions.some((e) => e.start >= r.start && e.end <= r.end && e.type !== 'duration' && e.type !== 'set'));
		const reading = respectively(
			readClause(sentenceTokens, datesInSentence, stated),
			text.slice(sentence.start, sentence.end),
			ownDates.findIndex((r) => r.start === stated.start),
			ownDates.length
		);
		const clause = clauseSpan(reading, stated, sentence, text);
		const clauseText = text.slice(clause.start, clause.end);
		// "the deadliest since 2003", "the first time since the retirement of the shuttles in 2011".
		const sinceBefore = /\bsince\b[^,;:.!?]*$/i.exec(text.slice(sentence.start, stated.start));
		if (
			(/^since\b/i.test(text.slice(stated.start, stated.end)) && COMPARISON.test(clauseText)) ||
			(sinceBefore && COMPARISON.test(text.slice(sentence.start, sentence.start + sinceBefore.index)))
		) {
			return skip('a comparison with the past, not an event');
		}
		const previous = candidates.at(-1);
		// A part of the day said with the day ("on Friday, in the evening") refines it; "that night", said of
		// another clause, is another event.
		if (
			expression.type === 'time' &&
			previous &&
			previous.sentence.start === sentence.start &&
			stated.start - previous.stated.end <= NEXT_TO &&
			edtf.startsWith(previous.edtf) &&
			!previous.edtf.includes('/')
		) {
			previous.edtf = edtf;
			previous.approximate = approximate;
			previous.stated.end = expression.end;
			previous.expressions.push(index);
			return;
		}
		const method = givesItsYear(expression) || (partner !== undefined && joined.has(partner) && givesItsYear(expressions[partner]!)) ? 'stated' : 'inferred';
		const indices = [...(joined.has(partner ?? -1) ? [index, partner!] : [index]), ...(nextDay ? [index + 1] : []), ...times];
		const namedDay = isNamedDay(expression.text);
		candidates.push({
			expressions: indices,
			edtf,
			stated,
			sentence,
			clause,
			...(reading ? { reading } : {}),
			method,
			endOnly,
			approximate,
			namedDay,
			clockOnly: clockOnly(expression)
		});
	});
	return candidates;
}

/**
 * The expressions a draft of this text makes no event of, and why (a duration, a repeating time, a vague
 * word, the date line, a comparison, a count, part of a name): what `draftTimeline` returns as `skipped`,
 * without drafting.
 */
export function skippedExpressions(text: string, expressions: readonly TemporalExpression[]): SkippedExpression[] {
	const skipped: SkippedExpression[] = [];
	findCandidates(text, expressions, { tokens: tagText(text), sentences: sentenceSpans(text) }, skipped);
	return skipped;
}

function dateNote(statedWords: string, candidate: Candidate, published: string, saidOn?: string): string {
	if (candidate.edtf.endsWith('/..')) return `“${statedWords}”: the article gives when it began; it was still going on as of ${published}.`;
	if (candidate.endOnly) return `“${statedWords}”: when it ended; the article does not say when it began.`;
	if (saidOn) return `“${statedWords}”: said in a quotation on ${saidOn}, and counted from that day.`;
	if (candidate.method === 'stated') return `“${statedWords}”: the date as the article gives it.`;
	if (COUNTED_FROM_ANCHOR.test(statedWords)) return `“${statedWords}”: counted from the date the article names before it.`;
	if (NAMES_A_MONTH.test(statedWords)) return `“${statedWords}” gives no year: read as the nearest one to the publication date, ${published}.`;
	return `“${statedWords}”: counted from the publication date, ${published}.`;
}

/** Days from one day to another, both YYYY-MM-DD. */
const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseDay(to)!, parseDay(from)!);

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
function redateQuotations(
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
function quotationTitle(
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

/** The first year a date touches, for comparing how far apart events are. */
/**
 * "Earlier this week", said on a Saturday, is Monday to Friday: the part of the week (or month) before the
 * day it was said; "later this week" the part after it.
 */
function partOfTheWeekOrMonth(words: string, edtf: string, published: string): string {
	const which = /\b(earlier|later)\s+this\s+(week|month)\b/i.exec(words)?.[1]?.toLowerCase();
	const said = parseDay(published);
	if (!which || !said) return edtf;
	const [from, to] = edtf.includes('/')
		? edtf.split('/')
		: [`${edtf}-01`, /^\d{4}-\d{2}$/.test(edtf) ? dayValue(shift(shift(parseDay(`${edtf}-01`)!, 'month', 1), 'day', -1)) : ''];
	if (!from || !to || !DAY.test(from) || !DAY.test(to)) return edtf;
	const before = dayValue(shift(said, 'day', -1));
	const after = dayValue(shift(said, 'day', 1));
	if (which === 'earlier') return before >= from && before <= to ? (before === from ? from : `${from}/${before}`) : edtf;
	return after >= from && after <= to ? (after === to ? to : `${after}/${to}`) : edtf;
}

const firstYear = (edtf: string) => Number(/^-?\d+/.exec(edtf.replace(/X/g, '0'))?.[0] ?? NaN);

/**
 * In an article about the present (most of its events within weeks of its publication), a bare year
 * years before all the others is more likely a misread number than history: it is drafted, with a doubt.
 */
function farBefore(edtfs: readonly string[], published: string): (edtf: string) => boolean {
	const recent = edtfs.filter((e) => DAY.test(e.slice(0, 10)) && Math.abs(daysBetween(published, e.slice(0, 10))) <= PRESENT_DAYS).length;
	if (edtfs.length < 3 || recent * 2 < edtfs.length) return () => false;
	const years = edtfs.map((edtf) => ({ edtf, year: firstYear(edtf) }));
	return (edtf) => {
		const others = years.filter((y) => y.edtf !== edtf).map((y) => y.year);
		return others.length > 0 && firstYear(edtf) < Math.min(...others) - FAR_YEARS;
	};
}

/** Nouns that name what happened to their owner, and the headline of it ("its creation in 1950" → "created"). */
const EVENT_NOUNS: Record<string, string> = {
	creation: 'created',
	founding: 'founded',
	foundation: 'founded',
	establishment: 'established',
	formation: 'formed',
	construction: 'built',
	completion: 'completed',
	opening: 'opens',
	closure: 'closes',
	inauguration: 'inaugurated',
	launch: 'launched',
	death: 'dies',
	birth: 'born',
	marriage: 'marries',
	retirement: 'retires',
	resignation: 'resigns',
	arrest: 'arrested',
	release: 'released',
	election: 'elected',
	appointment: 'appointed',
	debut: 'debuts',
	independence: 'gains independence',
	assassination: 'assassinated',
	execution: 'executed',
	discovery: 'discovered'
};

/**
 * "The seat has, since its creation in 1950, always elected …": the date is the creation's, whatever the
 * clause around it says; titled by whose it was and what happened to it ("Blyth Valley created").
 */
function nominalEventTitle(text: string, tokens: readonly Token[], candidate: Candidate, nameFor: (pronoun: Token) => string | undefined): string | undefined {
	if (!/^(?:in|on)\s/i.test(text.slice(candidate.stated.start, candidate.stated.end))) return undefined;
	const at = tokens.findIndex((t) => t.start === candidate.stated.start);
	const noun = tokens[at - 1];
	const owner = tokens[at - 2];
	const happened = noun && EVENT_NOUNS[noun.text.toLowerCase()];
	if (!happened || !owner) return undefined;
	let name: string | undefined;
	if (owner.pos === 'PRON' && /^(?:its|his|her|their)$/i.test(owner.text)) name = nameFor(owner);
	else if (owner.pos === 'PART' && /^['’]s$/.test(owner.text)) {
		let from = at - 3;
		while (from > 0 && tokens[from - 1]!.pos === 'PROPN') from--;
		if (tokens[at - 3]?.pos === 'PROPN') name = joinTokens(tokens.slice(from, at - 2));
	}
	return name ? sentenceCase(`${name} ${happened}`) : undefined;
}

/** Content words, for telling whether two mentions of a date are one event. */
const contentWords = (tokens: readonly Token[]) => new Set(tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'VERB').map((t) => t.lemma));

function overlap(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.min(a.size, b.size);
}

export function draftTimeline(input: DraftInput): Draft {
	const { text, published } = input;
	const expressions = input.expressions ?? extractTemporalExpressions(text, published).expressions;
	const sentences = sentenceSpans(text);
	const tokens = tagText(text);
	const skipped: SkippedExpression[] = [];
	const candidates = findCandidates(text, expressions, { tokens, sentences }, skipped);
	for (const candidate of candidates) {
		const words = text.slice(candidate.stated.start, candidate.stated.end);
		candidate.edtf = partOfTheWeekOrMonth(words, candidate.edtf, published);
		// "leave the EU by the end of January": a deadline is its last day.
		if (/^by the end of\b/i.test(words) && /^[\d-]+\/[\d-]+$/.test(candidate.edtf)) candidate.edtf = candidate.edtf.split('/')[1]!;
	}
	const saidOn = redateQuotations(text, candidates, expressions, published, sentences);

	const datesOverlap = (n: Name) => expressions.some((e) => e.start < n.end && n.start < e.end);
	// The names of each sentence, found once: for lanes, and for the pronouns that stand for them.
	const namesBySentence = new Map<number, Name[]>();
	const namesOfSentence = (sentence: Span): Name[] => {
		let names = namesBySentence.get(sentence.start);
		if (!names) namesBySentence.set(sentence.start, (names = namesOf(text, tokensIn(tokens, sentence.start, sentence.end)).filter((n) => !datesOverlap(n))));
		return names;
	};
	const allNames = sentences.flatMap(namesOfSentence);
	const { lanes: allLanes, laneOf } = groupNames(allNames);
	const mainPerson = allLanes.filter((l) => l.kind === 'person').sort((a, b) => b.mentions - a.mentions)[0];
	// The subjects of the clauses read, in text order, for "it": none a pronoun itself.
	const subjectsInOrder = candidates
		.flatMap((c) => [c.reading?.subject ?? [], c.reading?.said?.subject ?? []])
		.filter((s) => s.length > 0 && !(s.length === 1 && s[0]!.pos === 'PRON'))
		.sort((a, b) => a.at(-1)!.end - b.at(-1)!.end);
	/** The name a pronoun stands for: "he" or "she" a person named nearby, "it" or "they" the subject before it. */
	const nameFor = (pronoun: Token): string | undefined => {
		// A possessive stands for whom its pronoun would: "his" for "he", "its" for "it".
		const lower = ({ his: 'he', its: 'it', their: 'they' } as Record<string, string>)[pronoun.text.toLowerCase()] ?? pronoun.text.toLowerCase();
		const before = allNames.filter((n) => n.end <= pronoun.start);
		if (lower === 'he' || lower === 'she' || lower === 'him' || lower === 'her') {
			// Of the people named in this sentence and the two before, the one the article is most about; in a
			// tie, the first named in the nearest sentence (what a sentence is about).
			const people = before.filter((n) => laneOf(n).kind === 'person');
			const at = spanAt(sentences, pronoun.start);
			const window = [at, ...sentences.filter((s) => s.end <= pronoun.start).reverse()].slice(0, 3).filter((s): s is Span => s !== undefined);
			const near = window.flatMap((s) => people.filter((n) => n.start >= s.start && n.end <= s.end).map(laneOf));
			const best = near.reduce<LaneSuggestion | undefined>((chosen, lane) => (!chosen || lane.mentions > chosen.mentions ? lane : chosen), undefined);
			// Someone named once nearby (a witness) is less likely "he" than the person the article is about.
			if (best && best.mentions < 2 && mainPerson && mainPerson.mentions >= 3) return mainPerson.label;
			return (best ?? (people.at(-1) ? laneOf(people.at(-1)!) : mainPerson))?.label;
		}
		// "The Boeing company … and its Starliner craft": "its" is first what its own sentence has named.
		if (/^its$/i.test(pronoun.text)) {
			const sentence = spanAt(sentences, pronoun.start);
			const named = sentence ? before.find((n) => n.start >= sentence.start && laneOf(n).kind !== 'person') : undefined;
			if (named) return laneOf(named).label;
		}
		// "The hotel": the building the article is about, named with a word for a building ("Bontddu Hall").
		if (BUILDING_NOUNS.has(lower)) {
			const buildings = before.filter((n) => BUILDING_NAME.test(n.text));
			const most = buildings.map(laneOf).reduce<LaneSuggestion | undefined>((chosen, lane) => (!chosen || lane.mentions > chosen.mentions ? lane : chosen), undefined);
			return most?.label;
		}
		// "The band": the organisation named last, a few sentences back at most.
		if (ORGANISATION_NOUNS.has(lower)) {
			// Of those named nearby, one that was the first name of its sentence (its subject, most often).
			const near = before.filter((n) => laneOf(n).kind === 'organisation' && n.end > pronoun.start - 400);
			const first = near.filter((n) => namesOfSentence(spanAt(sentences, n.start) ?? { start: n.start, end: n.end })[0] === n);
			const chosen = first.at(-1) ?? near.at(-1);
			return chosen ? laneOf(chosen).label : undefined;
		}
		if (lower === 'they' || lower === 'it') {
			// "It" is what the clause before was about: the last subject that is not itself a pronoun.
			const subject = subjectsInOrder.filter((s) => s.at(-1)!.end <= pronoun.start && s.at(-1)!.end > pronoun.start - 400).at(-1);
			if (subject) return joinTokens(subject.filter((t, i) => !(i === 0 && /^(?:the|a|an)$/i.test(t.text))));
			const last = before.filter((n) => n.kind !== 'person' && n.end > pronoun.start - 300).at(-1);
			return last ? laneOf(last).label : undefined;
		}
		return undefined;
	};

	const namesOfCandidate = (c: Candidate): { subject: LaneSuggestion[]; others: LaneSuggestion[] } => {
		const names = namesOfSentence(c.sentence);
		const within = (tokens: readonly Token[]) => names.filter((n) => tokens.some((t) => t.start < n.end && n.start < t.end));
		const reading = c.reading?.said && !c.reading.subject.length ? c.reading.said : c.reading;
		let subject = reading ? within(reading.subject).map(laneOf) : [];
		if (reading && subject.length === 0 && reading.subject.length === 1 && reading.subject[0]!.pos === 'PRON') {
			const name = nameFor(reading.subject[0]!);
			const lane = allLanes.find((l) => l.label === name);
			if (lane) subject = [lane];
		}
		// A clause with no subject of its own ("Since seizing it in 2021, the Taliban …") is about its sentence's first name.
		if (reading && reading.subject.length === 0 && names.length > 0) subject = [laneOf(names[0]!)];
		const words = c.reading ? readingTokens(c.reading) : tokensIn(tokens, c.clause.start, c.clause.end);
		const inClause = within(words).map(laneOf);
		return { subject: [...new Set(subject)], others: [...new Set(inClause)].filter((l) => !subject.includes(l)) };
	};

	// One event per thing that happened on a date: the same date said again of the same subject, in the
	// same sentence, or by a name for the day ("Super Tuesday"), adds an excerpt to the event.
	interface Merged {
		candidate: Candidate;
		names: { subject: LaneSuggestion[]; others: LaneSuggestion[] };
		words: Set<string>;
		more: Candidate[];
	}
	const merged: Merged[] = [];
	const wordsOf = (c: Candidate) => contentWords(tokensIn(tokens, c.clause.start, c.clause.end).filter((t) => !(t.start < c.stated.end && c.stated.start < t.end)));
	for (const candidate of candidates) {
		const names = namesOfCandidate(candidate);
		const words = wordsOf(candidate);
		// A clock time with no day in its sentence is an hour of the day the article has been telling.
		const sameDay = candidate.clockOnly
			? merged.findLast((m) => DAY.test(m.candidate.edtf.slice(0, 10)) && candidate.edtf.startsWith(`${m.candidate.edtf.slice(0, 10)}T`))
			: undefined;
		const same =
			sameDay ??
			merged.find(
				(m) =>
					m.candidate.edtf === candidate.edtf &&
					(m.candidate.sentence.start === candidate.sentence.start ||
						candidate.namedDay ||
						m.candidate.namedDay ||
						(names.subject.length > 0 && names.subject.some((l) => m.names.subject.includes(l)) && (DAY.test(candidate.edtf.slice(0, 10)) || overlap(words, m.words) >= 0.3)) ||
						overlap(words, m.words) >= 0.5)
			);
		if (same) {
			same.more.push(candidate);
			// A name for the day says less than the clause that tells what happened on it.
			if (same.candidate.namedDay && !candidate.namedDay) [same.candidate, same.more[same.more.length - 1]] = [candidate, same.candidate];
		} else merged.push({ candidate, names, words, more: [] });
	}

	// Lanes are the actors several events are about; an event's own subject comes first.
	const eventsOfLane = new Map<LaneSuggestion, number>();
	for (const m of merged) for (const lane of new Set([...m.names.subject, ...m.names.others])) eventsOfLane.set(lane, (eventsOfLane.get(lane) ?? 0) + 1);
	const shared = (lane: LaneSuggestion) => (eventsOfLane.get(lane) ?? 0) > 1;

	const doubtful = farBefore(
		merged.map((m) => m.candidate.edtf),
		published
	);
	const normalised = normaliseForMatching(text);
	const usedIds = new Set<string>();
	const usedLanes = new Map<string, { id: string; label: string }>();
	const usedCategories = new Set<string>();
	const events: DraftedEvent[] = merged.map(({ candidate, names, more }) => {
		const statedWords = text.slice(candidate.stated.start, candidate.stated.end);
		const clauseText = text.slice(candidate.clause.start, candidate.clause.end);
		const sentenceText = text.slice(candidate.sentence.start, candidate.sentence.end);
		const sentenceNames = namesOfSentence(candidate.sentence);
		const actor = sentenceNames.length ? laneOf(sentenceNames[0]!).label : mainPerson?.label;
		const clauseDates = expressions
			.filter((e) => e.start >= candidate.clause.start && e.end <= candidate.clause.end)
			.map((e) => ({ start: e.start - candidate.clause.start, end: e.end - candidate.clause.start }));
		const title =
			withinLimit(quotationTitle(text, tokens, sentences, candidate, nameFor) ?? '') ||
			withinLimit(nominalEventTitle(text, tokens, candidate, nameFor) ?? '') ||
			(candidate.reading ? titleOfReading(candidate.reading, { nameFor, ...(actor ? { actor } : {}) }) : '') ||
			titleFromWords(clauseText, clauseDates) ||
			statedWords;
		const id = eventId(title, usedIds);
		usedIds.add(id);
		const category = categorise(clauseText, sentenceText);
		if (category) usedCategories.add(category.id);
		const eventLanes = [...names.subject, ...names.others].filter(shared).slice(0, MAX_LANES_PER_EVENT);
		for (const lane of eventLanes) usedLanes.set(lane.id, { id: lane.id, label: lane.label });
		const excerpts = [candidate, ...more].map((c) => uniqueSelector(text, normalised, excerptRange(text, sentenceBody(text, c.sentence), c.stated)));
		const said = saidOn.get(candidate);
		const event: TimelineEventData = {
			id,
			title,
			summary: sentenceText.trim(),
			origin: 'article',
			...(category ? { category: category.id } : {}),
			lanes: eventLanes.map((l) => l.id),
			stated: { text: statedWords, edtf: candidate.edtf },
			date: {
				edtf: candidate.edtf,
				...(candidate.approximate ? { approximate: true } : {}),
				method: candidate.method,
				note: dateNote(statedWords, candidate, published, said),
				citations: []
			},
			excerpts
		};
		// Only a bare number can be a misread count: "On March 18, 1965" in an obituary is history.
		const doubt =
			doubtful(candidate.edtf) && /^\d{3,4}$/.test(expressions[candidate.expressions[0]!]!.text)
				? `${candidate.edtf.slice(0, 4)} is years before every other event of an article about ${published.slice(0, 4)}: is “${statedWords}” a date here?`
				: undefined;
		return { event, expressions: [candidate, ...more].flatMap((c) => c.expressions), ...(doubt ? { doubt } : {}) };
	});

	// A date line at the top that is the publication date states it; otherwise the date is the editor's.
	const dateLine = skipped.some((s) => s.reason === "the article's date line" && expressions[s.expression]?.value === published);
	const asOf = dateLine
		? { date: published, method: 'stated' as const, note: 'The date line at the top of the article gives it.' }
		: { date: published, method: 'external' as const, note: 'The publication date, as given when the timeline was drafted.', citations: [] };
	const categories = CATEGORY_RULES.filter((c) => usedCategories.has(c.id)).map(({ id, label }) => ({ id, label }));
	const document: TimelineDocument = {
		version: 1,
		id: input.id ?? (kebab(input.title).split('-').slice(0, 8).join('-') || 'timeline'),
		article: {
			title: input.title,
			publisher: input.publisher,
			language: input.language ?? 'en',
			...(input.url ? { url: input.url } : {}),
			...(input.textFile ? { textFile: input.textFile } : { text }),
			asOf
		},
		lanes: [...usedLanes.values()],
		categories,
		events: events.map((e) => e.event)
	};
	return { document, expressions, events, skipped };
}
