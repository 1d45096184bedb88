/**
 * parseTimelineText, the loader of documents given as text (?src=, files): arbitrary text, arbitrary
 * JSON, and valid documents (Chronoscope and TimelineJS3) with random mutations. Each ends in a timeline
 * holding every event of the input, or in faults that each name a JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimelineText, type ParsedDocument } from '../../src/lib/model/parse-document';
import { bundled, timelineJsFixture, validChronoscope, validTimelineJs } from './documents';
import { applySteps, hostileString, nodeOf, steps, textOf } from './mutate';
import { describeText, expectNoPollution, expectTimelineOrFaults, expectWellFormedFaults, FUZZ_TIMEOUT, fuzzOptions, idsOf, timed } from './properties';

const FILE = 'fuzzed.json';
/** The bundled timelines as trees, made once: a mutation replaces nodes and never changes one. */
const bundledNodes = bundled.map((sample) => ({ ...sample, node: nodeOf(sample.json) }));

/** As the page loads a document: once, and again with the article text when the document names a textFile. */
function load(body: string, text: string | undefined): ParsedDocument {
	const first = parseTimelineText(body, FILE);
	if (first.textFile === undefined || first.timeline || first.faults.length > 0) return first;
	return parseTimelineText(body, FILE, text ?? '');
}

function check(target: string, body: string, text?: string): void {
	const result = timed(
		target,
		() => describeText(body),
		() => load(body, text)
	);
	expectNoPollution();
	expectTimelineOrFaults(result);
	expectWellFormedFaults(result.faults, FILE, body);
	// The same input gives the same answer.
	const again = load(body, text);
	expect(again.faults).toEqual(result.faults);
	expect(again.timeline?.events.length).toBe(result.timeline?.events.length);
	if (!result.timeline) return;
	// No event disappears without a fault.
	const json = JSON.parse(body) as { events: unknown[]; eras?: unknown[] };
	const events = result.timeline.events.map((event) => event.data);
	if (result.format === 'timelinejs') expect(events.length).toBe(json.events.length + (json.eras?.length ?? 0));
	else expect(idsOf(events)).toEqual(idsOf(json.events));
}

describe('parseTimelineText under fuzzing', () => {
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
		'reads generated Chronoscope documents, as made and mutated',
		() => {
			fc.assert(
				fc.property(validChronoscope, (sample) => {
					const result = load(JSON.stringify(sample.json), sample.text);
					expect(result.faults).toEqual([]);
					expect(result.timeline?.events).toHaveLength(sample.json.events.length);
				}),
				fuzzOptions(0.25)
			);
			fc.assert(
				fc.property(validChronoscope, steps(), (sample, all) => check('generated', textOf(applySteps(nodeOf(sample.json), all)), sample.text)),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads TimelineJS3 documents, the fixture and generated ones, as made and mutated',
		() => {
			fc.assert(
				fc.property(validTimelineJs, (json) => {
					const result = load(JSON.stringify(json), undefined);
					expect(result.faults).toEqual([]);
					expect(result.format).toBe('timelinejs');
				}),
				fuzzOptions(0.25)
			);
			const start = fc.oneof(fc.constant(nodeOf(timelineJsFixture)), validTimelineJs.map(nodeOf));
			fc.assert(
				fc.property(start, steps(), (node, all) => check('timelinejs', textOf(applySteps(node, all)))),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
