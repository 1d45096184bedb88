import { describe, expect, it } from 'vitest';
import { checkLicence, chooseLicence, COMMON_LICENCES, licenceChoiceOf, withChanges } from '../../../src/lib/model/editor/licence';
import { articleSchema } from '../../../src/lib/model/document/schema';
import { readFileSync } from 'node:fs';

const WIKINEWS = { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' };
const ARTICLE = 'https://en.wikinews.org/wiki/Cosmonaut_Alexei_Leonov_dies_at_age_85';

describe("the licence field's choices", () => {
	it('offer the licence the bundled Wikinews timelines are credited under, named and linked as they are', () => {
		const bundled = (JSON.parse(readFileSync('data/alexei-leonov-obituary/timeline.json', 'utf8')) as { article: { licence: unknown } }).article.licence;
		expect(chooseLicence('cc-by-2.5', undefined)).toEqual(bundled);
		expect(licenceChoiceOf(WIKINEWS)).toBe('cc-by-2.5');
	});

	it('are each a licence the document schema takes', () => {
		for (const { licence } of COMMON_LICENCES) expect(articleSchema.shape.licence.safeParse(licence).success, licence.name).toBe(true);
	});

	it('read no licence as none, and one not in the list as another, whatever it was changed by', () => {
		expect(licenceChoiceOf(undefined)).toBe('none');
		expect(licenceChoiceOf({ name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' })).toBe('other');
		expect(licenceChoiceOf({ ...WIKINEWS, url: 'https://creativecommons.org/licenses/by/4.0/' })).toBe('other');
		expect(licenceChoiceOf({ ...WIKINEWS, changes: 'captions left out' })).toBe('cc-by-2.5');
	});

	it('keep what was changed across a new choice; "other" starts empty for the editor to type, and "none" is no licence', () => {
		const changed = { ...WIKINEWS, changes: 'captions left out' };
		expect(chooseLicence('cc-by-4.0', changed)).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', changes: 'captions left out' });
		expect(chooseLicence('other', changed)).toEqual({ name: '', url: '', changes: 'captions left out' });
		expect(chooseLicence('other', undefined)).toEqual({ name: '', url: '' });
		expect(chooseLicence('none', changed)).toBeUndefined();
	});

	it('say no changes when the field is blank', () => {
		expect(withChanges(WIKINEWS, 'photo captions left out')).toEqual({ ...WIKINEWS, changes: 'photo captions left out' });
		expect(withChanges({ ...WIKINEWS, changes: 'x' }, '  ')).toEqual(WIKINEWS);
	});
});

describe('a licence checked', () => {
	it('has no faults when it is none, or named and linked on a linked article', () => {
		expect(checkLicence(undefined, '')).toEqual({});
		expect(checkLicence(WIKINEWS, ARTICLE)).toEqual({});
	});

	it("needs the article's address, which its credit links to", () => {
		expect(checkLicence(WIKINEWS, ' ')).toEqual({ url: "A licence's credit links to the original: give the article's address, or choose no licence." });
	});

	it('of another kind needs a name and an http(s) address, each said at its field', () => {
		expect(checkLicence({ name: ' ', url: 'ftp://example.org/licence' }, ARTICLE)).toEqual({
			licenceName: "Give the licence's name as its licensor writes it, such as CC BY-NC 4.0.",
			licenceUrl: "Give the address of the licence's own page, starting with https:// or http://."
		});
		expect(checkLicence({ name: 'Own licence', url: 'example.org/licence' }, ARTICLE)).toEqual({ licenceUrl: expect.stringContaining('https://') });
		expect(checkLicence({ ...WIKINEWS, changes: ' ' }, ARTICLE)).toEqual({ licenceChanges: 'Say what was changed, or leave it empty.' });
	});
});
