/**
 * The engine: every rule's pattern runs over the text; where matches overlap the longest wins (the
 * earlier rule on a tie); the survivors are read in text order, so that a date can lean on the dates
 * before it; then modifiers before an expression are taken in ("nearly two decades"), the word before it
 * is kept as its signal ("since"), the ends of ranges are linked, and the value is written as EDTF.
 */
import { parseDay, type Direction } from './calendar';
import { tenseAt } from './tense';
import { toEdtf } from './edtf';
import { MODIFIERS } from './lexicon';
import { alt, tableKey } from './patterns';
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

function modifierBefore(text: string, expression: { start: number; text: string; type: string; value: string }, floor: number): { start: number; mod: TimexMod } | undefined {
	const before = text.slice(Math.max(floor, expression.start - 24), expression.start);
	// Where the modifier word a pattern found before the expression starts, and what it means.
	const found = (m: RegExpExecArray) => ({ start: expression.start - before.length + m.index + m[0].indexOf(m[1]!), mod: MODIFIERS[tableKey(m[1]!)]! });
	const isAmount = expression.type === 'duration' || expression.type === 'time' || /ago$/.test(text.slice(expression.start, expression.start + 80).split(/[.,;]/)[0] ?? '');
	if (expression.type === 'date' || expression.type === 'time') {
		const m = POSITION_BEFORE.exec(before);
		if (m && !expression.value.endsWith('_REF')) return found(m);
	}
	// "about the past five years": before a determiner the word is a preposition, not a modifier.
	const determined = /^(?:the|this|that|these|those|last|past|next|recent)\b/i.test(expression.text);
	const m = determined ? null : AMOUNT_BEFORE.exec(before);
	// "around 1990" is approximate; "around Wednesday's ruling" is a preposition.
	const coarse = /^\d{2,4}(?:-\d{2})?$/.test(expression.value);
	return m && (isAmount || (coarse && /^(?:about|around|approximately|roughly|circa)$/i.test(m[1]!))) ? found(m) : undefined;
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
		reference,
		text,
		direction,
		anchor: () => anchor,
		dayBefore(at) {
			// "… on Friday. The attack took place at about 7:45 p.m."
			const start = Math.max(0, at - DAY_REACH);
			for (let i = expressions.length - 1; i >= 0 && expressions[i]!.start >= start; i--) {
				const day = /^\d{4}-\d{2}-\d{2}/.exec(expressions[i]!.value);
				if (day) return day[0];
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
