import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { licenceLine, sourceLine } from '../../../src/lib/model/document/attribution';
import { timelineJsonSchema } from '../../../src/lib/model/document/schema';
import { formatFault, loadTimeline } from '../../../src/lib/model/document/timeline';

/** A timeline of a licensed article (CC BY 2.5, as Wikinews publishes), its text inline. */
const FILE = 'tests/fixtures/licensed.json';
const licensed = () => JSON.parse(readFileSync(join(import.meta.dirname, '../../../', FILE), 'utf8')) as { article: Record<string, unknown> };

describe('an article with a licence', () => {
	it('loads, its licence kept as the document gives it', () => {
		const { timeline, faults } = loadTimeline(licensed(), { file: FILE });
		expect(faults).toEqual([]);
		expect(timeline!.document.article!.licence).toEqual({ name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/', changes: 'photo captions left out' });
	});

	it('is valid against the published JSON Schema', () => {
		const validate = new Ajv2020({ strict: false }).compile(timelineJsonSchema());
		expect(validate(licensed()), JSON.stringify(validate.errors)).toBe(true);
	});

	it("must give the original's url, which its credit links to", () => {
		const doc = licensed();
		delete doc.article.url;
		expect(loadTimeline(doc, { file: FILE }).faults.map(formatFault)).toEqual([
			`${FILE}: at $.article.url: is required when the article has a licence: its credit links to the original`
		]);
	});

	it('names the licence and links it, with nothing else in it', () => {
		const doc = licensed();
		doc.article.licence = { name: 'CC BY 2.5', url: 'creativecommons.org/licenses/by/2.5/', note: 'x' };
		const reasons = loadTimeline(doc, { file: FILE }).faults.map(formatFault);
		expect(reasons).toContainEqual(`${FILE}: at $.article.licence.url: must be an http(s) URL`);
		expect(reasons).toContainEqual(`${FILE}: at $.article.licence: has unknown field "note"`);
		doc.article.licence = { url: 'https://creativecommons.org/licenses/by/2.5/' };
		expect(loadTimeline(doc, { file: FILE }).faults.map(formatFault)).toEqual([`${FILE}: at $.article.licence.name: is required (string)`]);
	});
});

describe('the credit in exports', () => {
	const article = { title: 'Harbour bridge reopens', publisher: 'Wikinews', url: 'https://en.wikinews.org/wiki/X' };
	const licence = { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' };

	it('names the publisher, the title and, where known, the address of the original', () => {
		expect(sourceLine(article)).toBe('Source: Wikinews, “Harbour bridge reopens”, https://en.wikinews.org/wiki/X. Timeline by Chronoscope.');
		expect(sourceLine({ title: 'T', publisher: 'P' })).toBe('Source: P, “T”. Timeline by Chronoscope.');
	});

	it('names the licence with its address, and says what was changed', () => {
		expect(licenceLine(article)).toBeUndefined();
		expect(licenceLine({ ...article, licence })).toBe('The article is licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/).');
		expect(licenceLine({ ...article, licence: { ...licence, changes: 'captions left out.' } })).toBe(
			'The article is licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). Changes: captions left out.'
		);
	});
});
