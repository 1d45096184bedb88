/**
 * Sentences as TF-IDF vectors over their content words (words.ts), the way the field's centroid
 * summarisers weigh them: a word counts for more the fewer of the collection's sentences hold it. The IDF
 * is smoothed as scikit-learn's (ln((1 + n) / (1 + df)) + 1), so that a word in every sentence still
 * counts a little, and every vector is scaled to unit length, so that a dot product is a cosine.
 */

/** Term ids in increasing order, with their weights. */
export interface SparseVector {
	terms: Int32Array;
	weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };

export class TermSpace {
	private readonly ids = new Map<string, number>();
	private documentFrequency: number[] = [];
	private documents = 0;

	/** Counts one document's words towards the IDF; returns them as term ids with their counts. */
	add(words: readonly string[]): Map<number, number> {
		const counts = new Map<number, number>();
		for (const word of words) {
			let id = this.ids.get(word);
			if (id === undefined) {
				id = this.ids.size;
				this.ids.set(word, id);
				this.documentFrequency.push(0);
			}
			counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		for (const id of counts.keys()) this.documentFrequency[id]!++;
		this.documents++;
		return counts;
	}

	/** The id of a word the space has seen, if it has. */
	idOf(word: string): number | undefined {
		return this.ids.get(word);
	}

	/** How many documents hold a word, and how many there are. */
	frequency(word: string): { documents: number; of: number } {
		const id = this.ids.get(word);
		return { documents: id === undefined ? 0 : this.documentFrequency[id]!, of: this.documents };
	}

	idf(term: number): number {
		return Math.log((1 + this.documents) / (1 + (this.documentFrequency[term] ?? 0))) + 1;
	}

	/** A document's counts (from `add`) as a unit TF-IDF vector. */
	vector(counts: ReadonlyMap<number, number>): SparseVector {
		const terms = Int32Array.from(counts.keys()).sort();
		const weights = Float64Array.from(terms, (term) => counts.get(term)! * this.idf(term));
		return normalised({ terms, weights });
	}
}

/** The vector scaled to unit length (the empty vector stays empty). */
export function normalised(vector: SparseVector): SparseVector {
	let sum = 0;
	for (const w of vector.weights) sum += w * w;
	if (sum === 0) return vector;
	const norm = Math.sqrt(sum);
	return { terms: vector.terms, weights: vector.weights.map((w) => w / norm) };
}

/** The dot product of two vectors: their cosine when both are unit vectors. */
export function dot(a: SparseVector, b: SparseVector): number {
	let sum = 0;
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
		const ta = a.terms[i]!;
		const tb = b.terms[j]!;
		if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
		else if (ta < tb) i++;
		else j++;
	}
	return sum;
}

/** The sum of vectors, each weighted, as one vector (not normalised). */
export function sum(vectors: readonly SparseVector[], weightOf: (index: number) => number = () => 1): SparseVector {
	const total = new Map<number, number>();
	vectors.forEach((v, index) => {
		const weight = weightOf(index);
		v.terms.forEach((term, i) => total.set(term, (total.get(term) ?? 0) + weight * v.weights[i]!));
	});
	const terms = Int32Array.from(total.keys()).sort();
	return { terms, weights: Float64Array.from(terms, (term) => total.get(term)!) };
}
