import { describe, expect, it } from 'vitest';
import { alignmentRouge, dateScores, meanPrf, ngramOverlap, quickRouge1, rougeWords, type Timeline } from '../../../bench/history/metrics';

describe('ROUGE as ROUGE-1.5.5 counts with -m -s', () => {
	it('drops stop words and punctuation, stems words longer than three letters', () => {
		expect(rougeWords('The attacks were reported in Kabul on Monday.')).toEqual(['attack', 'report', 'kabul', 'mondai']);
		expect(rougeWords('Two new flood-hit towns, said AP')).toEqual(['two', 'new', 'flood-hit', 'town', 'ap']);
	});

	it('counts shared n-grams clipped to the rarer side', () => {
		expect(ngramOverlap('flood flood kabul', 'flood kabul kabul', 1)).toEqual({ shared: 2, predicted: 3, reference: 3 });
		expect(ngramOverlap('flood hits kabul', 'flood hits kabul today', 2)).toEqual({ shared: 2, predicted: 2, reference: 3 });
	});
});

describe('date selection', () => {
	it('scores exact days', () => {
		const predicted: Timeline = [
			['2020-01-01', ['a']],
			['2020-01-02', ['b']],
			['2020-01-03', ['c']]
		];
		const reference: Timeline = [
			['2020-01-01', ['a']],
			['2020-01-04', ['d']]
		];
		const s = dateScores(predicted, reference);
		expect(s.precision).toBeCloseTo(1 / 3);
		expect(s.recall).toBeCloseTo(1 / 2);
		expect(s.f).toBeCloseTo(0.4);
	});
});

describe('alignment ROUGE, many-to-one with date and content costs', () => {
	it('is 1 for the reference itself', () => {
		const tl: Timeline = [
			['2020-01-01', ['Floods hit Kabul.']],
			['2020-01-05', ['An earthquake shakes Tokyo.', 'Trains stop.']]
		];
		for (const n of [1, 2]) expect(alignmentRouge(tl, tl, n)).toEqual({ precision: 1, recall: 1, f: 1 });
	});

	it('weighs what a day shares by 1 / (days apart + 1)', () => {
		const s = alignmentRouge([['2020-01-02', ['flood kabul']]], [['2020-01-01', ['flood kabul']]], 1);
		expect(s.precision).toBeCloseTo(0.5);
		expect(s.recall).toBeCloseTo(0.5);
	});

	it('aligns many predicted days to one reference day', () => {
		// Both predicted days align to 1 January: 2 words at weight 1 and 2 at weight 1/2, of 4.
		const s = alignmentRouge(
			[
				['2020-01-01', ['flood kabul']],
				['2020-01-02', ['flood kabul']]
			],
			[['2020-01-01', ['flood kabul']]],
			1
		);
		expect(s.precision).toBeCloseTo(0.75);
		expect(s.recall).toBeCloseTo(1);
		expect(s.f).toBeCloseTo(6 / 7);
	});

	it('lets content outweigh a nearer date', () => {
		// 2 January to 1 January costs (1 − 1/2)·(1 − 0) = 0.5; to 4 January, (1 − 1/3)·(1 − 1) = 0.
		const predicted: Timeline = [['2020-01-02', ['flood kabul']]];
		const reference: Timeline = [
			['2020-01-01', ['earthquake tokyo']],
			['2020-01-04', ['flood kabul']]
		];
		const s = alignmentRouge(predicted, reference, 1);
		expect(s.precision).toBeCloseTo(1 / 3); // 2 words at weight 1/3, of 2
		expect(s.recall).toBeCloseTo(1 / 6); // 1 January shares nothing; 4 January 2 words at 1/3; of 4
	});

	it('scores nothing predicted as zero', () => {
		expect(alignmentRouge([], [['2020-01-01', ['flood kabul']]], 1)).toEqual({ precision: 0, recall: 0, f: 0 });
	});

	it('computes the content cost from words as written', () => {
		expect(quickRouge1(['Floods hit Kabul .'], ['floods hit Kabul'])).toBeCloseTo(2 / 3);
	});
});

describe('averages', () => {
	it('take the F of the mean precision and recall, as news-tls does', () => {
		const m = meanPrf([
			{ precision: 1, recall: 0.5, f: 2 / 3 },
			{ precision: 0, recall: 0.5, f: 0 }
		]);
		expect(m.precision).toBe(0.5);
		expect(m.recall).toBe(0.5);
		expect(m.f).toBe(0.5);
	});
});
