/**
 * The editor's opener on TimelineJS3 documents and on TimelineJS3 sheets exported as CSV, the fixtures
 * and generated ones, as made and mutated (a sheet's cells, columns, rows and CSV text): a document with
 * an event for every slide, or one message naming the file.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sheetFixture, sheetRows, sheetText, timelineJsFixture, validTimelineJs } from './documents';
import { applySteps, mutateSheet, nodeOf, sheetMutation, steps, textOf } from './mutate';
import { check } from './open-check';
import { FUZZ_TIMEOUT, fuzzOptions } from './properties';

describe('openFiles on TimelineJS3 documents and sheets under fuzzing', () => {
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
		'opens generated TimelineJS3 sheets as made, with no fault',
		() => {
			fc.assert(
				fc.property(validTimelineJs, (json) => {
					const result = check('sheet', [{ name: 'sheet.csv', text: sheetText(sheetRows(json)) }]);
					expect(result.kind === 'document' && result.faults).toEqual([]);
				}),
				fuzzOptions(0.25)
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'opens TimelineJS3 sheets, the fixture and generated ones, mutated',
		() => {
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
