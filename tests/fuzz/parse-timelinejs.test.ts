/**
 * readDocumentText on TimelineJS3 documents, the fixture and generated ones, as made and with random
 * mutations: a timeline with an event for every slide, or faults that each name a JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineJsFixture, validTimelineJs } from './documents';
import { applySteps, nodeOf, steps, textOf } from './mutate';
import { check, load } from './parse-check';
import { FUZZ_TIMEOUT, fuzzOptions } from './properties';

describe('readDocumentText on TimelineJS3 documents under fuzzing', () => {
	it(
		'reads generated TimelineJS3 documents as made, with no fault',
		() => {
			fc.assert(
				fc.property(validTimelineJs, (json) => {
					const result = load(JSON.stringify(json), undefined);
					expect(result.faults).toEqual([]);
					expect(result.format).toBe('timelinejs');
				}),
				fuzzOptions(0.25)
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads TimelineJS3 documents, the fixture and generated ones, mutated',
		() => {
			const start = fc.oneof(fc.constant(nodeOf(timelineJsFixture)), validTimelineJs.map(nodeOf));
			fc.assert(
				fc.property(start, steps(), (node, all) => check('timelinejs', textOf(applySteps(node, all)))),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
