/**
 * How `npm run bench:history` scores a timeline summary against a reference, as the field does (the
 * news-tls protocol of Gholipour Ghalandari & Ifrim, ACL 2020):
 *
 * - date F1: the predicted days against the reference's, exact day matches;
 * - alignment ROUGE-1 and ROUGE-2 F, the many-to-one variant with date and content costs of Martschat &
 *   Markert (EACL 2017, "Improving ROUGE for timeline summarization", their "align+ m:1"): each predicted
 *   day is aligned to the reference day that costs least, and each reference day to the predicted day that
 *   costs least; the cost of a pair is the date distance (1 − 1/(days apart + 1)) times the content
 *   distance (1 − a quick ROUGE-1 F of the two summaries); the n-grams the aligned summaries share count
 *   1/(days apart + 1) each. Precision divides what the predicted days share by all their n-grams, recall
 *   what the reference days share by all of theirs.
 *
 * N-grams are counted as ROUGE-1.5.5 counts them with stemming and stop words removed (`-m -s`, as the
 * tilse toolkit runs it): lower case, words of letters, digits and hyphens, common English words left out
 * (the `stopword` package's list, which the drafter uses too, rather than ROUGE-1.5.5's own), words longer
 * than three letters Porter-stemmed, bigrams over what is left of a day's sentences run together.
 */
import { eng } from 'stopword';
import { stemmer } from 'stemmer';

export type Timeline = readonly (readonly [day: string, sentences: readonly string[]])[];

const STOP_WORDS: ReadonlySet<string> = new Set(eng);

/** The words ROUGE-1.5.5 counts in a text, with stemming and without stop words. */
export function rougeWords(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9-]/g, ' ')
		.split(/\s+/)
		.filter((w) => w !== '' && !STOP_WORDS.has(w) && /^[a-z0-9]/.test(w))
		.map((w) => (w.length > 3 ? stemmer(w) : w));
}

function ngramCounts(words: readonly string[], n: number): Map<string, number> {
	const counts = new Map<string, number>();
	for (let i = 0; i + n <= words.length; i++) {
		const gram = words.slice(i, i + n).join(' ');
		counts.set(gram, (counts.get(gram) ?? 0) + 1);
	}
	return counts;
}

const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The n-grams two texts share (each counted as often as it is in both), and how many each has. */
export function ngramOverlap(predicted: string, reference: string, n: number): { shared: number; predicted: number; reference: number } {
	const p = ngramCounts(rougeWords(predicted), n);
	const r = ngramCounts(rougeWords(reference), n);
	let shared = 0;
	for (const [gram, count] of p) shared += Math.min(count, r.get(gram) ?? 0);
	return { shared, predicted: total(p), reference: total(r) };
}

export interface Prf {
	precision: number;
	recall: number;
	f: number;
}

export function f1(precision: number, recall: number): number {
	return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const prf = (precision: number, recall: number): Prf => ({ precision, recall, f: f1(precision, recall) });

/** Date selection: the predicted days against the reference's, exact matches. */
export function dateScores(predicted: Timeline, reference: Timeline): Prf {
	const ref = new Set(reference.map(([day]) => day));
	const shared = new Set(predicted.map(([day]) => day).filter((day) => ref.has(day))).size;
	return prf(predicted.length ? shared / predicted.length : 0, ref.size ? shared / ref.size : 0);
}

const MS_PER_DAY = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00Z`) - Date.parse(`${b}T00:00Z`)) / MS_PER_DAY;

/**
 * The quick ROUGE-1 F that the alignment's content cost uses (as the toolkit computes it): words split at
 * white space, as written, leaving out those made only of punctuation; no stemming, no stop list.
 */
export function quickRouge1(predicted: readonly string[], reference: readonly string[]): number {
	const words = (sentences: readonly string[]) => sentences.flatMap((s) => s.split(/\s+/)).filter((w) => w !== '' && !/^[\p{P}\p{S}]+$/u.test(w));
	const p = ngramCounts(words(predicted), 1);
	const r = ngramCounts(words(reference), 1);
	let shared = 0;
	for (const [word, count] of p) shared += Math.min(count, r.get(word) ?? 0);
	const [tp, tr] = [total(p), total(r)];
	return f1(tp ? shared / tp : 0, tr ? shared / tr : 0);
}

/** What one day costs to align with another: date distance times content distance. */
function alignmentCost(predicted: Timeline[number], reference: Timeline[number]): number {
	const date = 1 - 1 / (daysApart(predicted[0], reference[0]) + 1);
	return date * (1 - quickRouge1(predicted[1], reference[1]));
}

/** For each day of `from`, the index of the day of `to` it costs least to align with (the first on a tie). */
function cheapest(from: Timeline, to: Timeline, cost: (a: Timeline[number], b: Timeline[number]) => number): number[] {
	return from.map((a) => {
		let best = -1;
		let bestCost = Infinity;
		to.forEach((b, i) => {
			const c = cost(a, b);
			if (c < bestCost) [best, bestCost] = [i, c];
		});
		return best;
	});
}

/** Alignment ROUGE-n F, many-to-one, with date and content costs ("align+ m:1"). */
export function alignmentRouge(predicted: Timeline, reference: Timeline, n: number): Prf {
	const text = (day: Timeline[number]) => day[1].join(' ');
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	const weighted = (p: Timeline[number], r: Timeline[number]) => ngramOverlap(text(p), text(r), n).shared / (daysApart(p[0], r[0]) + 1);
	const toReference = cheapest(predicted, reference, alignmentCost);
	const toPredicted = cheapest(reference, predicted, (r, p) => alignmentCost(p, r));
	const precisionHits = sum(predicted.map((p, i) => (toReference[i]! < 0 ? 0 : weighted(p, reference[toReference[i]!]!))));
	const recallHits = sum(reference.map((r, i) => (toPredicted[i]! < 0 ? 0 : weighted(predicted[toPredicted[i]!]!, r))));
	const predictedGrams = sum(predicted.map((p) => ngramOverlap(text(p), '', n).predicted));
	const referenceGrams = sum(reference.map((r) => ngramOverlap('', text(r), n).reference));
	return prf(predictedGrams ? precisionHits / predictedGrams : 0, referenceGrams ? recallHits / referenceGrams : 0);
}

/** The mean of each story's precision and recall, and the F of those means, as news-tls averages. */
export function meanPrf(scores: readonly Prf[]): Prf {
	if (scores.length === 0) return prf(0, 0);
	const mean = (key: 'precision' | 'recall') => scores.reduce((a, s) => a + s[key], 0) / scores.length;
	return prf(mean('precision'), mean('recall'));
}
