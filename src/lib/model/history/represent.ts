/**
 * Which sentences best tell what happened on a day, as the field's centroid summarisers choose them: the
 * sentences most alike to all the day's sentences (the cosine of each TF-IDF vector with their sum),
 * weighted by how fit each is to stand alone (quality.ts) and preferring an article's opening sentence;
 * never the same sentence twice, nor one that says again what a chosen one says.
 */
import type { Mention } from './mentions';
import { sentenceQuality } from './quality';
import { dot, normalised, sum, type SparseVector } from './vectors';

/** How much more an article's first dated sentence is worth: measured on the development stories. */
const LEAD_WEIGHT = 1.5;
/** A sentence this alike to a chosen one (cosine) says nothing new. */
const REDUNDANT = 0.5;

/** The mentions' sentences that are fit to stand alone, each once, best first. */
export function rankSentences(mentions: readonly Mention[], vectorOf: (m: Mention) => SparseVector): Mention[] {
	const fit = [...new Map(mentions.map((m) => [m.text, m])).values()].map((m) => ({ m, quality: sentenceQuality(m.text) })).filter((s) => s.quality > 0);
	const centroid = normalised(sum(fit.map(({ m }) => vectorOf(m))));
	return fit
		.map(({ m, quality }) => ({ m, score: dot(vectorOf(m), centroid) * quality * (m.lead ? LEAD_WEIGHT : 1) }))
		.sort((a, b) => b.score - a.score)
		.map(({ m }) => m);
}

/** Up to `k` sentences that best represent the mentions, in order of merit, none saying what another does. */
export function chooseSentences(mentions: readonly Mention[], vectorOf: (m: Mention) => SparseVector, k: number): Mention[] {
	const chosen: Mention[] = [];
	for (const m of rankSentences(mentions, vectorOf)) {
		if (chosen.length >= k) break;
		if (!chosen.some((c) => dot(vectorOf(c), vectorOf(m)) > REDUNDANT)) chosen.push(m);
	}
	return chosen;
}
