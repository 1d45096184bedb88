/**
 * A headline for a drafted event, made from the clause its date belongs to (clauses.ts): who, the verb in
 * the present tense, and what, without the date words, at most about seventy characters, and never a
 * fragment. A pronoun subject is replaced by the name it stands for; what someone said is titled by what
 * was said ("Minnis says twenty people were killed").
 */
import type { TextRange } from '../document/anchor';
import { readClause, type ClauseReading } from './clauses';
import { tagText, type Token } from './tagger';

export const MAX_TITLE = 70;

/** Adverbs that say when or how sure, which a headline leaves out. */
const DROPPED_ADVERBS = new Set([
	'also',
	'respectively',
	'finally',
	'then',
	'later',
	'eventually',
	'subsequently',
	'reportedly',
	'already',
	'initially',
	'originally',
	'previously',
	'recently',
	'just',
	'still',
	'now',
	'currently',
	'officially',
	'again',
	'ago',
	'earlier',
	'successfully',
	'instead',
	'meanwhile'
]);
/** Adjectives that point elsewhere in the article ("the previous restriction", "the following announcement"). */
const POINTING_ADJECTIVES = /^(?:previous|following|same|latter|former|aforementioned|above|said)$/i;
/** Words a title should not end on: it would lean on words it lost. */
const LEANING_WORDS =
	"a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|its|their|his|her|that|which|who|whose|than|into|is|are|was|were|be|been|has|have|had|not|this|these|those|after|before|while|when|during|over|under|about|against|between|through|since|until|including|amid|among|'s|’s";
const LEANING_END = new RegExp(`^(?:${LEANING_WORDS})$`, 'i');
/** The same words at the end of a title cut as a string. */
const LEANING_WORD = new RegExp(`\\s+(?:${LEANING_WORDS})$`, 'i');
/** The words without the adverbs a headline leaves out. */
const withoutDroppedAdverbs = (tokens: readonly Token[]): Token[] =>
	tokens.filter(
		(t, i) => !(t.pos === 'ADV' && DROPPED_ADVERBS.has(t.text.toLowerCase())) && !(t.pos === 'ADJ' && POINTING_ADJECTIVES.test(t.text) && tokens[i - 1]?.pos === 'DET')
	);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'i']);
const POSSESSIVE_PRONOUNS = /^(?:his|her|its|their)$/i;

/** Words joined as the text wrote them: a space where it had one. */
export function joinTokens(tokens: readonly Token[]): string {
	let out = '';
	tokens.forEach((t, i) => {
		const previous = tokens[i - 1];
		out += previous && previous.end !== t.start ? ` ${t.text}` : t.text;
	});
	return out;
}

/** The third person singular present of a verb, from its dictionary form. */
function thirdPerson(lemma: string): string {
	if (lemma === 'be') return 'is';
	if (lemma === 'have') return 'has';
	if (/^(?:do|go)$/.test(lemma)) return `${lemma}es`;
	if (/(?:s|sh|ch|x|z)$/.test(lemma)) return `${lemma}es`;
	if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
	return `${lemma}s`;
}

/** A verb in the present, agreeing with its subject: "announced" → "announces", or "announce" for many. */
const presentOf = (verb: Token, subject: readonly Token[]): Token => ({ ...verb, text: plural(subject) ? verb.lemma : thirdPerson(verb.lemma) });

/** Nouns that take a plural verb without a plural ending. */
const COLLECTIVE_PLURALS = new Set(['police', 'people', 'children', 'men', 'women', 'staff', 'crew', 'british', 'french', 'dutch', 'irish']);

/** Whether a subject is more than one ("Protesters", "Warren and Sanders", "they"). */
function plural(subject: readonly Token[]): boolean {
	if (subject.some((t) => t.pos === 'CCONJ')) return true;
	const ofAt = subject.findIndex((t) => t.pos === 'ADP');
	const head = (ofAt > 0 ? subject.slice(0, ofAt) : subject).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON').at(-1);
	if (!head) return false;
	if (head.pos === 'PRON') return /^(?:they|we|them|i|you)$/i.test(head.text);
	if (COLLECTIVE_PLURALS.has(head.text.toLowerCase())) return true;
	if (!(head.pos === 'NOUN' || head.pos === 'PROPN') || !/[^su]s$/i.test(head.text)) return false;
	return head.lemma !== head.text.toLowerCase();
}

/**
 * The verb group as a headline says it: the past as the present ("announced" → "announces"), the passive
 * and the perfect without their auxiliaries ("were killed" → "killed"), "will" as "to".
 */
function headlineVerb(verb: readonly Token[], subject: readonly Token[]): Token[] {
	const words = withoutDroppedAdverbs(verb);
	const head = words.at(-1);
	if (!head) return words;
	const auxiliaries = words.slice(0, -1);
	const lower = (t: Token) => t.text.toLowerCase();
	// "will be suspending", "would be suspending" (said of what was to come) → "to suspend".
	const modal = auxiliaries.findIndex((t) => /^(?:will|would|shall)$/i.test(t.text));
	if (modal >= 0 && /^be$/i.test(words[modal + 1]?.text ?? '') && /ing$/i.test(head.text) && words.length === modal + 3)
		return [...words.slice(0, modal), { ...words[modal]!, text: 'to' }, { ...head, text: head.lemma }];
	if (auxiliaries.some((t) => /^(?:will|shall)$/i.test(t.text))) return words.map((t) => (/^(?:will|shall)$/i.test(t.text) ? { ...t, text: 'to' } : t));
	if (auxiliaries.some((t) => t.pos === 'AUX' && !/^(?:be|have|do)$/.test(t.lemma))) return words;
	if (auxiliaries.some((t) => lower(t) === 'not' || lower(t) === "n't" || t.lemma === 'do')) return words;
	const beOrHave = auxiliaries.filter((t) => t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'have'));
	const isParticiple = !/ing$/i.test(head.text) && head.lemma !== lower(head);
	if (beOrHave.length > 0 && auxiliaries.some((t) => t.lemma === 'be') && isParticiple) {
		// Passive: "was killed" → "killed"; "is expected to launch" → "expected to launch".
		return words.filter((t) => !(t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'have')));
	}
	const rest = words.filter((t) => !(t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'have')));
	const to = rest.findIndex((t) => lower(t) === 'to');
	if (to >= 0) {
		// "voted to lift" → "votes to lift": the finite verb before "to", in the present; "is expected to" stays.
		const finite = rest.findIndex((t) => t.pos === 'VERB');
		const verb = rest[finite];
		// "to date" is no infinitive, whatever the tagger says.
		const infinitive = rest[to + 1]?.pos === 'VERB' && rest[to + 1]!.text.toLowerCase() !== 'date';
		// "is to remain" → "to remain", as headlines say what is arranged.
		if (infinitive && to === 0 && beOrHave.length === 1 && beOrHave[0]!.lemma === 'be' && words[0] === beOrHave[0]) return rest;
		// "was expected to end" → "expected to end": a passive before an infinitive loses its "be".
		if (infinitive && auxiliaries.some((t) => t.lemma === 'be') && verb && /(?:ed|en|wn|t)$/i.test(verb.text) && verb.lemma !== lower(verb)) return rest;
		if (!infinitive || beOrHave.length > 0 || !verb || finite > to || /ing$/i.test(verb.text) || verb.lemma === lower(verb)) return words;
		return rest.map((t, i) => (i === finite ? presentOf(t, subject) : t));
	}
	const verbs = rest.filter((t) => t.pos === 'VERB');
	// "proposed converting" → "proposes converting": the finite verb before a gerund, in the present.
	if (verbs.length === 2 && beOrHave.length === 0 && /ing$/i.test(verbs[1]!.text) && !/ing$/i.test(verbs[0]!.text) && verbs[0]!.lemma !== lower(verbs[0]!)) {
		return rest.map((t) => (t === verbs[0] ? presentOf(t, subject) : t));
	}
	if (verbs.length !== 1 || head.pos !== 'VERB') return words;
	// "is launching", "had left", "left": the present, agreeing with the subject. "The band split" is past:
	// the present would be "splits".
	// (A lemma in "-ed" is one the tagger did not find: "co-founded" stays as it is.)
	if (beOrHave.length === 0 && head.lemma === lower(head) && (subject.length === 0 || plural(subject) || /^(?:i|you|we)$/i.test(subject[0]!.text) || /[^e]ed$/i.test(head.text)))
		return words;
	return [...rest.slice(0, -1), presentOf(head, subject)];
}

/** Cuts words to fit `room` characters, at a word, never on a word that leans on what was cut. */
/**
 * Without the common nouns that describe a name just after them ("climate change activist Greta
 * Thunberg" → "Greta Thunberg"): what a title leaves out before it cuts anything else.
 */
function withoutDescriptors(tokens: readonly Token[]): Token[] {
	const kept: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		let j = i;
		while (j < tokens.length && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ') && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
		const describesName = j > i && tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j]!.text) && ['DET', 'ADP', 'PART'].includes(tokens[i - 1]?.pos ?? '');
		if (describesName) i = j - 1;
		else kept.push(tokens[i]!);
	}
	return kept;
}

function fit(tokens: readonly Token[], room: number): Token[] {
	let kept = joinTokens(tokens).length > room ? withoutDescriptors(tokens) : [...tokens];
	while (kept.length > 0 && joinTokens(kept).length > room) {
		// Prefer to cut at a comma, a preposition, a conjunction or a participle ("… mission symbolizing …").
		const cutsHere = (t: Token, i: number) =>
			(t.pos === 'PART' && t.text.toLowerCase() === 'to' && kept[i + 1]?.pos === 'VERB') ||
			t.pos === 'ADP' ||
			t.pos === 'CCONJ' ||
			t.pos === 'SCONJ' ||
			t.text === ',' ||
			((t.pos === 'VERB' || t.pos === 'NOUN') && /\p{L}{3}ing$/iu.test(t.text)) ||
			/^(?:who|which|that)$/i.test(t.text);
		const cut = kept.findLastIndex((t, i) => i > 0 && cutsHere(t, i) && joinTokens(kept.slice(0, i)).length <= room);
		if (cut > 0) kept = kept.slice(0, cut);
		else {
			// Cut a word at a time, but not inside a compound ("purchase limits"): the whole compound goes.
			kept = kept.slice(0, -1);
			while (kept.length > 1 && ['NOUN', 'PROPN'].includes(kept.at(-1)!.pos) && ['NOUN', 'PROPN'].includes(tokens[kept.length]?.pos ?? '')) kept = kept.slice(0, -1);
		}
	}
	// "during the state", cut from "of emergency": a phrase of time or place that lost its noun goes whole.
	if (kept.length < tokens.length && /^of$/i.test(tokens[kept.length]!.text) && kept.length > 3) {
		const [preposition, article, noun] = kept.slice(-3);
		if (/^(?:during|amid|in|at|on|over|under|after|before)$/i.test(preposition!.text) && /^the$/i.test(article!.text) && noun!.pos === 'NOUN') kept = kept.slice(0, -3);
	}
	// "… searching", cut from its object; "as their 2019", cut from the name the number began.
	const dangles = (t: Token, before: Token | undefined) =>
		(/\p{L}{3}ing$/iu.test(t.text) && before?.pos === 'NOUN') || (t.pos === 'NUM' && (before?.pos === 'DET' || before?.pos === 'PRON'));
	const trailing = (t: Token) => (t.pos === 'ADV' || t.pos === 'ADJ') && /^(?:first|again|also|then|too|now|later|earlier|still|already)$/i.test(t.text);
	// "the tents erected to deal", cut from "with …": a cut phrase that ends on a verb goes back to its noun.
	if (kept.length < tokens.length && kept.length > 2 && kept.at(-1)!.pos === 'VERB' && tokens[kept.length]?.pos === 'ADP') {
		const noun = kept.findLastIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
		if (noun > 0 && kept.slice(noun + 1).every((t) => t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'ADV')) kept = kept.slice(0, noun + 1);
	}
	while (
		kept.length > 0 &&
		(LEANING_END.test(kept.at(-1)!.text) || ['PUNCT', 'CCONJ', 'SCONJ', 'ADP', 'DET'].includes(kept.at(-1)!.pos) || dangles(kept.at(-1)!, kept.at(-2)) || trailing(kept.at(-1)!))
	)
		kept.pop();
	return kept;
}

/** Leading articles and commas go; the rest is kept. */
function trimPhrase(tokens: readonly Token[]): Token[] {
	const kept = withoutDroppedAdverbs(tokens);
	while (kept.length && (/^(?:the|a|an)$/i.test(kept[0]!.text) || kept[0]!.pos === 'PUNCT' || kept[0]!.pos === 'PART')) kept.shift();
	// "The vaccination drive itself": the emphasis is the sentence's, not the headline's.
	while (kept.length && (kept.at(-1)!.pos === 'PUNCT' || (kept.length > 1 && /^(?:itself|himself|herself|themselves)$/i.test(kept.at(-1)!.text)))) kept.pop();
	return kept;
}

export const sentenceCase = (title: string) => title.charAt(0).toUpperCase() + title.slice(1);

/** A subject that is "I" or "we": words said in the first person. */
export const isFirstPerson = (subject: readonly Token[]) => subject.length === 1 && /^(?:i|we)$/i.test(subject[0]!.text);

/** A title within MAX_TITLE however long its subject: cut at a word, never on one that leans on what was cut. */
export function withinLimit(title: string): string {
	if (title.length <= MAX_TITLE) return title;
	let cut = title.slice(0, MAX_TITLE + 1).replace(/\s+\S*$/, '');
	while (LEANING_WORD.test(cut)) cut = cut.replace(LEANING_WORD, '');
	return cut.replace(/[\s,;:]+$/, '');
}

export interface TitleContext {
	/** The name a pronoun subject stands for ("He" → "Alexei Leonov"), if known. */
	nameFor?: (pronoun: Token) => string | undefined;
	/** Who a clause with no subject of its own is about (the first name of its sentence), if anyone. */
	actor?: string;
}

/** Words that lean on a clause before them, which a title cannot begin with. */
const LEANING_START =
	/^(?:and|but|or|so|yet|when|while|where|which|who|whom|whose|that|because|although|though|if|since|after|before|until|as|to|for|from|with|on|in|at|by|of|than|including|despite)$/i;

/**
 * The words of the name a pronoun stands for, as tokens for the verb to agree with: what "he", "she" or
 * "it" stands for is one; what "they" stands for is many when its last word is a plural.
 */
function wordsOfName(name: string, pronoun: Token): Token[] {
	const many = /^(?:they|them)$/i.test(pronoun.text);
	return name.split(/\s+/).map((word) => {
		const common = !/^\p{Lu}/u.test(word);
		const lemma = many && /[^su]s$/i.test(word) ? word.slice(0, -1).toLowerCase() : word.toLowerCase();
		return { ...pronoun, text: word, pos: common ? 'NOUN' : 'PROPN', lemma };
	});
}

/** Nouns that, after "the", stand for an organisation the article has named ("the band" for Cream). */
export const ORGANISATION_NOUNS = new Set([
	'band',
	'group',
	'company',
	'firm',
	'promotion',
	'club',
	'airline',
	'label',
	'network',
	'newspaper',
	'magazine',
	'carrier',
	'manufacturer',
	'retailer',
	'chain',
	'startup',
	'organisation',
	'organization',
	'charity'
]);

/** Nouns that, after "the", stand for a building the article has named ("the hotel" for Bontddu Hall). */
export const BUILDING_NOUNS = new Set([
	'hotel',
	'hall',
	'hospital',
	'school',
	'museum',
	'church',
	'mosque',
	'cathedral',
	'station',
	'airport',
	'stadium',
	'mansion',
	'building',
	'palace',
	'castle',
	'prison',
	'embassy',
	'clinic',
	'university',
	'college',
	'theatre',
	'theater',
	'factory',
	'plant',
	'mine'
]);

/** Verbs whose "it" stands for nothing ("it rained", "it is clear that", "it seems"). */
const EXPLETIVE_IT = new Set(['rain', 'snow', 'be', 'seem', 'appear', 'happen']);

function subjectText(subject: readonly Token[], context: TitleContext, head?: Token): { tokens: Token[]; text: string } {
	const trimmed = trimPhrase(subject);
	while (trimmed.length && LEANING_START.test(trimmed[0]!.text)) trimmed.shift();
	if (trimmed.length === 0 && context.actor) return { tokens: [], text: context.actor };
	// "He said", "The band split up" → "Cream splits up": a title cannot lean on a sentence before it.
	const only = trimmed.length === 1 ? trimmed[0]! : undefined;
	const word = only?.text.toLowerCase() ?? '';
	const expletive = word === 'it' && head !== undefined && EXPLETIVE_IT.has(head.lemma);
	const pronoun = SUBJECT_PRONOUNS.has(word) && !expletive;
	const namedBefore = only?.pos === 'NOUN' && /^the$/i.test(subject[0]?.text ?? '') && (ORGANISATION_NOUNS.has(word) || BUILDING_NOUNS.has(word));
	if (only && (pronoun || namedBefore)) {
		const name = context.nameFor?.(only);
		if (name) return { tokens: wordsOfName(name, only), text: name };
	}
	// "His trial" → "Zhukovskyy's trial": a title cannot lean on a sentence before it.
	if (trimmed.length > 1 && POSSESSIVE_PRONOUNS.test(trimmed[0]!.text)) {
		const name = context.nameFor?.(trimmed[0]!);
		if (name) return { tokens: trimmed, text: `${name}${name.endsWith('s') ? "'" : "'s"} ${joinTokens(trimmed.slice(1))}` };
	}
	return { tokens: trimmed, text: joinTokens(trimmed) };
}

/** The words after "by" that name who did it ("by the government", "by Woolworths and Coles"), as a count. */
function agentLength(rest: readonly Token[]): number {
	let end = 1;
	while (end < rest.length) {
		const t = rest[end]!;
		const joinsNames = t.pos === 'CCONJ' && ['PROPN', 'NOUN', 'DET'].includes(rest[end + 1]?.pos ?? '');
		if (!(['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos) || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || joinsNames)) break;
		end++;
	}
	return end - 1;
}

/**
 * "The outbreak was first confirmed by the government" → "Government first confirms the outbreak": a
 * headline puts who acted first. Undefined when the clause is not a passive with a named agent.
 */
function activeTitle(reading: ClauseReading, subject: { tokens: Token[]; text: string }, room: number): string | undefined {
	const head = reading.head;
	const byFirst = reading.rest[0]?.text.toLowerCase() === 'by';
	const auxiliaries = reading.verb.filter((t) => t.pos === 'AUX');
	const passive = auxiliaries.every((t) => t.lemma === 'be' || t.lemma === 'have') && (auxiliaries.length === 0 || auxiliaries.some((t) => t.lemma === 'be'));
	if (!byFirst || !passive || !subject.text || head.pos !== 'VERB' || !/(?:ed|en|wn|t)$/.test(head.text) || head.lemma === head.text.toLowerCase()) return undefined;
	const length = agentLength(reading.rest);
	const agent = reading.rest.slice(1, 1 + length);
	if (!agent.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
	// "A bomb kills he": a pronoun no name stands for cannot become the object.
	if (subject.tokens.length === 1 && subject.tokens[0]!.pos === 'PRON' && subject.text === subject.tokens[0]!.text) return undefined;
	const who = joinTokens(trimPhrase(agent));
	const adverbs = withoutDroppedAdverbs(reading.verb).filter((t) => t.pos === 'ADV' && !/^(?:not|n't)$/i.test(t.text));
	const verb = [...adverbs.map((t) => t.text), presentOf(head, agent).text].join(' ');
	const first = subject.tokens[0];
	const object = first && first.pos !== 'PROPN' && !/^\p{Lu}{2,}/u.test(first.text) ? subject.text.charAt(0).toLowerCase() + subject.text.slice(1) : subject.text;
	const start = `${who} ${verb} ${object}`;
	if (start.length > room) return undefined;
	const rest = fit(trimRest(reading.rest.slice(1 + length)), Math.max(0, room - start.length - 1));
	return [start, joinTokens(rest)].filter(Boolean).join(' ');
}

/** The headline of one clause: subject, verb, the rest cut to fit. */
function clauseTitle(reading: ClauseReading, context: TitleContext, room = MAX_TITLE): string {
	const subject = subjectText(reading.subject, context, reading.head);
	const active = activeTitle(reading, subject, room);
	if (active) return active;
	// "restrictions introduced by Woolworths": a participle with its agent is passive, whatever its form.
	const passive = !reading.verb.some((t) => t.pos === 'AUX') && reading.rest[0]?.text.toLowerCase() === 'by' && /(?:ed|en)$/.test(reading.head.text);
	const verb = reading.participle || passive ? withoutDroppedAdverbs(reading.verb) : headlineVerb(reading.verb, subject.tokens);
	// "dropped out", "went up": a particle with no noun after it is the verb's, never cut from it.
	let after = trimRest(reading.rest);
	const particle = after[0];
	const verbWords = [...verb];
	if (particle?.pos === 'ADP' && /^(?:out|up|off|down|away|back)$/i.test(particle.text) && !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(after[1]?.pos ?? '')) {
		verbWords.push(particle);
		after = after.slice(1);
	}
	const start = [subject.text, joinTokens(verbWords)].filter(Boolean).join(' ');
	const rest = fit(after, Math.max(0, room - start.length - 1));
	return [start, joinTokens(rest)].filter(Boolean).join(' ');
}

/** What follows the verb, up to where a new thought starts. */
function trimRest(rest: readonly Token[]): Token[] {
	const kept = withoutDroppedAdverbs(rest);
	while (kept.length && kept[0]!.pos === 'PUNCT') kept.shift();
	return kept;
}

/**
 * The title of an event from the clause its date belongs to. For a verb of saying with a clause of what
 * was said, that clause, with who said it when there is room ("Minnis says twenty people were killed").
 */
export function titleOfReading(reading: ClauseReading, context: TitleContext = {}): string {
	let title: string;
	if (reading.said) {
		const said = reading.said;
		const who = subjectText(reading.subject, context).text;
		// "ALDI says it follows", not "ALDI says ALDI follows".
		const nameFor = (pronoun: Token) => {
			const name = context.nameFor?.(pronoun);
			return name === who ? undefined : name;
		};
		const firstPerson = isFirstPerson(said.subject);
		// A quotation keeps its own words.
		const what = firstPerson
			? joinTokens(fit([...said.subject, ...said.verb, ...trimRest(said.rest)], MAX_TITLE - who.length - 4))
			: clauseTitle({ ...said, said: undefined }, { ...context, nameFor });
		// "Minnis says twenty people were killed": the words said keep their capital only where it is a name's.
		const firstWord = [...said.subject, ...said.verb].find((t) => what.startsWith(t.text) || what.toLowerCase().startsWith(t.text.toLowerCase()));
		const keepsCapital = firstWord?.pos === 'PROPN' || /^(?:\p{Lu}{2,}|I\b)/u.test(what);
		// "I entered the race", said by Bloomberg, is his in quotation marks: "Bloomberg: “I entered the race”".
		const sayer = (name: string) => (firstPerson ? `${name}: “${what}”` : `${name} says ${keepsCapital ? what : what.charAt(0).toLowerCase() + what.slice(1)}`);
		// A long name with its titles ("Samoan Prime Minister Tuilaepa Sailele Malielegaoi") gives way to its last word.
		const names = /^(?:\p{Lu}[\p{L}.'’-]*\s?)+$/u.test(who) ? [who, who.split(' ').at(-1)!] : [who];
		const fits = names.map(sayer).find((says) => says.length <= MAX_TITLE);
		title = who && !/^(?:it|this|that)$/i.test(who) && fits ? fits : what;
	} else title = clauseTitle(reading, context);
	return sentenceCase(withinLimit(title.replace(/\s+([,.;:!?])/g, '$1').trim()));
}

/** Words quoted, cut at a word to fit `room` characters, with an ellipsis where they were cut. */
export function quotedWords(words: string, room: number): string {
	const clean = words
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[,.;:]+$/, '');
	if (clean.length <= room) return `“${clean}”`;
	const cut = clean
		.slice(0, Math.max(0, room - 1))
		.replace(/\s+\S*$/, '')
		.replace(/[,;:]+$/, '');
	return `“${cut}…”`;
}

/**
 * A title from words alone (an event the editor makes from a selection): the clause of their first date,
 * or their first clause; the words themselves, cut to fit, when they hold no verb.
 */
export function titleFromWords(text: string, dates: readonly TextRange[], tokens: readonly Token[] = tagText(text)): string {
	const at = dates[0] ?? { start: 0, end: 0 };
	const reading = readClause(tokens, dates, at.end > at.start ? at : { start: tokens[0]?.start ?? 0, end: tokens[0]?.end ?? 0 });
	if (reading) return titleOfReading(reading);
	const words = trimPhrase(tokens.filter((t) => !dates.some((d) => t.start < d.end && d.start < t.end)));
	while (words.length && (LEANING_START.test(words[0]!.text) || words[0]!.pos === 'PUNCT')) words.shift();
	const kept = fit(words, MAX_TITLE);
	return sentenceCase(withinLimit(joinTokens(kept)));
}
