/**
 * The editor's opener, openFiles, on the files a person might open: Chronoscope documents with their
 * article and articles, valid and mutated, and arbitrary sets of names and types (TimelineJS3 documents
 * and sheets are open-timelinejs.test.ts's). Each ends in an article, a document holding every event of the
 * input, or one message naming a file; none throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../src/lib/model/read/open-files';
import { bundled, sheetFixture, timelineJsFixture } from './documents';
import { applySteps, hostileString, nodeOf, steps, textOf } from './mutate';
import { check } from './open-check';
import { FUZZ_TIMEOUT, fuzzOptions } from './properties';

const bundledNodes = bundled.map((sample) => ({ ...sample, node: nodeOf(sample.json) }));

const name = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom('timeline.json', 'article.txt', 'sheet.csv', 'A.JSON', 'B.TXT', 'noext', 'x.json.txt', 'dir/article.txt', 'C:\\dir\\article.txt', '.json', 'a.', '')
	},
	{ weight: 1, arbitrary: hostileString.filter((text) => text.length < 1_000) }
);
const mediaType = fc.option(fc.constantFrom('text/plain', 'application/json', 'text/csv', 'text/csv; charset=utf-8', '', 'image/png', 'TEXT/PLAIN'), { nil: undefined });
const fileText = fc.oneof(hostileString, fc.json(), fc.constant(sheetFixture), fc.constant(JSON.stringify(timelineJsFixture)));
/** A file's bytes as the browser reads them: UTF-8, sometimes after a byte-order mark, sometimes with bytes replaced by any. */
const fileBytes = fc.tuple(fileText, fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 })).map(([text, bom, changes]) => {
	const bytes = new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
	for (const [at, byte] of changes) if (bytes.length > 0) bytes[at % bytes.length] = byte;
	return bytes;
});

describe('openFiles under fuzzing', () => {
	it(
		'opens arbitrary sets of files, names and types',
		() => {
			const file = fc
				.record({
					name,
					content: fc.oneof(
						fileText.map((text) => ({ text })),
						fileBytes.map((bytes) => ({ bytes }))
					),
					type: mediaType
				})
				.map(({ name, content, type }): OpenedFile => ({ name, ...content, ...(type === undefined ? {} : { type }) }));
			fc.assert(
				fc.property(fc.array(file, { maxLength: 3 }), (files) => void check('files', files)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'opens arbitrary text as an article',
		() => {
			fc.assert(
				fc.property(fc.oneof(hostileString, fc.string({ unit: 'binary' })), fc.constantFrom('article.txt', 'NOTES.TXT'), (text, fileName) => {
					const result = check('article', [{ name: fileName, text }]);
					expect(result.kind).toBe(text.replace(/^\uFEFF/, '').trim() === '' ? 'error' : 'article');
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'opens the bundled timelines with their article, mutated, and the article mutated',
		() => {
			const article = fc.option(hostileString, { nil: undefined, freq: 4 });
			fc.assert(
				fc.property(fc.constantFrom(...bundledNodes), steps(), article, (sample, all, text) => {
					const files: OpenedFile[] = [{ name: 'timeline.json', text: textOf(applySteps(sample.node, all)) }];
					if (sample.text !== undefined) files.push({ name: 'article.txt', text: text ?? sample.text });
					check('chronoscope', files);
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
