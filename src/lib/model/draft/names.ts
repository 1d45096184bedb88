/**
 * The names in a sentence (people, organisations, places): runs of proper nouns in the words the tagger
 * read (tagger.ts), without the titles before them; what kind of name each is comes from the `compromise`
 * NLP library's lexicon, asked once per distinct name. Names are grouped across the article into the
 * lanes a draft suggests: "Putin", "President Vladimir Putin" and "Putin's" are one lane, "Vladimir Putin".
 */
import nlp from 'compromise';
import { alt } from '../extract/patterns';
import { MONTHS, WEEKDAYS } from '../extract/lexicon';
import { kebab, uniqueId } from './ids';
import { tagText, tokensIn, type Token } from './tagger';

export type NameKind = 'person' | 'place' | 'organisation';

export interface Name {
	start: number;
	end: number;
	/** As written, without a possessive ending or the titles before it ("Vladimir Putin"). */
	text: string;
	kind: NameKind;
}

/** Titles and offices before a name, which are not part of it, and words that are capitalised but no one's name. */
const TITLE =
	/^(?:mr|mrs|ms|dr|sir|dame|lord|lady|president|vice|prime|minister|secretary|senator|sen|rep|representative|congressman|congresswoman|governor|gov|mayor|judge|justice|king|queen|prince|princess|pope|general|gen|colonel|col|captain|capt|lieutenant|sergeant|sgt|officer|chief|director|administrator|chairman|chairwoman|chancellor|ambassador|commissioner|professor|prof|former|cosmonaut|astronaut|sheikh|ayatollah|archbishop|bishop|cardinal|rev|reverend|father|sister|brother|saint|spokesman|spokeswoman|spokesperson|deputy|acting|premier|candidate|democrat|republican|senior|junior)\.?$/i;
const NOT_NAMES = new Set(['this', 'that', 'these', 'those', 'and', 'but', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at', 'mr', 'mrs', 'ms', 'dr']);
/** A month's or a weekday's name, which is capitalised but names no one ("March", "Jan.", "Monday"). */
const MONTH_OR_DAY = new RegExp(`^${alt([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS).filter((day) => day.endsWith('day'))])}\\.?$`, 'i');
/** Acronyms the tagger splits at a hyphen or misses ("IS-K", "NASA"). */
const ACRONYM = /\b\p{Lu}{2,}(?:-\p{Lu}+)*\b/gu;

interface NameReading {
	kind: NameKind | 'not a name';
	/** The person's name that ends a longer run of names ("Joe Biden" of "United States Joe Biden"), if one does. */
	person?: string;
}

const readings = new Map<string, NameReading>();

/** Whether a name is a person's, a place's or an organisation's (a nationality on its own is not a name), asked of compromise once per name. */
function readName(name: string): NameReading {
	let reading = readings.get(name);
	if (reading === undefined) {
		const doc = nlp(name);
		const kind = doc.has('#Person') ? 'person' : doc.has('#Place') ? 'place' : /\s/.test(name) || !doc.has('(#Demonym|#Adjective)') ? 'organisation' : 'not a name';
		const person = kind === 'person' ? doc.people().text() : '';
		reading = { kind, ...(person && person !== name && name.endsWith(person) ? { person } : {}) };
		if (readings.size > 10_000) readings.clear();
		readings.set(name, reading);
	}
	return reading;
}

const kindOf = (name: string) => readName(name).kind;

/** A capitalised adjective joined to a proper noun after it begins a name ("Soviet Union", "New Hampshire"). */
const leadsName = (t: Token, next: Token | undefined) =>
	t.pos === 'ADJ' && /^\p{Lu}/u.test(t.text) && next !== undefined && next.pos === 'PROPN' && /^\s+$/.test(' '.repeat(Math.max(0, next.start - t.end))) && next.start > t.end;

const isNameWord = (t: Token) =>
	(t.pos === 'PROPN' || (t.pos !== 'PUNCT' && /^\p{Lu}{2,}$/u.test(t.text)) || /^(?:\p{Lu}\.){2,}$/u.test(t.text)) && /^\p{Lu}/u.test(t.text) && !MONTH_OR_DAY.test(t.text);

/**
 * The names among `tokens` (one sentence's, in text order), offsets into `text`; `skip` leaves out words
 * that are not names here (the words of a date).
 */
export function namesOf(text: string, tokens: readonly Token[], skip: (token: Token) => boolean = () => false): Name[] {
	const names: Name[] = [];
	let run: Token[] = [];
	const flush = () => {
		// "Russian President Vladimir Putin" is Vladimir Putin; "General Motors" is not Motors: a title goes
		// only from before a person's name.
		const personAfter = (from: number) => kindOf(text.slice(run[from]!.start, run.at(-1)!.end)) === 'person';
		// A title goes before a person's name, or before one word that is not a plural ("Minister Tuilaepa");
		// "General Motors" and "General Electric" keep theirs.
		const strips = () => run.length > 2 || personAfter(1) || (!/s$/.test(run[1]!.text) && !/^general$/i.test(run[0]!.text));
		// A name that had a person's title before it is a person's, whatever the lexicon knows of it ("President Erdoğan").
		let titled = false;
		while (run.length > 1 && (TITLE.test(run[0]!.text) || (run[0]!.pos === 'ADJ' && TITLE.test(run[1]!.text))) && strips()) {
			run = run.slice(1);
			titled = true;
		}
		// "Members of …" at the start of a sentence: a plural noun, capitalised for its place.
		const only = run.length === 1 ? run[0]! : undefined;
		if (only && only === tokens[0] && (only.lemma !== only.text.toLowerCase() || nlp(only.text.toLowerCase()).has('#Plural'))) run = [];
		// "the United States Joe Biden", two names side by side: the person's is the name.
		const whole = run.length > 2 ? readName(text.slice(run[0]!.start, run.at(-1)!.end)) : undefined;
		if (whole?.person) {
			const from = run.findIndex((t) => text.slice(t.start, run.at(-1)!.end) === whole.person);
			if (from > 0) run = run.slice(from);
			while (run.length > 1 && TITLE.test(run[0]!.text)) run = run.slice(1);
		}
		const first = run[0];
		const last = run.at(-1);
		run = [];
		if (!first || !last) return;
		if (first === last && (NOT_NAMES.has(first.text.toLowerCase()) || TITLE.test(first.text))) return;
		const written = text.slice(first.start, last.end).replace(/-(?:led|based|backed|born|owned|run)$/u, '');
		// Letters in capitals are an organisation's ("EVA", "NASA"), whatever name they spell.
		const read = /^[\p{Lu}\d.&-]+$/u.test(written) ? 'organisation' : kindOf(written);
		const kind = titled && read !== 'not a name' ? 'person' : read;
		if (kind !== 'not a name') names.push({ start: first.start, end: first.start + written.length, text: written, kind });
	};
	tokens.forEach((token, i) => {
		const next = tokens[i + 1];
		// The hyphen inside a name ("IS-K", "Apollo-Soyuz") is part of it.
		const inside = token.text === '-' && run.length > 0 && run.at(-1)!.end === token.start && next !== undefined && next.start === token.end && isNameWord(next);
		const name = inside || ((isNameWord(token) || leadsName(token, next)) && !skip(token));
		const previous = run.at(-1);
		// "U.S.-led": the hyphen joins a word that is not part of the name.
		const joined =
			previous !== undefined &&
			(previous.end === token.start ? /^-/.test(token.text) || /-$/.test(previous.text) || token.pos === 'PROPN' : /^\s+$/.test(text.slice(previous.end, token.start)));
		if (!name || (previous && !joined)) flush();
		if (name) run.push(token);
	});
	flush();
	joinNames(text, names);
	const sentence = tokens.length ? { start: tokens[0]!.start, end: tokens.at(-1)!.end } : { start: 0, end: 0 };
	for (const m of text.slice(sentence.start, sentence.end).matchAll(ACRONYM)) {
		const start = sentence.start + m.index;
		const end = start + m[0].length;
		if (!names.some((n) => n.start < end && start < n.end) && !tokens.some((t) => t.start < end && start < t.end && skip(t)))
			names.push({ start, end, text: m[0], kind: 'organisation' });
	}
	return names.sort((a, b) => a.start - b.start);
}

/** The names in `text[span.start, span.end)`, in text order, offsets into `text`. */
export function namesIn(text: string, span: { start: number; end: number }): Name[] {
	const tokens = tagText(text.slice(span.start, span.end)).map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start }));
	return namesOf(text, tokensIn(tokens, span.start, span.end));
}

/** Words or marks between two names that make them one ("House of Commons", "Apollo–Soyuz"). */
const NAME_JOINT = /^(?:\s+(?:of|of the|for|for the|de|del|al|bin|van|von)\s+|[-–])$/;

function joinNames(text: string, names: Name[]): void {
	for (let i = names.length - 2; i >= 0; i--) {
		const [a, b] = [names[i]!, names[i + 1]!];
		const joint = text.slice(a.end, b.start);
		// "Chip Taylor of the University of Kansas" is a person and a place of work, not one name.
		if (!NAME_JOINT.test(joint) || (a.kind === 'person' && /\sof\s/.test(joint))) continue;
		names.splice(i, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), kind: a.kind === 'person' || b.kind === 'person' ? 'person' : b.kind });
	}
}

export interface LaneSuggestion {
	id: string;
	label: string;
	kind: NameKind;
	/** How often the article names it, for ordering. */
	mentions: number;
}

const words = (text: string) => text.toLowerCase().split(/\s+/);
/** "United Kingdom" → "uk"; only the capitalised words count ("House of Commons" → "hc"). */
const initials = (label: string) => (label.match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]!.toLowerCase()).join('');

/** Is `short` the tail of `long`, word for word ("Putin" of "Vladimir Putin")? */
function isTailOf(short: string[], long: string[]): boolean {
	return short.length < long.length && short.every((w, i) => w === long[long.length - short.length + i]);
}

/** Last words of names that are not people's ("Kennedy Space Center", "Bontddu Hall", "Labour Party"). */
const NOT_A_SURNAME =
	/^(?:center|centre|hall|house|party|service|university|college|school|hospital|council|team|association|company|corporation|inc|ltd|group|ministry|department|agency|office|court|church|bank|news|times|post|press|magazine|station|airport|park|street|road|route|river|lake|island|islands|city|county|state|states|kingdom|republic|union|nations|army|navy|force|forces|police|committee|commission|board|institute|foundation|fund|club|league|cup|games|festival|award|awards|prize|day|week|war)$/i;

/**
 * A name the lexicon does not know is a person's when the article goes on to call it by its last word
 * alone, as news calls people by their surnames ("Volodoymyr Zhukovskyy" … "Zhukovskyy said").
 */
function asPeople(names: readonly Name[]): readonly Name[] {
	const alone = new Set(names.filter((n) => !/\s/.test(n.text)).map((n) => n.text.toLowerCase()));
	const surnames = new Set<string>();
	for (const name of names) {
		const parts = name.text.split(/\s+/);
		const last = parts.at(-1)!;
		if (name.kind === 'organisation' && parts.length === 2 && parts.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !NOT_A_SURNAME.test(last) && alone.has(last.toLowerCase()))
			surnames.add(last.toLowerCase());
	}
	if (surnames.size === 0) return names;
	const isPerson = (n: Name) => surnames.has(n.text.split(/\s+/).at(-1)!.toLowerCase()) && n.kind === 'organisation';
	return names.map((n) => (isPerson(n) ? { ...n, kind: 'person' as const } : n));
}

/**
 * Groups names that refer to one actor: the same words, or a person's surname alone. Returns a function
 * from a name to its lane.
 */
export function groupNames(allNames: readonly Name[]): { lanes: LaneSuggestion[]; laneOf: (name: Name) => LaneSuggestion } {
	const names = asPeople(allNames);
	const byKey = new Map<string, LaneSuggestion>();
	const keyOf = (name: Name) => words(name.text).join(' ');
	// Longest first, so a surname finds the full name it belongs to.
	const distinct = [...new Map(names.map((n) => [keyOf(n), n])).values()].sort((a, b) => words(b.text).length - words(a.text).length);
	const laneOfKey = new Map<string, LaneSuggestion>();
	const usedIds = new Set<string>();
	for (const name of distinct) {
		const key = keyOf(name);
		const longer =
			name.kind === 'person' || words(name.text).length === 1 ? [...byKey.entries()].find(([k, lane]) => lane.kind === 'person' && isTailOf(words(key), k.split(' '))) : undefined;
		if (longer) {
			laneOfKey.set(key, longer[1]);
			continue;
		}
		const id = uniqueId(kebab(name.text), usedIds);
		usedIds.add(id);
		const lane: LaneSuggestion = { id, label: name.text, kind: name.kind, mentions: 0 };
		byKey.set(key, lane);
		laneOfKey.set(key, lane);
	}
	// Initials stand for the name they abbreviate ("UK", "U.S." for "United Kingdom", "United States").
	for (const [key, lane] of laneOfKey) {
		const letters = key.replace(/\./g, '');
		if (!/^\p{L}{2,5}$/u.test(letters) || !/^[\p{Lu}.]+$/u.test(lane.label)) continue;
		const full = [...byKey.values()].find((other) => other !== lane && initials(other.label) === letters);
		if (!full) continue;
		laneOfKey.set(key, full);
		if (byKey.get(key) === lane) byKey.delete(key);
	}
	for (const name of names) laneOfKey.get(keyOf(name))!.mentions++;
	return { lanes: [...byKey.values()], laneOf: (name) => laneOfKey.get(keyOf(name))! };
}
