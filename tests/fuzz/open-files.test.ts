/**
 * The editor's opener, openFiles, on the files a person might open: Chronoscope documents with their
 * article, TimelineJS3 documents, TimelineJS3 sheets as CSV and articles, each valid and mutated, and
 * arbitrary sets of names and types. Each ends in an article, a document holding every event of the
 * input, or one message naming a file; none throws.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openFiles, type OpenedFile, type OpenResult } from '../../src/lib/model/editor';
import { bundled, sheetFixture, sheetRows, sheetText, timelineJsFixture, validTimelineJs } from './documents';
import { applySteps, hostileString, mutateSheet, nodeOf, sheetMutation, steps, textOf } from './mutate';
import { expectNoPollution, expectWellFormedFaults, FUZZ_TIMEOUT, fuzzOptions, mentions, timed } from './properties';

const bundledNodes = bundled.map((sample) => ({ ...sample, node: nodeOf(sample.json) }));

/** The rows of a sheet that hold a slide: not blank, and not the title (Type "title"). */
function slideRows(csv: string): number {
	const rows = Papa.parse<string[]>(csv, { header: false, delimitersToGuess: [',', ';', '\t'] }).data;
	const type = (rows[0] ?? []).findIndex((cell) => cell.trim().toLowerCase() === 'type');
	return rows.slice(1).filter((row) => row.some((cell) => cell.trim() !== '') && (type === -1 || (row[type] ?? '').trim().toLowerCase() !== 'title')).length;
}

/** How many events the files hold, as the format reads them, or undefined when that cannot be told. */
function eventsIn(files: readonly OpenedFile[], format: string): number | undefined {
	const main = files.find((file) => file.name.toLowerCase().endsWith(format === 'csv' ? '.csv' : '.json')) ?? files[0];
	if (!main) return undefined;
	const text = main.text.replace(/^\uFEFF/, '');
	if (format === 'csv') return slideRows(text);
	const json = JSON.parse(text) as { events: unknown[]; eras?: unknown[] };
	return json.events.length + (format === 'timelinejs' ? (json.eras?.length ?? 0) : 0);
}

function check(target: string, files: OpenedFile[]): OpenResult {
	const result = timed(
		target,
		() => files.map((file) => `${file.name}: ${file.text.length} chars`).join(', '),
		() => openFiles(files)
	);
	expectNoPollution();
	expect(openFiles(files)).toEqual(result);
	const input = files.map((file) => [file.name, file.text, file.type ?? '']);
	if (result.kind === 'error') {
		expect(result.message.trim()).not.toBe('');
		if (files.length > 0)
			expect(
				files.some((file) => result.message.includes(file.name)),
				result.message
			).toBe(true);
		for (const word of ['undefined', '[object Object]']) if (!mentions(input, word)) expect(result.message).not.toContain(word);
	} else if (result.kind === 'article') {
		// The article is the file's text as it is (a byte-order mark aside), under its name.
		expect(files).toHaveLength(1);
		expect(result.text).toBe((files[0] as OpenedFile).text.replace(/^\uFEFF/, ''));
	} else {
		const main = files.find((file) => result.faults.every((fault) => fault.file === file.name)) as OpenedFile;
		expect(main, 'the faults name the opened file').toBeDefined();
		expectWellFormedFaults(result.faults, main.name, input);
		expect(result.state.events.length, 'no event is dropped').toBe(eventsIn([main], result.format));
	}
	return result;
}

const name = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom('timeline.json', 'article.txt', 'sheet.csv', 'A.JSON', 'B.TXT', 'noext', 'x.json.txt', 'dir/article.txt', 'C:\\dir\\article.txt', '.json', 'a.', '')
	},
	{ weight: 1, arbitrary: hostileString.filter((text) => text.length < 1_000) }
);
const mediaType = fc.option(fc.constantFrom('text/plain', 'application/json', 'text/csv', 'text/csv; charset=utf-8', '', 'image/png', 'TEXT/PLAIN'), { nil: undefined });
const fileText = fc.oneof(hostileString, fc.json(), fc.constant(sheetFixture), fc.constant(JSON.stringify(timelineJsFixture)));

describe('openFiles under fuzzing', () => {
	it(
		'opens arbitrary sets of files, names and types',
		() => {
			const file = fc.record({ name, text: fileText, type: mediaType }).map(({ type, ...rest }) => (type === undefined ? rest : { ...rest, type }));
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

	it(
		'opens TimelineJS3 documents, the fixture and generated ones, mutated',
		() => {
			const start = fc.oneof(fc.constant(nodeOf(timelineJsFixture)), validTimelineJs.map(nodeOf));
			fc.assert(
				fc.property(start, steps(), (node, all) => void check('timelinejs', [{ name: 'moon.json', text: textOf(applySteps(node, all)) }])),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'opens TimelineJS3 sheets, the fixture and generated ones, as made and mutated',
		() => {
			fc.assert(
				fc.property(validTimelineJs, (json) => {
					const result = check('sheet', [{ name: 'sheet.csv', text: sheetText(sheetRows(json)) }]);
					expect(result.kind === 'document' && result.faults).toEqual([]);
				}),
				fuzzOptions(0.25)
			);
			const fixtureRows = Papa.parse<string[]>(sheetFixture, { header: false }).data;
			const rows = fc.oneof(fc.constant(fixtureRows), validTimelineJs.map(sheetRows));
			const write = fc.constantFrom(
				(sheet: string[][]) => sheetText(sheet),
				(sheet: string[][]) => Papa.unparse(sheet, { delimiter: ';', newline: '\r\n' }),
				(sheet: string[][]) => Papa.unparse(sheet, { delimiter: '\t', quotes: true })
			);
			fc.assert(
				fc.property(
					rows,
					fc.array(sheetMutation, { minLength: 1, maxLength: 4 }),
					write,
					(sheet, mutations, writer) => void check('sheet', [{ name: 'sheet.csv', text: mutateSheet(sheet, mutations, writer) }])
				),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
