import { describe, expect, it } from 'vitest';
import { articleMentions, publisherOf } from '../../../src/lib/model/history/mentions';

const TEXT =
	'Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk, a city in Russia. Rescue work resumed on Wednesday, and on Wednesday night more people were found. Officials said the search ended yesterday. Every Monday the city grieves.';

describe('the days an article refers to', () => {
	const { sentences, mentions } = articleMentions({ id: 'm', published: '2019-01-04', url: 'https://www.example.org/wiki/M', text: TEXT });

	it('resolves each against the publication day, once a sentence, in text order', () => {
		expect(mentions.map((m) => [m.day, TEXT.slice(m.expression.start, m.expression.end)])).toEqual([
			['2018-12-31', 'Monday'],
			['2019-01-02', 'Wednesday'],
			['2019-01-03', 'yesterday']
		]);
	});

	it('dates no sentence by a line that is only a date, nor by a set of days ("every Monday")', () => {
		expect(sentences[0]).toEqual({ start: 0, end: 23 });
		expect(mentions.some((m) => m.sentence.start === 0)).toBe(false);
		expect(mentions.some((m) => m.text.startsWith('Every'))).toBe(false);
	});

	it('keeps each sentence verbatim with its offsets, the article, its publisher and which mention leads', () => {
		for (const m of mentions) {
			expect(TEXT.slice(m.sentence.start, m.sentence.end)).toBe(m.text);
			expect(m.expression.start >= m.sentence.start && m.expression.end <= m.sentence.end).toBe(true);
			expect(m.article).toBe('m');
			expect(m.publisher).toBe('example.org');
		}
		expect(mentions.map((m) => m.lead)).toEqual([true, false, false]);
	});

	it('knows a publisher only from a URL', () => {
		expect(publisherOf({ id: 'a', published: '2020-01-01', text: 'x' })).toBeUndefined();
		expect(publisherOf({ id: 'a', published: '2020-01-01', text: 'x', url: 'https://news.example.com/a' })).toBe('news.example.com');
	});
});
