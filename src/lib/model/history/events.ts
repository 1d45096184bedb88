/**
 * Mentions of one day that speak of the same thing are one event: two mentions are linked when their
 * sentences are alike (the cosine of their TF-IDF vectors) or share two names that few of the
 * collection's sentences hold, and an event is every mention reachable by links (single linkage, by
 * union-find). One article saying "Monday" of two unrelated things gives two events; ten articles
 * reporting one vote give one. On the 295 Wikinews articles of 2019–2020, one shared name, or names as
 * common as "United States", joined a plane crash to a court's sentence and a study of fish (all "on
 * Wednesday"); two distinctive names keep them apart and still join the reports of one primary election.
 */
import { contentWords } from './words';
import type { Mention } from './mentions';
import { dot, type SparseVector } from './vectors';

/** How alike two sentences must be (cosine) to report one event without sharing names. */
export const LINK_SIMILARITY = 0.2;
/** How many distinctive names two sentences must share to report one event however unalike they are. */
export const LINK_NAMES = 2;

/** Capitalised words after a sentence's first word: the names in it, compared as words are. */
export function namesIn(sentence: string): Set<string> {
	const names = new Set<string>();
	for (const m of sentence.matchAll(/(?<=\s)[\p{Lu}][\p{L}'’-]+/gu)) for (const word of contentWords(m[0])) names.add(word);
	return names;
}

function root(parent: number[], i: number): number {
	while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
	return i;
}

/**
 * The mentions (all of one day) grouped into events, each group in the order given; `distinctive` says
 * whether a name (as words.ts writes it) is rare enough in the collection to tell one event from another.
 */
export function groupMentions(mentions: readonly Mention[], vectorOf: (mention: Mention) => SparseVector, distinctive: (name: string) => boolean = () => true): Mention[][] {
	const parent = mentions.map((_, i) => i);
	const names = mentions.map((m) => new Set([...namesIn(m.text)].filter(distinctive)));
	const vectors = mentions.map(vectorOf);
	for (let i = 0; i < mentions.length; i++)
		for (let j = i + 1; j < mentions.length; j++) {
			if (root(parent, i) === root(parent, j)) continue;
			const shared = [...names[i]!].filter((name) => names[j]!.has(name)).length;
			if (shared >= LINK_NAMES || dot(vectors[i]!, vectors[j]!) >= LINK_SIMILARITY) parent[root(parent, j)] = root(parent, i);
		}
	const groups = new Map<number, Mention[]>();
	mentions.forEach((m, i) => {
		const r = root(parent, i);
		const group = groups.get(r);
		if (group) group.push(m);
		else groups.set(r, [m]);
	});
	return [...groups.values()];
}
