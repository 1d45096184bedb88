/**
 * The names in a sentence (people, organisations, places), found by the `compromise` NLP library's
 * tagger, and grouped across the article into the lanes a draft suggests: "Putin", "President Vladimir
 * Putin" and "Putin's" are one lane, "Vladimir Putin".
 */
import nlp from 'compromise';
import { kebab, uniqueId } from './ids';

export type NameKind = 'person' | 'place' | 'organisation';

export interface Name {
	start: number;
	end: number;
	/** As written, without a possessive ending or the titles before it ("Vladimir Putin"). */
	text: string;
	kind: NameKind;
}

interface Term {
	text: string;
	tags: string[];
	offset: { start: number; length: number };
}

/** Tags that make a capitalised word part of a name. */
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
/** Tags of words that are capitalised but are not names of actors (dates), or that only lead into one (titles, nationalities). */
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Holiday', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition'];
const LEADING_TAGS = ['Honorific', 'Demonym'];
/** Capitalised words the tagger takes for names at the start of a sentence or quotation. */
const NOT_NAMES = new Set(['this', 'that', 'these', 'those', 'and', 'but', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at']);
/** Acronyms the tagger splits at a hyphen or misses ("IS-K", "NASA"). */
const ACRONYM = /\b\p{Lu}{2,}(?:-\p{Lu}+)*\b/gu;

const has = (term: Term, tags: readonly string[]) => tags.some((tag) => term.tags.includes(tag));

function kindOf(terms: readonly Term[]): NameKind {
	if (terms.some((t) => has(t, ['Person']))) return 'person';
	if (terms.some((t) => has(t, ['Place']))) return 'place';
	return 'organisation';
}

/** The names in `text[span.start, span.end)`, in text order, offsets into `text`. */
export function namesIn(text: string, span: { start: number; end: number }): Name[] {
	const sentence = text.slice(span.start, span.end);
	const terms = (nlp(sentence).json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
	const names: Name[] = [];
	let run: Term[] = [];
	const flush = () => {
		while (run.length > 1 && has(run[0]!, LEADING_TAGS)) run = run.slice(1);
		const first = run[0];
		const last = run[run.length - 1];
		if (first && last && !(run.length === 1 && (has(first, LEADING_TAGS) || NOT_NAMES.has(first.text.toLowerCase())))) {
			const start = span.start + first.offset.start;
			let end = span.start + last.offset.start + last.offset.length;
			// "Putin's" is Putin; "U.S.-led" is the U.S.
			const written = text
				.slice(start, end)
				.replace(/['’]s?$/u, '')
				.replace(/-(?:led|based|backed|born|owned|run)$/u, '');
			end = start + written.length;
			names.push({ start, end, text: written, kind: kindOf(run) });
		}
		run = [];
	};
	for (const term of terms) {
		// The tagger splits a hyphenated acronym ("IS-K") and may tag its first half as a verb.
		const isAcronymPart = has(term, ['Hyphenated']) && /^\p{Lu}+$/u.test(term.text);
		const isName = isAcronymPart || (has(term, NAME_TAGS) && !has(term, NOT_NAME_TAGS) && /^\p{Lu}/u.test(term.text));
		const previous = run.at(-1);
		const joined = previous !== undefined && /^(?:\s+|-)$/.test(sentence.slice(previous.offset.start + previous.offset.length, term.offset.start));
		if (!isName || (run.length > 0 && !joined)) flush();
		if (isName) run.push(term);
		// A name ends at its possessive or at punctuation after it.
		if (isName && /(?:['’]s?|[,.;:!?)"”])$/u.test(term.text)) flush();
	}
	flush();
	joinNames(text, names);
	for (const m of sentence.matchAll(ACRONYM)) {
		const start = span.start + m.index;
		const end = start + m[0].length;
		if (!names.some((n) => n.start < end && start < n.end)) names.push({ start, end, text: m[0], kind: 'organisation' });
	}
	return names.sort((a, b) => a.start - b.start);
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

/**
 * Groups names that refer to one actor: the same words, or a person's surname alone. Returns a function
 * from a name to its lane.
 */
export function groupNames(names: readonly Name[]): { lanes: LaneSuggestion[]; laneOf: (name: Name) => LaneSuggestion } {
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
