import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorExcerpt, normaliseForMatching } from '../../../src/lib/model/document/anchor';
import { uniqueSelector } from '../../../src/lib/model/draft/selectors';
import { seedText } from '../helpers';

describe('uniqueSelector', () => {
	const text = 'In 2021 the Taliban took Kabul. In 2021 the US left. In 2021 the Taliban took Kabul again.';
	const normalised = normaliseForMatching(text);

	it('gives the words alone where they are unique', () => {
		expect(uniqueSelector(text, normalised, { start: 44, end: 51 })).toEqual({ type: 'TextQuoteSelector', exact: 'US left' });
	});

	it('adds words before, then after, until the selector matches one place', () => {
		const second = text.indexOf('In 2021', 10);
		expect(uniqueSelector(text, normalised, { start: second, end: second + 7 })).toMatchObject({ exact: 'In 2021', prefix: 'Kabul. ' });
		const first = uniqueSelector(text, normalised, { start: 0, end: 7 });
		expect(first).toMatchObject({ exact: 'In 2021', suffix: ' the Taliban took Kabul.' });
	});

	it('anchors back to the range it was made for, for any range of words of the seed article', () => {
		const seed = seedText();
		const seedNormalised = normaliseForMatching(seed);
		const starts = [...seed.matchAll(/(?<=^|\s)\S/g)].map((m) => m.index);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: starts.length - 2 }), fc.integer({ min: 1, max: 12 }), (i, words) => {
				const start = starts[i]!;
				const endWord = starts[Math.min(starts.length - 1, i + words)]!;
				const end = seed.slice(start, endWord).trimEnd().length + start;
				const selector = uniqueSelector(seed, seedNormalised, { start, end });
				const result = anchorExcerpt(seed, selector);
				expect(result).toEqual({ status: 'unique', range: { start, end } });
			})
		);
	});
});
