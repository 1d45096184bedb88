import { describe, expect, it } from 'vitest';
import { checkNewArticle, draftNewArticle, type NewArticleFields } from '../../../src/lib/model/editor/new-article';

const good: NewArticleFields = { text: 'On Tuesday, the court ruled.', title: 'T', publisher: 'P', language: 'en-GB', published: '2024-07-05', url: '' };

describe('a new article', () => {
	it('has no faults when every field is given', () => expect(checkNewArticle(good)).toEqual({}));

	it.each([
		[{ text: ' \n' }, 'text', "Paste the article's text here, or open a .txt file."],
		[{ text: 'x'.repeat(200_001) }, 'text', 'This text is 200,001 characters long; the editor drafts articles of up to 200,000 characters'],
		[{ title: '  ' }, 'title', "Give the article's title."],
		[{ publisher: '' }, 'publisher', 'Give who published it.'],
		[{ published: '5 July 2024' }, 'published', 'Give the day it was published'],
		[{ language: 'English' }, 'language', 'Give a language tag such as en or en-GB.'],
		[{ url: 'javascript:alert(1)' }, 'url', 'Give the address as it starts, with https:// or http://']
	] as const)('%j is at fault in %s', (change, field, message) => {
		const faults = checkNewArticle({ ...good, ...change });
		expect(Object.keys(faults)).toEqual([field]);
		expect(faults[field]).toContain(message);
	});

	it('drafts from the fields, trimmed, with the as-of the drafter gives', () => {
		const state = draftNewArticle({ ...good, title: ' T ', url: ' https://example.org/a ' });
		expect(state.article).toEqual({
			title: 'T',
			publisher: 'P',
			language: 'en-GB',
			url: 'https://example.org/a',
			asOf: expect.objectContaining({ date: '2024-07-05', method: 'external' })
		});
		expect(state.events.map((e) => e.event.stated?.text)).toEqual(['On Tuesday']);
	});

	it('is at fault, field by field, for a licence without the address its credit links to, or with no name or no http(s) page', () => {
		const wikinews = { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' };
		expect(checkNewArticle({ ...good, licence: wikinews })).toEqual({ url: expect.stringContaining("give the article's address") });
		expect(checkNewArticle({ ...good, url: 'https://example.org/a', licence: wikinews })).toEqual({});
		expect(Object.keys(checkNewArticle({ ...good, url: 'https://example.org/a', licence: { name: '', url: 'creativecommons.org' } }))).toEqual(['licenceName', 'licenceUrl']);
	});

	it("drafts with the licence chosen, and the title the field holds, never the text's first paragraph", () => {
		const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', changes: 'captions left out' };
		const state = draftNewArticle({ ...good, text: 'Court rules on the ban\n\nOn Tuesday, the court ruled.', title: 'The ban is upheld', url: 'https://example.org/a', licence });
		expect(state.article.title).toBe('The ban is upheld');
		expect(state.article.licence).toEqual(licence);
		expect(draftNewArticle(good).article).not.toHaveProperty('licence');
	});
});
