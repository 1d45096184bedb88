/**
 * Which clause of a sentence a date belongs to, read from the parts of speech of its words: the verb that
 * governs the date expression (the nearest one, counting the commas, conjunctions and quotation marks
 * between them as distance), that verb's subject and what follows it. An event's title is made of these
 * (titles.ts), so that it says what happened on that date rather than what the next clause says.
 */
import type { TextRange } from '../document/anchor';
import type { Token } from './tagger';

export interface ClauseReading {
	/** The verb group: auxiliaries, "to", the verb ("is expected to launch"). */
	verb: Token[];
	/** The governing verb itself. */
	head: Token;
	/** The words before the verb that say who or what, date words left out; empty when the clause has none. */
	subject: Token[];
	/** The words after the verb to the end of its clause, date words left out. */
	rest: Token[];
	/** For a verb of saying, the clause that says what was said. */
	said?: ClauseReading;
	/** A participle that hangs from a noun before it ("Conyers, first elected in 1964"): its tense is not the clause's. */
	participle?: true;
}

type Break = 'comma' | 'hard' | 'subordinate' | 'relative' | 'and' | undefined;

const HARD = new Set([';', ':', '—', '–', '(', ')', '[', ']', '“', '”', '"', '‘', '’']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
/** Verbs whose clause reports what someone said. */
export const SAYING = new Set([
	'say',
	'tell',
	'state',
	'add',
	'claim',
	'announce',
	'report',
	'confirm',
	'warn',
	'write',
	'note',
	'explain',
	'argue',
	'insist',
	'deny',
	'allege',
	'tweet',
	'declare',
	'predict',
	'estimate'
]);
/** Participles that work as prepositions ("following the withdrawal"): they govern no date. */
const PREPOSITION_LIKE = new Set(['following', 'including', 'according', 'regarding', 'concerning', 'excluding', 'pending', 'given', 'amid']);
/** How far apart words are, for each kind of break between them. */
const BREAK_COST: Record<Exclude<Break, undefined>, number> = { comma: 3, hard: 8, subordinate: 6, relative: 6, and: 4 };
const isVerb = (t: Token) => t.pos === 'VERB';
const isNominal = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM';

/** The break before each token of a sentence, if any; the break's own token (a comma) is not part of any clause. */
function breaksOf(tokens: readonly Token[], dated: readonly boolean[]): Break[] {
	return tokens.map((t, i) => {
		if (dated[i]) return undefined;
		if (t.text === ',') return 'comma';
		// A dash between two words with no space ("Apollo–Soyuz") joins them.
		const joins = /^[-–—]$/.test(t.text) && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
		if ((HARD.has(t.text) && !joins) || t.pos === 'SPACE' || (t.pos === 'PUNCT' && /^[-–—]{2,}$/.test(t.text))) return 'hard';
		const lower = t.text.toLowerCase();
		if (RELATIVE.has(lower)) return 'relative';
		if (lower === 'that' && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN')) return 'relative';
		if (t.pos === 'SCONJ' || /^(?:when|where|whereas|whether|while|why|how)$/.test(lower)) return 'subordinate';
		if (t.pos === 'CCONJ') {
			// "and resumed", "and the army withdrew": a clause of its own; "Monday and Tuesday": not.
			for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
				const next = tokens[j]!;
				if (next.pos === 'VERB' || next.pos === 'AUX') return j === i + 1 || tokens.slice(i + 1, j).some(isNominal) ? 'and' : undefined;
				if (next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'SCONJ') return undefined;
			}
		}
		return undefined;
	});
}

/** A verb that modifies a noun ("the planned launch", "a U.S.-led coalition") rather than saying what happened. */
function isModifier(tokens: readonly Token[], i: number): boolean {
	const next = tokens[i + 1];
	const previous = tokens[i - 1];
	if (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
	return !previous || ['DET', 'ADJ', 'ADV', 'PUNCT', 'ADP'].includes(previous.pos) || /-$/.test(previous.text);
}

/**
 * A participle that follows its noun with no auxiliary, the clause's own verb still to come ("the state
 * of emergency begun on November 15 ended on Sunday"): the index of that later verb, or -1.
 */
function reducedRelative(tokens: readonly Token[], breaks: readonly Break[], dated: readonly boolean[], i: number): number {
	const t = tokens[i]!;
	const before = tokens[i - 1];
	if (t.pos !== 'VERB' || !before || !['NOUN', 'PROPN'].includes(before.pos) || /ing$/i.test(t.text) || t.lemma === t.text.toLowerCase()) return -1;
	// "began a planned shutdown": a verb with an object is the clause's own.
	const next = tokens[i + 1];
	if (next && !dated[i + 1] && ['DET', 'NOUN', 'PROPN', 'NUM'].includes(next.pos)) return -1;
	for (let j = i + 1; j < tokens.length; j++) {
		if (breaks[j] !== undefined) return -1;
		// "… to make way": an infinitive is no clause's own verb.
		if (!dated[j] && (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') && tokens[j - 1]?.text.toLowerCase() !== 'to') return j;
	}
	return -1;
}

/** The verb group around a verb: the auxiliaries, adverbs, "to" and verbs before it that belong to it, and date words among them. */
function verbGroup(tokens: readonly Token[], head: number, dated: readonly boolean[]): [number, number] {
	let start = head;
	let at = head;
	while (at > 0) {
		const t = tokens[at - 1]!;
		if (dated[at - 1]) at--;
		else if (/^(?:when|where|whereas|whether|while|why|how)$/i.test(t.text)) break;
		else if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADV' || (t.pos === 'PART' && /^(?:to|not|n't|n’t)$/i.test(t.text))) start = --at;
		else break;
	}
	return [start, head + 1];
}

/** The noun phrase that ends just before `end` (exclusive), walking back over what a subject is made of. */
function nounPhraseBefore(tokens: readonly Token[], end: number, stop: number, dated: readonly boolean[]): Token[] {
	let start = end;
	while (start > stop) {
		const t = tokens[start - 1]!;
		if (dated[start - 1]) {
			start--;
			continue;
		}
		// "Warren and Sanders" is one subject; "on the night of June 21 and struck" is not.
		const joins =
			(t.pos === 'ADP' && /^(?:of|for|per)$/i.test(t.text)) ||
			// "Costco's store in Canberra": a place named after a noun is part of its phrase.
			(t.pos === 'ADP' &&
				/^(?:in|at)$/i.test(t.text) &&
				tokens[start]?.pos === 'PROPN' &&
				start - 1 > stop &&
				['NOUN', 'PROPN'].includes(tokens[start - 2]!.pos) &&
				!dated[start - 2]) ||
			(t.pos === 'CCONJ' &&
				start < end &&
				start - 1 > stop &&
				isNominal(tokens[start - 2]!) &&
				!dated[start - 2] &&
				['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM'].includes(tokens[start]!.pos));
		// An article begins its phrase: "the shuttles in 2011 a spacecraft" is two.
		if (t.pos === 'DET' && /^(?:a|an|the)$/i.test(t.text) && start < end) {
			let before = start - 2;
			while (before >= stop && dated[before]) before--;
			start--;
			if (before >= stop && isNominal(tokens[before]!)) break;
		} else if (isNominal(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PART' || (t.pos === 'PUNCT' && /^[-–.]$/.test(t.text)) || joins) start--;
		else if (t.pos === 'VERB' && isModifier(tokens, start - 1)) start--;
		// "IS-K": the tagger may call a part of a hyphenated name anything.
		else if (tokens[start]?.text === '-' && t.end === tokens[start]!.start && /^\p{Lu}/u.test(t.text)) start--;
		else if (t.pos === 'ADV' && start - 1 > stop && ['ADJ', 'NUM', 'VERB'].includes(tokens[start]?.pos ?? '')) start--;
		else break;
	}
	const phrase = tokens.slice(start, end).filter((_, i) => !dated[start + i]);
	// A phrase begins with what can begin one: not "of", "and" or a possessive ending.
	while (phrase.length && (phrase[0]!.pos === 'ADP' || phrase[0]!.pos === 'CCONJ' || phrase[0]!.pos === 'PART' || phrase[0]!.pos === 'PUNCT')) phrase.shift();
	return phrase;
}

/** The clause boundaries: for token `i`, the first index of its clause and one past its last. */
function clauseBounds(breaks: readonly Break[], i: number): [number, number] {
	let start = i;
	while (start > 0 && breaks[start] === undefined) start--;
	if (breaks[start] !== undefined && start < i) start++;
	if (breaks[start] !== undefined && (breaks[start] === 'comma' || breaks[start] === 'hard')) start++;
	let end = i + 1;
	while (end < breaks.length && breaks[end] === undefined) end++;
	return [Math.min(start, i), end];
}

type SegmentKind = 'aside' | 'noun phrase' | 'other';

/**
 * What the words between two commas are, seen from a verb after them: an aside to pass over (a relative
 * clause, a participle phrase, an age), a noun phrase that may be the subject, or anything else.
 */
function segmentKind(tokens: readonly Token[], dated: readonly boolean[], from: number, to: number): SegmentKind {
	const words = tokens.slice(from, to).filter((t, i) => t.pos !== 'PUNCT' && !dated[from + i]);
	if (words.length === 0) return 'other';
	const first = words[0]!;
	if (RELATIVE.has(first.text.toLowerCase())) return 'aside';
	if (words.every((t) => t.pos === 'NUM')) return 'aside';
	const firstVerb = words.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
	if (firstVerb >= 0) return words.slice(0, firstVerb).every((t) => t.pos === 'ADV') ? 'aside' : 'other';
	if (first.pos === 'ADV') return 'aside';
	// "Coles, in its March 8 media release, reported": a phrase of place or time set off by commas.
	if (first.pos === 'ADP' && words.some(isNominal)) return 'aside';
	return ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(first.pos) && words.some(isNominal) ? 'noun phrase' : 'other';
}

/**
 * The subject of the verb group beginning at `groupStart`: the noun phrase before it; past the asides and
 * appositions set off by commas ("Roscosmos, the Russian space agency, announced"; "Leonov, who died in
 * Moscow, will be buried"; "Zhukovskyy, 23, pleaded"), the first noun phrase of the chain; for a verb
 * joined by "and" with no subject of its own, the subject of the verb before. `borrowed` says the subject
 * was found outside the verb's own clause.
 */
function subjectOf(tokens: readonly Token[], breaks: readonly Break[], dated: readonly boolean[], groupStart: number, depth = 0): { subject: Token[]; borrowed: boolean } {
	const hasNominal = (phrase: Token[]) => phrase.some(isNominal);
	// "the restriction introduced by Woolworths": a participle with its agent, right after a noun, is that noun's.
	if (tokens[groupStart]!.pos === 'VERB' && tokens[groupStart + 1]?.text.toLowerCase() === 'by' && groupStart > 0 && isNominal(tokens[groupStart - 1]!) && !dated[groupStart - 1]) {
		const phrase = nounPhraseBefore(tokens, groupStart, 0, dated);
		if (hasNominal(phrase)) return { subject: phrase, borrowed: false };
	}
	// "the state of emergency begun on November 15 ended": the subject is the noun before the participle;
	// but a verb with an object of its own ("a study noted authorities seized") is no participle.
	for (let p = groupStart - 1; p > 0 && breaks[p + 1] === undefined; p--) {
		if (tokens[p]!.pos !== 'VERB' || dated[p]) continue;
		const object = tokens[p + 1]!;
		if (!dated[p + 1] && (object.pos === 'NOUN' || object.pos === 'PROPN' || object.pos === 'DET' || object.pos === 'NUM')) break;
		if (reducedRelative(tokens, breaks, dated, p) === groupStart) {
			const phrase = nounPhraseBefore(tokens, p, 0, dated);
			if (hasNominal(phrase)) return { subject: phrase, borrowed: false };
		}
		break;
	}
	const own = groupStart > 0 && breaks[groupStart] === undefined ? nounPhraseBefore(tokens, groupStart, 0, dated) : [];
	const word = own.length === 1 ? own[0]!.text.toLowerCase() : '';
	// "the storm that destroyed the town": the relative pronoun ending the phrase stands for the noun before it.
	if (own.length > 1 && /^(?:that|which|who)$/i.test(own.at(-1)!.text) && hasNominal(own.slice(0, -1))) return { subject: nearestNoun(own.slice(0, -1)), borrowed: false };
	if (hasNominal(own) && !RELATIVE.has(word) && word !== 'that') return { subject: own, borrowed: false };
	// "the measles outbreak that had infected …": "that" after a noun stands for it.
	if (word === 'that') {
		const at = tokens.indexOf(own[0]!);
		if (at > 0 && isNominal(tokens[at - 1]!) && !dated[at - 1]) {
			const antecedent = nearestNoun(nounPhraseBefore(tokens, at, 0, dated));
			if (hasNominal(antecedent)) return { subject: antecedent, borrowed: true };
		}
	}
	if (depth > 2) return { subject: [], borrowed: true };
	// The chain of comma-separated phrases before the verb (or before its relative pronoun).
	let end = own.length > 0 && RELATIVE.has(word) ? tokens.indexOf(own[0]!) : groupStart;
	const relativeAt = RELATIVE.has(word) ? end : -1;
	while (end > 0 && dated[end - 1]) end--;
	let found: Token[] = [];
	let afterAside = RELATIVE.has(word);
	while (end > 0 && tokens[end - 1]!.text === ',') {
		const comma = end - 1;
		let from = comma;
		while (from > 0 && tokens[from - 1]!.text !== ',' && breaks[from - 1] !== 'hard') from--;
		const kind = segmentKind(tokens, dated, from, comma);
		// "…, joining Faleolo Hospital, which returned": a relative pronoun after a participle phrase stands for its object.
		if (found.length === 0 && end === relativeAt && kind === 'aside' && tokens[from]!.pos === 'VERB') {
			found = nearestNoun(nounPhraseBefore(tokens, comma, from + 1, dated));
			break;
		}
		if (kind === 'other') {
			// The noun a relative clause or an aside is about ends the phrase before it.
			if (found.length === 0 && afterAside) found = nounPhraseBefore(tokens, comma, from, dated);
			break;
		}
		if (kind === 'noun phrase') found = nounPhraseBefore(tokens, comma, from, dated);
		afterAside = kind === 'aside';
		end = from;
		if (from === 0 || breaks[from - 1] === 'hard') break;
	}
	if (found.length === 0 && afterAside && end > 0 && tokens[end - 1]!.text !== ',') found = nounPhraseBefore(tokens, end, 0, dated);
	if (hasNominal(found)) return { subject: found, borrowed: true };
	if (breaks[groupStart] === 'and' || tokens[groupStart - 1]?.pos === 'CCONJ' || own.length === 0) {
		for (let j = groupStart - 1; j >= 0; j--) {
			if (isVerb(tokens[j]!) && !isModifier(tokens, j)) {
				const [start] = verbGroup(tokens, j, dated);
				return { subject: subjectOf(tokens, breaks, dated, start, depth + 1).subject, borrowed: true };
			}
		}
	}
	return { subject: [], borrowed: true };
}

/** "In New Hampshire, a primary was held": the place put before the clause, which its title keeps. */
function placeBefore(tokens: readonly Token[], subject: readonly Token[], rest: readonly Token[], dated: readonly boolean[]): Token[] {
	const first = subject[0];
	if (!first) return [];
	const at = tokens.indexOf(first);
	if (tokens[at - 1]?.text !== ',') return [];
	let from = at - 1;
	while (from > 0 && tokens[from - 1]!.pos === 'PROPN') from--;
	const preposition = tokens[from - 1];
	if (from === at - 1 || !preposition || !/^(?:in|at)$/i.test(preposition.text) || dated.slice(from - 1, at - 1).some(Boolean)) return [];
	const place = [{ ...preposition, text: preposition.text.toLowerCase() }, ...tokens.slice(from, at - 1)];
	const said = (t: Token) => subject.some((s) => s.text === t.text) || rest.some((r) => r.text === t.text);
	return place.slice(1).every(said) ? [] : place;
}

/** What a relative pronoun after a noun phrase stands for: its last noun, past a preposition other than "of" ("astronauts for the mission, which"). */
function nearestNoun(phrase: Token[]): Token[] {
	const preposition = phrase.findLastIndex((t) => t.pos === 'ADP' && t.text.toLowerCase() !== 'of');
	return preposition >= 0 ? phrase.slice(preposition + 1) : phrase;
}

/** Reads the clause around the verb at `head`. */
function readAt(tokens: readonly Token[], breaks: readonly Break[], dated: readonly boolean[], head: number, depth = 0): ClauseReading {
	const [groupStart, groupEnd] = verbGroup(tokens, head, dated);
	const [, clauseEnd] = clauseBounds(breaks, head);
	const found = subjectOf(tokens, breaks, dated, groupStart);
	const { borrowed } = found;
	let subject = found.subject;
	const main = reducedRelative(tokens, breaks, dated, head);
	const restEnd = main > 0 ? verbGroup(tokens, main, dated)[0] : clauseEnd;
	let rest = tokens.slice(groupEnd, restEnd).filter((_, i) => !dated[groupEnd + i]);
	// "drop after two small children [died …]": a subordinate clause whose verb is past the end is left out whole.
	const verbAfter = tokens[restEnd];
	const opens = rest.findLastIndex((t) => /^(?:after|before|because|when|while|although|though|until|since|as|if)$/i.test(t.text));
	if (opens >= 0 && verbAfter && (verbAfter.pos === 'VERB' || verbAfter.pos === 'AUX') && !rest.slice(opens + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
		rest = rest.slice(0, opens);
	let verb = tokens.slice(groupStart, groupEnd).filter((_, i) => !dated[groupStart + i]);
	// "… on spacecraft and its Starliner craft is scheduled": a singular verb has one subject, the last.
	const and = subject.findLastIndex((t) => t.pos === 'CCONJ');
	const finite = verb[0];
	if (and > 0 && finite && (/^(?:is|was|has|does)$/i.test(finite.text) || (finite.pos === 'VERB' && /[^s]s$/i.test(finite.text) && finite.lemma !== finite.text.toLowerCase()))) {
		subject = subject.slice(and + 1);
	}
	// "a mission, which NASA said might take place": what was said is of the noun the pronoun stands for.
	if (subject.length > 1 && RELATIVE.has(subject[0]!.text.toLowerCase()) && verb.length > 1 && SAYING.has(verb[0]!.lemma)) {
		const at = tokens.indexOf(subject[0]!);
		const antecedent = tokens[at - 1]?.text === ',' ? nearestNoun(nounPhraseBefore(tokens, at - 1, 0, dated)) : [];
		if (antecedent.some(isNominal)) {
			subject = antecedent;
			verb = verb.slice(1);
		}
	}
	// "Conyers, first elected to Congress in 1964, …": a participle with no auxiliary and a subject from outside its clause.
	// (", and later banned …" is the next of a list of verbs, not the main verb after an aside.)
	const mainVerbAfter = tokens[clauseEnd]?.text === ',' && tokens[clauseEnd + 1]?.pos !== 'CCONJ' && tokens.slice(clauseEnd + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
	const participle = borrowed && !verb.some((t) => t.pos === 'AUX') && tokens[groupStart - 1]?.text === ',' && mainVerbAfter;
	const reading: ClauseReading = { verb, head: tokens[head]!, subject, rest: [...rest, ...placeBefore(tokens, subject, rest, dated)], ...(participle ? { participle } : {}) };
	if (depth === 0 && SAYING.has(tokens[head]!.lemma)) {
		const said = saidClause(tokens, breaks, dated, head, groupEnd, clauseEnd, groupStart);
		if (said !== undefined) reading.said = readAt(tokens, breaks, dated, said, depth + 1);
	}
	return reading;
}

/** The verb of what was said: after "said (that)", or in the quotation before "…," she said. */
function saidClause(
	tokens: readonly Token[],
	breaks: readonly Break[],
	dated: readonly boolean[],
	head: number,
	groupEnd: number,
	clauseEnd: number,
	groupStart: number
): number | undefined {
	const verbFrom = (from: number, to: number) => {
		for (let j = from; j < to; j++) if (isVerb(tokens[j]!) && !dated[j] && !isModifier(tokens, j) && j !== head) return j;
		return undefined;
	};
	// "said that …", "said twenty people …", "told reporters the launch …".
	let end = clauseEnd;
	if (end < tokens.length && (breaks[end] === 'subordinate' || breaks[end] === 'relative') && tokens[end]!.text.toLowerCase() === 'that') {
		end++;
		while (end < tokens.length && breaks[end] === undefined) end++;
	}
	const after = verbFrom(groupEnd, end);
	if (after !== undefined) return after;
	// '"Three months ago," he said, "I entered the race"': the quotation that goes on after the speaker.
	if (tokens[end]?.text === ',' && /^[“"‘]$/.test(tokens[end + 1]?.text ?? '')) {
		const close = tokens.findIndex((t, i) => i > end + 1 && /^[”"’]$/.test(t.text));
		const inQuote = verbFrom(end + 2, close < 0 ? tokens.length : close);
		if (inQuote !== undefined) return inQuote;
	}
	// "Al Jazeera reported on Thursday, coverage had risen": what was said, after a comma, with nothing said before it.
	if (tokens[end]?.text === ',' && verbFrom(groupEnd, end) === undefined && tokens.slice(groupEnd, end).every((t, i) => dated[groupEnd + i] || t.pos === 'ADV')) {
		let next = end + 1;
		while (next < tokens.length && tokens[next]!.text !== ',' && breaks[next] !== 'hard') next++;
		// Its verb, or the "be" of "the fatalities were all unvaccinated".
		const be = tokens.slice(end + 1, next).findIndex((t) => t.pos === 'AUX' && t.lemma === 'be');
		const at = verbFrom(end + 1, next) ?? (be >= 0 ? end + 1 + be : undefined);
		if (at !== undefined && tokens.slice(end + 1, at).some(isNominal)) return at;
	}
	// "“…,” Minnis said": the quotation before the speaker.
	const quoteEnd = tokens.slice(0, groupStart).findLastIndex((t) => /^[”"’]$/.test(t.text));
	if (quoteEnd > 0) {
		const quoteStart = tokens.slice(0, quoteEnd).findLastIndex((t) => /^[“"‘]$/.test(t.text));
		return verbFrom(quoteStart + 1, quoteEnd);
	}
	return undefined;
}

/**
 * The clause a date belongs to, in a sentence's tokens: `dates` are the ranges of every date expression
 * in it (with the words that introduce them, "since", "on"), `at` the one the event is drafted from.
 * Undefined when the sentence has no verb.
 */
export function readClause(tokens: readonly Token[], dates: readonly TextRange[], at: TextRange): ClauseReading | undefined {
	const dated = tokens.map((t) => dates.some((d) => t.start < d.end && d.start < t.end) || (t.pos === 'PART' && /^['’]s$/.test(t.text) && dates.some((d) => d.end === t.start)));
	const breaks = breaksOf(tokens, dated);
	const first = tokens.findIndex((t) => t.start < at.end && at.start < t.end);
	if (first < 0) return undefined;
	let last = first;
	while (last + 1 < tokens.length && tokens[last + 1]!.start < at.end) last++;
	let best: { index: number; cost: number } | undefined;
	// "He was the last surviving member": a form of "be" or "have" with no verb after it is the clause's verb.
	const mainAuxiliary = (i: number) => {
		const t = tokens[i]!;
		// Not an acronym the tagger took for "is" ("IS-K").
		if (t.pos !== 'AUX' || !/^(?:be|have)$/.test(t.lemma) || /^\p{Lu}{2,}$/u.test(t.text) || tokens[i + 1]?.start === t.end) return false;
		for (let j = i + 1; j < tokens.length; j++) {
			const next = tokens[j]!;
			if (next.pos === 'ADV' || next.pos === 'PART' || dated[j]) continue;
			return next.pos !== 'VERB' && next.pos !== 'AUX';
		}
		return true;
	};
	tokens.forEach((t, i) => {
		if (dated[i] || !(isVerb(t) || mainAuxiliary(i))) return;
		const [from, to] = i < first ? [i + 1, first] : [last + 1, i];
		let cost = to - from;
		for (let j = from; j <= to && j < breaks.length; j++) {
			const kind = breaks[j];
			if (kind) cost += BREAK_COST[kind];
		}
		if (isModifier(tokens, i) || PREPOSITION_LIKE.has(t.text.toLowerCase())) cost += 20;
		if (i > last && reducedRelative(tokens, breaks, dated, i) > 0) cost += 20;
		// An infinitive or participle after the verb governs less than the finite verb it hangs from.
		// (After the date, "to help facilitate …" is most often the purpose of what was done on it.)
		const purpose = i > last && tokens.slice(last + 1, i).some((w) => w.pos === 'PART' && w.text.toLowerCase() === 'to');
		if (purpose) cost += 4;
		else if (tokens[i - 1]?.text.toLowerCase() === 'to') cost += 1;
		if (!best || cost < best.cost) best = { index: i, cost };
	});
	const chosen = best as { index: number; cost: number } | undefined;
	if (chosen === undefined) return undefined;
	const reading = readAt(tokens, breaks, dated, chosen.index);
	const item = listItem(tokens, dated, first, chosen.index);
	// "by Woolworths and Coles on March 4 and 5 respectively": one list for both dates, which the drafter shares out.
	if (tokens.some((t) => t.text.toLowerCase() === 'respectively')) return reading;
	if (item.length === 0) {
		// The first item of a list ends where the next, with its own date, begins ("in Tonga … and in Fiji on …").
		const nextItem = reading.rest.findIndex((t) => {
			if (t.pos !== 'CCONJ' && t.text !== ',') return false;
			for (let k = tokens.indexOf(t) + 1; k < tokens.length; k++) {
				// The date being read ends the list it follows ("126 skins and two jackals from 2013 to 2019").
				if (dated[k]) return k < first || k > last;
				if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.text === ',') return false;
			}
			return false;
		});
		return nextItem > 0 ? { ...reading, rest: reading.rest.slice(0, nextItem) } : reading;
	}
	// "declared in the Philippines on February 6, Tonga on October 22": Tonga's date is declared in Tonga.
	const preposition = reading.rest[0]?.pos === 'ADP' ? [reading.rest[0]] : [];
	return { ...reading, rest: [...preposition, ...item], said: undefined };
}

/**
 * The words before a date that is one item of a list sharing a verb said earlier ("…, Tonga on October
 * 22, Fiji on November 7"): the item's own words, without its conjunction; none when the date is not so.
 */
function listItem(tokens: readonly Token[], dated: readonly boolean[], first: number, verb: number): Token[] {
	// Items are set apart by commas, or by "and" and "or" ("in Tonga on October 22 and in Fiji on November 7").
	const parts = (t: Token, i: number) => t.text === ',' || (t.pos === 'CCONJ' && !dated[i]);
	let from = first;
	while (from > 0 && !parts(tokens[from - 1]!, from - 1)) from--;
	let to = first;
	while (to < tokens.length && !parts(tokens[to]!, to) && tokens[to]!.pos !== 'PUNCT') to++;
	// A verb of its own makes the item a clause; "measles-related" is a word of a noun phrase.
	const ownVerb = (t: Token, i: number) => !dated[i] && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1]?.text !== '-' && !isModifier(tokens, i);
	if (verb >= from || from === 0 || tokens.slice(from, to).some((t, i) => ownVerb(t, from + i))) return [];
	let previous = from - 1;
	while (previous > 0 && tokens[previous - 1]!.text === ',') previous--;
	while (previous > 0 && !parts(tokens[previous - 1]!, previous - 1)) previous--;
	if (!dated.slice(previous, from).some(Boolean)) return [];
	const words = tokens.slice(from, first).filter((t, i) => !dated[from + i]);
	while (words.length && (words[0]!.pos === 'CCONJ' || words[0]!.pos === 'ADV' || words[0]!.pos === 'ADP')) words.shift();
	return words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') ? words : [];
}
