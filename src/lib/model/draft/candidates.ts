/**
 * Which dates of an article are events, and the words each is read from. Expressions that are not events
 * (durations, repeating times, vague references, the article's date line, comparisons such as "the
 * deadliest since 2003", counts read as years, parts of names, points of reference) are kept with the
 * reason, so an editor sees everything the engine found; the two ends of a range, two days running said
 * as one, and a day and its clock time make one candidate.
 */
import type { TextRange } from '../document/anchor';
import type { TemporalExpression } from '../extract/types';
import { MONTHS, WEEKDAYS } from '../extract/lexicon';
import { alt } from '../extract/patterns';
import { readClause, type ClauseReading } from './clauses';
import { sentenceSpans, spanAt, type Span } from '../text/sentences';
import { tagText, tokensIn, type Token } from './tagger';
import { differenceInCalendarDays } from 'date-fns';
import { parseDay } from '../extract/calendar';

/** An expression the engine found that the draft makes no event of. */
export interface SkippedExpression {
	/** Its index into `expressions`. */
	expression: number;
	/** Why, in words that follow "not drafted as an event:" ("a duration, not a date"). */
	reason: string;
}

const SIGNAL_WORD = /(?:^|[^\p{L}])((?:since|until|till|through|to|before|after|from|between|by|in|on|at|during|throughout|as of|as early as|as late as)\s+)$/iu;
/** Words that compare with the past ("the deadliest since 2003"); "at least 62" counts, it compares nothing. */
const COMPARISON = /\b(?:\p{L}+est|(?<!\bat )(?:most|least)|first time|record|ever|any other)\b/iu;
/** A month or a day of one, which the article gives without its year ("in July", "October 31"). */
export const NAMES_A_MONTH = new RegExp(`\\b${alt(Object.keys(MONTHS))}\\b`, 'i');

export interface Candidate {
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

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How far apart, in characters, a day and its clock time are still one phrase ("30 August 2021 at 11:59 p.m."). */
export const NEXT_TO = 12;
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
export const readingTokens = (reading: ClauseReading): Token[] => [...reading.subject, ...reading.verb, ...reading.rest, ...(reading.said ? readingTokens(reading.said) : [])];

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

export function findCandidates(text: string, expressions: readonly TemporalExpression[], read: Reading, skipped: SkippedExpression[]): Candidate[] {
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

/** The sentence without its closing punctuation and quotation marks: the excerpt of an event drafted from it. */
export function sentenceBody(text: string, sentence: Span): Span {
	const body = text.slice(sentence.start, sentence.end);
	return { start: sentence.start + (body.length - body.trimStart().length), end: sentence.start + body.replace(/[\s]+$/u, '').length };
}

/** Days from one day to another, both YYYY-MM-DD. */
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseDay(to)!, parseDay(from)!);
