import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dot, sum, TermSpace, normalised } from '../../../src/lib/model/history/vectors';
import { contentWords } from '../../../src/lib/model/history/words';

describe('the words sentences are compared by', () => {
	it('are stemmed content words, without stop words, numbers or the words that say when', () => {
		expect(contentWords("The attacks on Monday, 2019, were reported by Reuters' staff in Kabul's 3rd district yesterday.")).toEqual([
			'attack',
			'report',
			'reuter',
			'staff',
			'kabul',
			'district'
		]);
	});
});

describe('TF-IDF vectors', () => {
	const space = new TermSpace();
	const texts = ['flood kabul', 'flood tokyo', 'flood kabul rescue', 'election tokyo'];
	const counts = texts.map((t) => space.add(t.split(' ')));
	const vectors = counts.map((c) => space.vector(c));

	it('weigh a rarer word more', () => {
		expect(space.idf(space.idOf('rescue')!)).toBeGreaterThan(space.idf(space.idOf('flood')!));
	});

	it('are unit vectors, so that a dot product is a cosine', () => {
		for (const v of vectors) expect(dot(v, v)).toBeCloseTo(1);
		expect(dot(vectors[0]!, vectors[3]!)).toBe(0);
		expect(dot(vectors[0]!, vectors[2]!)).toBeGreaterThan(dot(vectors[0]!, vectors[1]!));
	});

	it('give cosines between 0 and 1, the same either way round, whatever the words', () => {
		const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 });
		fc.assert(
			fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), (documents) => {
				const s = new TermSpace();
				const vs = documents.map((d) => s.add(d)).map((c) => s.vector(c));
				for (const a of vs)
					for (const b of vs) {
						expect(dot(a, b)).toBeGreaterThanOrEqual(0);
						expect(dot(a, b)).toBeLessThanOrEqual(1 + 1e-9);
						expect(dot(a, b)).toBeCloseTo(dot(b, a), 12);
					}
				const centroid = normalised(sum(vs));
				if (centroid.terms.length > 0) expect(dot(centroid, centroid)).toBeCloseTo(1);
			})
		);
	});
});
