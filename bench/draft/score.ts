/**
 * How `npm run bench:draft` scores a draft against the events an editor would publish: which drafted
 * event is which gold event (the same date at the gold's precision, then the closest title), how alike
 * their titles are (ROUGE-1 F over stemmed words), and which drafted titles and lanes are not fit to
 * publish as they stand (fragments). The fragment test uses compromise's tagger whatever the drafter
 * uses, so that the drafter is not judged by its own reading.
 */
import nlp from 'compromise';
import { stemmer } from 'stemmer';

export interface GoldEvent {
	/** EDTF at the precision the article gives. */
	date: string;
	title: string;
	lanes: string[];
	excerpts: string[];
}

export interface DraftedForScoring {
	edtf: string;
	title: string;
}

/** A day, month, year, season or decade, without its qualifiers and clock time: what precision compares. */
function datePart(part: string): string {
	return part.replace(/[~?%]/g, '').replace(/T.*$/, '');
}

/** The months of a season as EDTF gives them: spring 2019 (2019-21) is 2019-03/2019-05; winter runs into the next year. */
function seasonMonths(season: string): string {
	const year = Number(season.slice(0, 4));
	const months = { '21': ['03', '05'], '22': ['06', '08'], '23': ['09', '11'], '24': ['12', '02'] }[season.slice(5)]!;
	return `${year}-${months[0]}/${season.endsWith('24') ? year + 1 : year}-${months[1]}`;
}

/**
 * Whether a drafted date is the gold's at the gold's precision: each end of the drafted date begins with
 * the gold's end ("2019-12-05" is "2019-12"; "2019" is not "2019-12"; "1985" is in "198X"), and an open
 * end is open in both.
 */
export function sameDate(drafted: string, gold: string): boolean {
	// "By November 22": the drafter draws the end of what has no start as that day.
	if (gold.startsWith('../') && !drafted.includes('/')) return sameDate(drafted, gold.slice(3));
	if (/^\d{4}-2[1-4]$/.test(gold) && drafted === seasonMonths(gold)) return true;
	const d = drafted.split('/').map(datePart);
	const g = gold.split('/').map(datePart);
	if (d.length !== g.length) return false;
	return g.every((goldPart, i) => {
		const draftedPart = d[i]!;
		if (goldPart === '..' || goldPart === '') return draftedPart === goldPart;
		const prefix = goldPart.replace(/X+$/, '');
		// A season (2019-21…24) is its own precision, not a month.
		if (/^\d{4}-2[1-4]$/.test(goldPart)) return draftedPart === goldPart;
		return draftedPart.startsWith(prefix) && !/^\d{4}-2[1-4]$/.test(draftedPart);
	});
}

/** Lower-case stemmed words, digits kept: what ROUGE-1 counts. */
export function rougeTokens(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stemmer(w));
}

/** ROUGE-1 F1 of a title against a reference: the harmonic mean of word precision and recall, counts clipped. */
export function rouge1(candidate: string, reference: string): number {
	const c = rougeTokens(candidate);
	const r = rougeTokens(reference);
	if (c.length === 0 || r.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const w of r) counts.set(w, (counts.get(w) ?? 0) + 1);
	let overlap = 0;
	for (const w of c) {
		const left = counts.get(w) ?? 0;
		if (left > 0) {
			overlap++;
			counts.set(w, left - 1);
		}
	}
	if (overlap === 0) return 0;
	const precision = overlap / c.length;
	const recall = overlap / r.length;
	return (2 * precision * recall) / (precision + recall);
}

export interface Matching {
	/** Pairs of indices: drafted event, gold event. */
	pairs: [drafted: number, gold: number][];
	unmatchedDrafted: number[];
	unmatchedGold: number[];
}

/** One-to-one: among same-date pairs, the most alike titles first. */
export function matchEvents(drafted: readonly DraftedForScoring[], gold: readonly GoldEvent[]): Matching {
	const options: { d: number; g: number; score: number }[] = [];
	drafted.forEach((d, di) =>
		gold.forEach((g, gi) => {
			if (sameDate(d.edtf, g.date)) options.push({ d: di, g: gi, score: rouge1(d.title, g.title) });
		})
	);
	options.sort((a, b) => b.score - a.score || a.d - b.d || a.g - b.g);
	const usedD = new Set<number>();
	const usedG = new Set<number>();
	const pairs: [number, number][] = [];
	for (const o of options) {
		if (usedD.has(o.d) || usedG.has(o.g)) continue;
		usedD.add(o.d);
		usedG.add(o.g);
		pairs.push([o.d, o.g]);
	}
	return {
		pairs,
		unmatchedDrafted: drafted.map((_, i) => i).filter((i) => !usedD.has(i)),
		unmatchedGold: gold.map((_, i) => i).filter((i) => !usedG.has(i))
	};
}

/** Words that say when, not what. */
const DATE_WORD =
	/^(?:\d+(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|day|week|weekend|month|year|decade|century|ago|last|next|this|early|late|mid|spring|summer|autumn|fall|winter)$/i;
/** Words a title cannot begin with (it would lean on a clause before it) or end on (it would lean on one after). */
const LEANING_START =
	/^(?:and|but|or|so|in|on|at|of|to|for|from|by|with|without|including|unlike|like|after|before|since|until|during|while|when|where|which|who|whom|whose|that|as|because|although|though|if|than|into|through|despite)$/i;
const LEANING_END = /^(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|that|which|who|than|into|its|their|his|her|is|are|was|were|be|been|has|have|had|says|said)$/i;

/**
 * Why a title is not one an editor could publish as it stands, or undefined: made of date words, under
 * three words and no name, leaning on a clause it lost (beginning or ending on a conjunction or a
 * preposition), a verb with no subject before it ("Returned to normal"), or neither a verb nor a name.
 */
export function fragmentReason(title: string): string | undefined {
	const words =
		title
			.match(/[\p{L}\p{N}'’.-]+/gu)
			?.map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, ''))
			.filter(Boolean) ?? [];
	if (words.length === 0) return 'empty';
	if (words.every((w) => DATE_WORD.test(w) || LEANING_START.test(w) || LEANING_END.test(w))) return 'date words';
	if (LEANING_START.test(words[0]!)) return `begins with "${words[0]}"`;
	if (LEANING_END.test(words.at(-1)!)) return `ends with "${words.at(-1)}"`;
	const doc = nlp(title);
	const hasName = doc.has('#ProperNoun') || words.slice(1).some((w) => /^\p{Lu}/u.test(w));
	if (words.length < 3 && !hasName) return 'under three words';
	const terms = (doc.json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
	const isVerb = (t: { tags: string[] } | undefined) => t !== undefined && t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Adjective');
	// "Fire breaks out": a first word the tagger calls a verb, followed by a verb, is the subject.
	const firstVerb = terms.findIndex((t, i) => isVerb(t) && !(i === 0 && isVerb(terms[1])));
	if (firstVerb < 0) return hasName ? undefined : 'no verb and no name';
	const subject = terms.slice(0, firstVerb).some((t) => ['Noun', 'Pronoun', 'ProperNoun', 'Value', 'Acronym'].some((tag) => t.tags.includes(tag)) || /^there$/i.test(t.text));
	return subject ? undefined : 'a verb with no subject';
}

/** Titles and offices before a name, which are not part of it. */
const TITLE_WORD =
	/^(?:Mr|Mrs|Ms|Dr|President|Minister|Senator|Governor|Judge|King|Queen|Pope|General|Secretary|Representative|Rep|Sen|Gov|Chancellor|Mayor|Prince|Princess|Administrator|Director|Chairman|Chair|Speaker|Leader|Commissioner|Ambassador|Cosmonaut|Astronaut|Former|The|In|On|At|By|And|But|For|From|With)$/;

/**
 * Whether a lane's label is a placeholder or a fragment of a name: "Unnamed", or a word that the article
 * only ever writes as part of a longer capitalised name ("Super" of "Super Tuesday").
 */
export function laneFragment(label: string, text: string): boolean {
	if (/^(?:unnamed|other|none|unknown)$/i.test(label.trim())) return true;
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))];
	if (uses.length === 0) return true;
	return uses.every((m) => {
		const after = /^[ -](\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
		const before = /(?<![.!?:"“]\s*)(\p{Lu}\p{Ll}+)[ -]$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
		// Joined to a capitalised word by a space or hyphen: part of a longer name ("Super Tuesday", "New Hampshire").
		return after !== undefined || (before !== undefined && !TITLE_WORD.test(before));
	});
}
