import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryArticle } from '../../../src/lib/model/history/articles';
import { draftHistory } from '../../../src/lib/model/history/history';
import { timelineSummary } from '../../../src/lib/model/history/summary';

/** The draft benchmark's twenty Wikinews articles, 2019–2020: many stories, a few hundred dated sentences. */
function wikinews(): HistoryArticle[] {
	return ['devset', 'heldout'].flatMap((set) => {
		const dir = join(import.meta.dirname, '../../../bench/draft', set);
		return readdirSync(dir)
			.filter((n) => n.endsWith('.gold.json'))
			.map((n) => {
				const gold = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { id: string; published: string };
				return { id: gold.id, published: gold.published, text: readFileSync(join(dir, n.replace('.gold.json', '.txt')), 'utf8') };
			});
	});
}

const articles = wikinews();
const history = draftHistory(articles);
const day = fc.date({ min: new Date(Date.UTC(2018, 0, 1)), max: new Date(Date.UTC(2021, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('a timeline summary', () => {
	it('keeps to L days in time order, K sentences a day taken verbatim from the articles, and the span asked for', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 4 }), fc.option(day), fc.option(day), (dates, sentences, from, to) => {
				const timeline = timelineSummary(history, { dates, sentences, ...(from ? { from } : {}), ...(to ? { to } : {}) });
				expect(timeline.length).toBeLessThanOrEqual(dates);
				const days = timeline.map(([d]) => d);
				expect(days).toEqual([...new Set(days)].sort());
				for (const [d, said] of timeline) {
					if (from) expect(d >= from).toBe(true);
					if (to) expect(d <= to).toBe(true);
					expect(said.length).toBeGreaterThan(0);
					expect(said.length).toBeLessThanOrEqual(sentences);
					expect(new Set(said).size).toBe(said.length);
					for (const s of said) expect(articles.some((a) => a.text.includes(s))).toBe(true);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('takes the days in the order of their scores: a shorter summary is part of a longer one', () => {
		const few = timelineSummary(history, { dates: 5, sentences: 1 }).map(([d]) => d);
		const many = timelineSummary(history, { dates: 15, sentences: 1 }).map(([d]) => d);
		expect(few).toHaveLength(5);
		expect(few.every((d) => many.includes(d))).toBe(true);
	});

	it('keeps only sentences that hold a keyword when given keywords', () => {
		const timeline = timelineSummary(history, { dates: 10, sentences: 2, keywords: ['Measles', 'warren'] });
		expect(timeline.length).toBeGreaterThan(0);
		for (const [, said] of timeline) for (const s of said) expect(s).toMatch(/measles|warren/i);
	});

	it('is empty for a span no article speaks of', () => {
		expect(timelineSummary(history, { dates: 10, sentences: 2, from: '1850-01-01', to: '1850-12-31' })).toEqual([]);
		expect(timelineSummary(draftHistory([]), { dates: 10, sentences: 2 })).toEqual([]);
	});
});
