import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readArticles, type HistoryArticle } from '../../../src/lib/model/history/articles';

const line = (value: unknown) => JSON.stringify(value);
const good = { id: 'a', published: '2020-03-06', title: 'Warren ends campaign', url: 'https://en.wikinews.org/wiki/X', text: 'On Thursday, Warren ended her campaign.' };

describe('reading articles, one JSON object a line', () => {
	it('reads every line in order, skipping blank ones and keeping only the fields it knows', () => {
		const text = `${line(good)}\r\n\n   \n${line({ id: 'b', published: '2020-03-07', text: 'More.', extra: 1 })}\n`;
		expect(readArticles(text)).toEqual({ articles: [good, { id: 'b', published: '2020-03-07', text: 'More.' }] });
	});

	it('names the first faulty line and what is wrong with it', () => {
		const cases: [unknown, string][] = [
			['{"id": "a",', 'is not JSON'],
			['[1, 2]', 'must be a JSON object'],
			['"text"', 'must be a JSON object'],
			[line({ ...good, published: '2020-02-30' }), '"published" must be a day, YYYY-MM-DD'],
			[line({ ...good, published: '6 March 2020' }), '"published" must be a day, YYYY-MM-DD'],
			[line({ ...good, published: 20200306 }), '"published" must be a day, YYYY-MM-DD'],
			[line({ id: 'a', text: 'x' }), '"published" is missing'],
			[line({ ...good, id: 7 }), '"id" must be a string'],
			[line({ ...good, id: ' ' }), '"id" must not be empty'],
			[line({ ...good, text: '  ' }), '"text" must not be empty'],
			[line({ ...good, title: ['x'] }), '"title" must be a string'],
			[line({ ...good, url: 'javascript:alert(1)' }), '"url" must be an http(s) URL']
		];
		for (const [bad, message] of cases) {
			const read = readArticles(`${line(good)}\n\n${bad as string}\n${line({ ...good, id: 'c' })}`);
			expect(read, String(bad)).toEqual({ fault: { line: 3, message: expect.stringContaining(message) } });
		}
	});

	it('refuses an id given twice, naming both lines', () => {
		expect(readArticles(`${line(good)}\n${line(good)}`)).toEqual({ fault: { line: 2, message: '"id" "a" is already the id of line 1' } });
	});

	it('reads back whatever articles were written, whatever their text', () => {
		const article: fc.Arbitrary<HistoryArticle> = fc.record(
			{
				id: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
				published: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
				title: fc.string(),
				text: fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '')
			},
			{ requiredKeys: ['id', 'published', 'text'] }
		);
		fc.assert(
			fc.property(fc.uniqueArray(article, { selector: (a) => a.id, maxLength: 8 }), (articles) => {
				expect(readArticles(articles.map(line).join('\n'))).toEqual({ articles });
			})
		);
	});
});
