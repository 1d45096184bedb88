/**
 * readDocumentText, the loader of documents given as text (?src=, files): arbitrary text, arbitrary
 * JSON, and valid Chronoscope documents with random mutations. Each ends in a timeline holding every
 * event of the input, or in faults that each name a JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundled, histories, validChronoscope } from './documents';
import { applySteps, hostileString, nodeOf, steps, textOf } from './mutate';
import { check, load } from './parse-check';
import { FUZZ_TIMEOUT, fuzzOptions } from './properties';

/** The bundled timelines as trees, made once: a mutation replaces nodes and never changes one. */
const bundledNodes = [...bundled, ...histories].map((sample) => ({ ...sample, node: nodeOf(sample.json) }));

describe('readDocumentText under fuzzing', () => {
	it(
		'reads arbitrary text',
		() => {
			const text = fc.oneof(
				fc.string({ unit: 'binary' }),
				hostileString,
				fc.json(),
				fc.jsonValue().map((value) => JSON.stringify(value, null, 1).slice(0, 200))
			);
			fc.assert(
				fc.property(text, (body) => check('text', body)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads arbitrary JSON, with and without a version or TimelineJS3 events',
		() => {
			const shaped = fc.oneof(
				fc.jsonValue(),
				fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })).map((value) => ({ version: 1, ...value })),
				fc.array(fc.jsonValue({ maxDepth: 2 })).map((events) => ({ events: [{ start_date: { year: 2000 } }, ...events] }))
			);
			fc.assert(
				fc.property(shaped, (value) => check('json', JSON.stringify(value))),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads the bundled timelines, mutated',
		() => {
			fc.assert(
				fc.property(fc.constantFrom(...bundledNodes), steps(), (sample, all) => check('bundled', textOf(applySteps(sample.node, all)), sample.text)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads generated Chronoscope documents as made, with no fault',
		() => {
			fc.assert(
				fc.property(validChronoscope, (sample) => {
					const result = load(JSON.stringify(sample.json), sample.text);
					expect(result.faults).toEqual([]);
					expect(result.timeline?.events).toHaveLength((sample.json.events as unknown[]).length);
				}),
				fuzzOptions(0.25)
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads generated Chronoscope documents, mutated',
		() => {
			fc.assert(
				fc.property(validChronoscope, steps(), (sample, all) => check('generated', textOf(applySteps(nodeOf(sample.json), all)), sample.text)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
