/**
 * Mentions of one day that speak of the same thing are one event: two mentions are linked when their
 * sentences are alike (the cosine of their TF-IDF vectors) or name the same person, place or body, and
 * an event is every mention reachable by links (single linkage, by union-find). One article saying
 * "Monday" of two unrelated things gives two events; ten articles reporting one vote give one.
 */
import { contentWords } from './words';
import type { Mention } from './mentions';
import { dot, type SparseVector } from './vectors';

/** How alike two sentences must be (cosine) to report one event without sharing a name. */
export const LINK_SIMILARITY = 0.2;

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

/** The mentions (all of one day) grouped into events, each group in the order given. */
export function groupMentions(mentions: readonly Mention[], vectorOf: (mention: Mention) => SparseVector): Mention[][] {
	const parent = mentions.map((_, i) => i);
	const names = mentions.map((m) => namesIn(m.text));
	const vectors = mentions.map(vectorOf);
	for (let i = 0; i < mentions.length; i++)
		for (let j = i + 1; j < mentions.length; j++) {
			if (root(parent, i) === root(parent, j)) continue;
			const shareName = [...names[i]!].some((name) => names[j]!.has(name));
			if (shareName || dot(vectors[i]!, vectors[j]!) >= LINK_SIMILARITY) parent[root(parent, j)] = root(parent, i);
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
