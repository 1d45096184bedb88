/**
 * The engine: every rule's pattern runs over the text; where matches overlap the longest wins (the
 * earlier rule on a tie); the survivors are read in text order, so that a date can lean on the dates
 * before it; then modifiers before an expression are taken in ("nearly two decades"), the word before it
 * is kept as its signal ("since"), the ends of ranges are linked, and the value is written as EDTF.
 */
import { parseDay, type Day, type Direction } from './calendar';
import { toEdtf } from './edtf';
import { FUTURE_MARKERS, MODIFIERS, NOT_PAST, PAST_MARKERS } from './lexicon';
import { alt } from './patterns';
import type { Context, Reading, Rule } from './rule';
import { DATE_RULES } from './rules/dates';
import { DURATION_RULES } from './rules/durations';
import { SET_RULES } from './rules/sets';
import { TIME_RULES } from './rules/times';
import { VAGUE_RULES } from './rules/vague';
import type { ExtractionResult, Signal, TemporalExpression, TimexMod } from './types';

/** On a tie in length, the rule listed first wins. */
export const RULES: readonly Rule[] = [...TIME_RULES, ...DATE_RULES, ...VAGUE_RULES, ...SET_RULES, ...DURATION_RULES];
const COMPILED = RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'gdi') }));

export class ExtractionError extends Error {}

interface Candidate {
	start: number;
	end: number;
	order: number;
	match: RegExpExecArray;
}

function findCandidates(text: string): Candidate[] {
	const found: Candidate[] = [];
	COMPILED.forEach(({ rule, re }, order) => {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			if (!rule.accept || rule.accept(m, text)) found.push({ start: m.index, end: m.index + m[0].length, order, match: m });
		}
	});
	return found;
}

/** The longest candidates first, each kept if nothing kept before overlaps it. */
function selectCandidates(candidates: Candidate[], length: number): Candidate[] {
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
	const taken = new Uint8Array(length);
	const kept: Candidate[] = [];
	outer: for (const c of candidates) {
		for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
		taken.fill(1, c.start, c.end);
		kept.push(c);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** How far back a clock time looks for the day it is on: its sentence or the paragraph before. */
const DAY_REACH = 600;
const FUTURE = new RegExp(`(?:^|[^\\w'’])${alt(FUTURE_MARKERS)}(?![\\w])`, 'i');
const WOULD = /(?:^|[^\w])would(?![\w])/i;
// An -ed word after a form of "be" is a passive participle ("to be returned by Jan. 14"), which says no tense.
const PAST_WORD = new RegExp(`(?:^|[^\\w'’-])(?:${alt(PAST_MARKERS)}|(?<!\\b(?:be|been|being|is|are|am|get|gets)\\s+)(?!${alt(NOT_PAST)}(?![\\w]))[a-z]{2,}ed)(?![\\w'’-])`);
const REPORTED = /(?:^|[^\w'’-])(?:said|told|reported|announced|added|noted|stated|claimed|confirmed|explained|indicated|warned|estimated|predicted|ruled)(?![\w'’-])/i;
/** A clause ends at punctuation; a date's tense is read first in its own clause. */
const CLAUSE_BREAK = /[,;:()"“”—–]/;
const CLAUSE_REACH = 120;
const SENTENCE_REACH = 400;
/** Abbreviations whose full stop does not end a sentence ("Jan. 14", "Mr. Bush", "U.S. officials"). */
const ABBREVIATION =
	/(?:^|[^\w])(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|a\.m|p\.m|U\.S|U\.N|U\.K)\.$/;

/** Whether the character at i ends a sentence: a full stop, question or exclamation mark before a space, not an abbreviation's. */
function endsSentence(text: string, i: number): boolean {
	const c = text[i];
	if (c === '\n') return true;
	if (c !== '.' && c !== '!' && c !== '?') return false;
	if (!/^["”’)]*(?:\s|$)/.test(text.slice(i + 1, i + 4))) return false;
	return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i + 1));
}

function clauseBounds(text: string, start: number, end: number): [number, number] {
	let from = start;
	const floor = Math.max(0, start - CLAUSE_REACH);
	while (from > floor && !CLAUSE_BREAK.test(text[from - 1]!) && !endsSentence(text, from - 1)) from--;
	let to = end;
	const ceiling = Math.min(text.length, end + CLAUSE_REACH);
	while (to < ceiling && !CLAUSE_BREAK.test(text[to]!) && !endsSentence(text, to)) to++;
	return [from, to];
}

function sentenceEndAfter(text: string, at: number): number {
	const ceiling = Math.min(text.length, at + SENTENCE_REACH);
	let i = at;
	while (i < ceiling && !endsSentence(text, i)) i++;
	return i;
}

/** The first word that says a tense in a stretch of text: "will" or a past form, whichever comes first. */
function firstTense(stretch: string): Direction {
	const future = FUTURE.exec(stretch) ?? WOULD.exec(stretch);
	const past = PAST_WORD.exec(stretch);
	if (future && (!past || future.index < past.index)) return 'future';
	return past ? 'past' : 'unknown';
}

function tenseAt(text: string, at: number): Direction {
	// "since March" looks back whatever the sentence goes on to say.
	if (/\bsince[\s\u00a0]+(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(Math.max(0, at - 16), at))) return 'past';
	// The verb just before the date dates it, a reporting verb too: "announced Wednesday", "ruled Tuesday that …".
	const justBefore = /(?:\S+\s+){0,3}$/.exec(text.slice(Math.max(0, at - 40), at))![0];
	if (!/[,;:()"“”—–]/.test(justBefore)) {
		if (FUTURE.test(justBefore)) return 'future';
		if (PAST_WORD.test(justBefore) || REPORTED.test(justBefore)) return 'past';
	}
	const [from, to] = clauseBounds(text, at, at + 1);
	const clause = text.slice(from, to);
	if (FUTURE.test(clause) || WOULD.test(clause)) return 'future';
	if (PAST_WORD.test(clause)) return 'past';
	// A date put first ("On Tuesday, the league will …", "In March, IS-K fighters carried out …") takes
	// the tense of the clause it is put before.
	const fronted = (from === 0 || endsSentence(text, from - 1) || /\n\s*$/.test(text.slice(Math.max(0, from - 2), from))) && text[to] === ',';
	if (fronted) return firstTense(text.slice(to, sentenceEndAfter(text, to)));
	// Beyond that a sentence says little about a date's tense.
	return 'unknown';
}

const MOD_WORDS = Object.keys(MODIFIERS);
/** Modifiers of a date's or time's place in a span: "early 1990", "mid-November", "the end of 2019". */
const POSITION_BEFORE = new RegExp(`(?:^|[^\\w])(${alt(MOD_WORDS.filter((w) => ['START', 'MID', 'END'].includes(MODIFIERS[w]!)))})(?:\\s+|-)$`, 'i');
/** Modifiers of an amount: "nearly two decades", "more than 40 years", "about 20:00". */
const AMOUNT_BEFORE = new RegExp(`(?:^|[^\\w])(${alt(MOD_WORDS.filter((w) => !['START', 'MID', 'END'].includes(MODIFIERS[w]!)))})\\s+$`, 'i');
const SIGNALS = ['since', 'until', 'till', 'before', 'after', 'from', 'to', 'through', 'between', 'and', 'by', 'in', 'on', 'at', 'during', 'for', 'within', 'throughout'];
const SIGNAL_BEFORE = new RegExp(`(?:^|[^\\w])(${SIGNALS.join('|')})\\s+$`, 'i');
const SIGNAL_OF: Record<string, Signal> = { till: 'until', through: 'to' };
/** Between the two ends of a range: "1963 to 1974", "2009 and 2010", "1979–1989". */
const RANGE_BETWEEN = /^\s*(?:to|through|until|till|and|[-–—])\s*$/i;

function modifierBefore(
	text: string,
	expression: { start: number; text: string; type: string; value: string; mod?: TimexMod },
	floor: number
): { start: number; mod: TimexMod } | undefined {
	const before = text.slice(Math.max(floor, expression.start - 24), expression.start);
	const isAmount = expression.type === 'duration' || expression.type === 'time' || /ago$/.test(text.slice(expression.start, expression.start + 80).split(/[.,;]/)[0] ?? '');
	if (expression.type === 'date' || expression.type === 'time') {
		const m = POSITION_BEFORE.exec(before);
		if (m && !expression.value.endsWith('_REF'))
			return { start: expression.start - before.length + m.index + m[0].indexOf(m[1]!), mod: MODIFIERS[m[1]!.toLowerCase().replace(/\s+/g, ' ')]! };
	}
	// "about the past five years": before a determiner the word is a preposition, not a modifier.
	const determined = /^(?:the|this|that|these|those|last|past|next|recent)\b/i.test(expression.text);
	const m = determined ? null : AMOUNT_BEFORE.exec(before);
	// "around 1990" is approximate; "around Wednesday's ruling" is a preposition.
	const coarse = /^\d{2,4}(?:-\d{2})?$/.test(expression.value);
	if (m && (isAmount || (coarse && /^(?:about|around|approximately|roughly|circa)$/i.test(m[1]!)))) {
		const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
		return { start: expression.start - before.length + m.index + m[0].indexOf(m[1]!), mod: MODIFIERS[word]! };
	}
	return undefined;
}

/**
 * Every temporal expression in a text, resolved against its publication date (`YYYY-MM-DD`).
 * Throws ExtractionError for a publication date that is not a calendar day.
 */
export function extractTemporalExpressions(text: string, published: string): ExtractionResult {
	const reference = parseDay(published);
	if (!reference) throw new ExtractionError(`the publication date "${published}" is not a day (YYYY-MM-DD)`);
	const kept = selectCandidates(findCandidates(text), text.length);

	const direction = (at: number): Direction => tenseAt(text, at);
	const expressions: TemporalExpression[] = [];
	let anchor: string | undefined;
	const context: Context = {
		reference: reference as Day,
		text,
		direction,
		anchor: () => anchor,
		dayBefore(at) {
			// "… on Friday. The attack took place at about 7:45 p.m."
			const start = Math.max(0, at - DAY_REACH);
			for (let i = expressions.length - 1; i >= 0 && expressions[i]!.start >= start; i--) {
				if (/^\d{4}-\d{2}-\d{2}/.test(expressions[i]!.value)) return expressions[i]!.value;
			}
			return undefined;
		}
	};

	for (const candidate of kept) {
		const rule = COMPILED[candidate.order]!.rule;
		const read = rule.read(candidate.match, context);
		if (!read) continue;
		for (const reading of Array.isArray(read) ? read : [read]) {
			const expression = place(text, candidate, reading, expressions.at(-1)?.end ?? 0);
			expressions.push(expression);
			if (expression.type !== 'duration' && expression.type !== 'set' && /^\d{3,4}/.test(expression.value)) anchor = expression.value;
		}
	}
	linkRanges(text, expressions);
	for (const e of expressions) {
		const edtf = toEdtf(e.type, e.value, e.mod, e.signal);
		if (edtf) e.edtf = edtf;
	}
	return { published, expressions };
}

function place(text: string, candidate: Candidate, reading: Reading, floor: number): TemporalExpression {
	let start = reading.start ?? candidate.start;
	const end = reading.end ?? candidate.end;
	let mod = reading.mod;
	if (!mod) {
		const before = modifierBefore(text, { start, text: text.slice(start, end), type: reading.type, value: reading.value }, floor);
		if (before) {
			start = before.start;
			mod = before.mod;
		}
	}
	const expression: TemporalExpression = { start, end, text: text.slice(start, end), type: reading.type, value: reading.value };
	if (mod) expression.mod = mod;
	const signal = SIGNAL_BEFORE.exec(text.slice(Math.max(floor, start - 12), start))?.[1]?.toLowerCase();
	if (signal) expression.signal = SIGNAL_OF[signal] ?? (signal as Signal);
	return expression;
}

function linkRanges(text: string, expressions: TemporalExpression[]): void {
	for (let i = 0; i + 1 < expressions.length; i++) {
		const a = expressions[i]!;
		const b = expressions[i + 1]!;
		if (a.type !== b.type || a.type === 'set' || a.type === 'duration') continue;
		const between = text.slice(a.end, b.start);
		if (!RANGE_BETWEEN.test(between)) continue;
		const word = between.trim().toLowerCase();
		// "and" joins a range only after "between"; a dash or "to" joins one on its own.
		if (word === 'and' && a.signal !== 'between') continue;
		a.rangeWith = i + 1;
		b.rangeWith = i;
		if (b.signal === 'and' || b.signal === 'to') delete b.signal;
	}
}
