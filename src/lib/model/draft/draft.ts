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
import { MONTHS } from '../extract/lexicon';
import { alt } from '../extract/patterns';
import type { TimelineDocument, TimelineEventData } from '../document/schema';
import { categorise, CATEGORY_RULES, OTHER_CATEGORY } from './categories';
import { eventId, kebab } from './ids';
import { groupNames, namesIn, type LaneSuggestion, type Name } from './names';
import { uniqueSelector } from './selectors';
import { clauseSpans } from './clauses';
import { sentenceSpans, spanAt, type Span } from '../text/sentences';
import { draftTitle } from './titles';

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
	/** Why an editor should check this event before publishing it, if they should. */
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

/** The lane of events whose sentence names no one. */
export const UNNAMED_LANE = { id: 'unnamed', label: 'Unnamed' } as const;
const MAX_LANES_PER_EVENT = 3;
/** An excerpt longer than this is cut to the words around its date. */
const MAX_EXCERPT = 200;
const SIGNAL_WORD = /(?:^|[^\p{L}])((?:since|until|till|through|to|before|after|from|between|by|in|on|at|during|throughout|as of|as early as|as late as)\s+)$/iu;
/** A clause that compares ("the deadliest since 2003", "the first time in years") names no event of its own. */
const COMPARISON = /\b(?:\p{L}+est|most|least|first time|record|ever)\b/iu;
/** Relative dates that count from a date named earlier ("ten years later", "the following day"). */
const COUNTED_FROM_ANCHOR = /\b(?:later|earlier|after that|before that|following|previous|next day|that (?:day|year|month|week))\b/i;
/** A month or a day of one, which the article gives without its year ("in July", "October 31"). */
const NAMES_A_MONTH = new RegExp(`\\b${alt(Object.keys(MONTHS))}\\b`, 'i');
/** Words that make a clause too slight to carry a title once its date is gone. */
const MIN_CLAUSE_WORDS = 2;

interface Candidate {
	expressions: number[];
	edtf: string;
	/** The article's words for the date, with the signal word before them ("since 2003"). */
	stated: TextRange;
	sentence: Span;
	clause: Span;
	method: 'stated' | 'inferred';
	/** "until 1995": the end of something whose start the article does not give. */
	endOnly: boolean;
	/** A clock time said roughly ("about 7:45 p.m."), which EDTF cannot mark on a date-time. */
	approximate: boolean;
}

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Whether the words give their own year ("2003", "the 1980s", "the 19th century"), rather than leaning on the publication date. */
function givesItsYear(expression: TemporalExpression): boolean {
	return /\d{3,}|'\d{2}\b|centur|millenni/i.test(expression.text) || /^\d{2}$/.test(expression.value);
}

function statedRange(text: string, expression: TemporalExpression): TextRange {
	const before = SIGNAL_WORD.exec(text.slice(Math.max(0, expression.start - 24), expression.start));
	return { start: expression.start - (before?.[1]?.length ?? 0), end: expression.end };
}

/** The clause an event's title comes from: the date's own, or the one beside it when the date is put before or after it ("In March, …"). */
function eventClause(text: string, sentence: Span, stated: TextRange): Span {
	const clauses = clauseSpans(text, sentence);
	const own = spanAt(clauses, stated.start) ?? sentence;
	const rest = (span: Span) => wordCount(text.slice(span.start, stated.start)) + wordCount(text.slice(Math.max(span.start, stated.end), span.end));
	if (rest(own) >= MIN_CLAUSE_WORDS) return { start: Math.min(own.start, stated.start), end: Math.max(own.end, stated.end) };
	const index = clauses.indexOf(own);
	const neighbour = clauses[index + 1] ?? clauses[index - 1];
	if (!neighbour || rest(neighbour) < MIN_CLAUSE_WORDS) {
		const end = sentence.start + text.slice(sentence.start, sentence.end).replace(/[\s.!?"'”’]+$/u, '').length;
		return { start: Math.min(sentence.start, stated.start), end: Math.max(end, stated.end) };
	}
	return { start: Math.min(neighbour.start, stated.start), end: Math.max(neighbour.end, stated.end) };
}

/** Joins the EDTF of a range's two ends: its first day to its last. */
function joinRange(first: string, last: string): string | undefined {
	if (first.includes('..') || last.includes('..')) return undefined;
	return `${first.split('/')[0]}/${last.split('/').at(-1)}`;
}

function excerptRange(text: string, clause: Span, stated: TextRange): TextRange {
	if (clause.end - clause.start <= MAX_EXCERPT) return clause;
	const reach = Math.max(0, (MAX_EXCERPT - (stated.end - stated.start)) / 2);
	let start = Math.max(clause.start, stated.start - reach);
	let end = Math.min(clause.end, stated.end + reach);
	start = text.slice(start, stated.start).search(/(?<=\s)\S/) >= 0 && start > clause.start ? start + text.slice(start, stated.start).search(/(?<=\s)\S/) : start;
	const tail = text.slice(stated.end, end);
	if (end < clause.end && /\s/.test(tail)) end = stated.end + tail.replace(/\s+\S*$/, '').length;
	return { start, end };
}

function findCandidates(text: string, expressions: readonly TemporalExpression[], sentences: Span[], skipped: SkippedExpression[]): Candidate[] {
	const candidates: Candidate[] = [];
	const joined = new Set<number>();
	expressions.forEach((expression, index) => {
		if (joined.has(index)) return;
		const skip = (reason: string) => skipped.push({ expression: index, reason });
		if (expression.type === 'duration') return skip('a duration, not a date');
		if (expression.type === 'set') return skip('a repeating time, not one date');
		if (expression.edtf === undefined) return skip('too vague to place on a timeline');
		const sentence = spanAt(sentences, expression.start) ?? { start: expression.start, end: expression.end };
		if (wordCount(text.slice(sentence.start, sentence.end)) === wordCount(expression.text)) return skip("the article's date line");
		const stated = statedRange(text, expression);
		let edtf = expression.edtf;
		// Chronoscope draws from a known start: "until 1995" becomes the day it ended.
		const endOnly = edtf.startsWith('../');
		if (endOnly) edtf = edtf.slice(3);
		const approximate = edtf.includes('T') && edtf.endsWith('~');
		if (approximate) edtf = edtf.slice(0, -1);
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
		const clause = eventClause(text, sentence, stated);
		const clauseText = text.slice(clause.start, clause.end);
		if (/^since\b/i.test(text.slice(stated.start, stated.end)) && COMPARISON.test(clauseText)) {
			return skip('a comparison with the past, not an event');
		}
		const previous = candidates.at(-1);
		// A clock time on the day just named in its sentence ("on 30 August 2021 at 11:59 p.m.") refines that day.
		if (expression.type === 'time' && previous && previous.sentence.start === sentence.start && edtf.startsWith(previous.edtf) && !previous.edtf.includes('/')) {
			previous.edtf = edtf;
			previous.approximate = approximate;
			previous.stated.end = expression.end;
			previous.expressions.push(index);
			return;
		}
		const method = givesItsYear(expression) || (partner !== undefined && joined.has(partner) && givesItsYear(expressions[partner]!)) ? 'stated' : 'inferred';
		const indices = joined.has(partner ?? -1) ? [index, partner!] : [index];
		candidates.push({ expressions: indices, edtf, stated, sentence, clause, method, endOnly, approximate });
	});
	return candidates;
}

/**
 * The expressions a draft of this text makes no event of, and why (a duration, a repeating time, a vague
 * word, the date line, a comparison): what `draftTimeline` returns as `skipped`, without drafting.
 */
export function skippedExpressions(text: string, expressions: readonly TemporalExpression[]): SkippedExpression[] {
	const skipped: SkippedExpression[] = [];
	findCandidates(text, expressions, sentenceSpans(text), skipped);
	return skipped;
}

function dateNote(statedWords: string, candidate: Candidate, published: string): string {
	if (candidate.edtf.endsWith('/..')) return `“${statedWords}”: the article gives when it began; it was still going on as of ${published}.`;
	if (candidate.endOnly) return `“${statedWords}”: when it ended; the article does not say when it began.`;
	if (candidate.method === 'stated') return `“${statedWords}”: the date as the article gives it.`;
	if (COUNTED_FROM_ANCHOR.test(statedWords)) return `“${statedWords}”: counted from the date the article names before it.`;
	if (NAMES_A_MONTH.test(statedWords)) return `“${statedWords}” gives no year: read as the nearest one to the publication date, ${published}.`;
	return `“${statedWords}”: counted from the publication date, ${published}.`;
}

export function draftTimeline(input: DraftInput): Draft {
	const { text, published } = input;
	const expressions = input.expressions ?? extractTemporalExpressions(text, published).expressions;
	const sentences = sentenceSpans(text);
	const skipped: SkippedExpression[] = [];
	const candidates = findCandidates(text, expressions, sentences, skipped);

	const namesBySentence = new Map<number, Name[]>();
	for (const c of candidates) {
		if (!namesBySentence.has(c.sentence.start)) {
			const overlapsDate = (n: Name) => expressions.some((e) => e.start < n.end && n.start < e.end);
			namesBySentence.set(
				c.sentence.start,
				namesIn(text, c.sentence).filter((n) => !overlapsDate(n))
			);
		}
	}
	const { lanes: allLanes, laneOf } = groupNames([...namesBySentence.values()].flat());
	// "He" or "she" at the start of a clause is, more often than not in news, the person the article is about.
	const mainPerson = allLanes.filter((l) => l.kind === 'person').sort((a, b) => b.mentions - a.mentions)[0];
	const lanesOf = (c: Candidate): LaneSuggestion[] => {
		const names = namesBySentence.get(c.sentence.start) ?? [];
		// The names in the event's own clause; only when it has none, the others of its sentence. The first is
		// the actor; the others get lanes only when the article names them again, so a passing name gets none.
		const inClause = names.filter((n) => n.start >= c.clause.start && n.end <= c.clause.end);
		const lanes = [...new Set((inClause.length > 0 ? inClause : names).map(laneOf))];
		const rest = text
			.slice(c.clause.start, c.clause.end)
			.replace(text.slice(c.stated.start, c.stated.end), '')
			.replace(/^[\s,;:]+/, '');
		if (mainPerson && /^(?:he|she)\b/i.test(rest) && !lanes.includes(mainPerson)) lanes.unshift(mainPerson);
		return lanes.filter((lane, i) => i === 0 || lane.mentions > 1).slice(0, MAX_LANES_PER_EVENT);
	};

	// The same date beside the same actor, said again later, is the same event.
	const merged: { candidate: Candidate; lanes: LaneSuggestion[]; more: Candidate[] }[] = [];
	for (const candidate of candidates) {
		const lanes = lanesOf(candidate);
		const same = merged.find(
			(m) => m.candidate.edtf === candidate.edtf && (m.candidate.sentence.start === candidate.sentence.start || (lanes.length > 0 && lanes.some((l) => m.lanes.includes(l))))
		);
		if (same) same.more.push(candidate);
		else merged.push({ candidate, lanes, more: [] });
	}

	const normalised = normaliseForMatching(text);
	const usedIds = new Set<string>();
	const usedLanes = new Map<string, { id: string; label: string }>();
	const usedCategories = new Set<string>();
	const events: DraftedEvent[] = merged.map(({ candidate, lanes, more }) => {
		const statedWords = text.slice(candidate.stated.start, candidate.stated.end);
		const clauseText = text.slice(candidate.clause.start, candidate.clause.end);
		const sentenceText = text.slice(candidate.sentence.start, candidate.sentence.end);
		const title = draftTitle(clauseText, [statedWords]) || statedWords;
		const id = eventId(title, usedIds);
		usedIds.add(id);
		const category = categorise(clauseText, sentenceText);
		usedCategories.add(category.id);
		const eventLanes = lanes.length > 0 ? lanes : [UNNAMED_LANE];
		for (const lane of eventLanes) usedLanes.set(lane.id, { id: lane.id, label: lane.label });
		const excerpts = [candidate, ...more].map((c) => uniqueSelector(text, normalised, excerptRange(text, c.clause, c.stated)));
		const event: TimelineEventData = {
			id,
			title,
			summary: sentenceText,
			origin: 'article',
			category: category.id,
			lanes: eventLanes.map((l) => l.id),
			stated: { text: statedWords, edtf: candidate.edtf },
			date: {
				edtf: candidate.edtf,
				...(candidate.approximate ? { approximate: true } : {}),
				method: candidate.method,
				note: dateNote(statedWords, candidate, published),
				citations: []
			},
			excerpts
		};
		return { event, expressions: [candidate, ...more].flatMap((c) => c.expressions) };
	});

	// A date line at the top that is the publication date states it; otherwise the date is the editor's.
	const dateLine = skipped.some((s) => s.reason === "the article's date line" && expressions[s.expression]?.value === published);
	const asOf = dateLine
		? { date: published, method: 'stated' as const, note: 'The date line at the top of the article gives it.' }
		: { date: published, method: 'external' as const, note: 'The publication date, as given when the timeline was drafted.', citations: [] };
	const categories = [...CATEGORY_RULES, OTHER_CATEGORY].filter((c) => usedCategories.has(c.id)).map(({ id, label }) => ({ id, label }));
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
		lanes: usedLanes.size > 0 ? [...usedLanes.values()] : [UNNAMED_LANE],
		categories: categories.length > 0 ? categories : [OTHER_CATEGORY],
		events: events.map((e) => e.event)
	};
	return { document, expressions, events, skipped };
}
