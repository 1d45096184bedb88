/**
 * loadTimeline on values no JSON text makes (undefined, NaN, -0, sparse arrays, null prototypes, Maps,
 * bigints), alone and put into the bundled timelines at random places: a timeline holding every event
 * of the input, or faults that each name a JSON path, and the input left as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTimeline, type LoadResult } from '../../src/lib/model/document/timeline';
import { bundled, histories } from './documents';
import { applySteps, nodeOf, steps, textOf } from './mutate';
import { expectNoPollution, expectTimelineOrFaults, expectWellFormedFaults, FUZZ_TIMEOUT, fuzzOptions, idsOf, timed } from './properties';

const FILE = 'fuzzed.json';
const bundledNodes = [...bundled, ...histories].map((sample) => ({ ...sample, node: nodeOf(sample.json) }));

const anything = fc.anything({
	maxDepth: 3,
	withBigInt: true,
	withBoxedValues: true,
	withDate: true,
	withMap: true,
	withNullPrototype: true,
	withObjectString: true,
	withSet: true,
	withSparseArray: true,
	withTypedArray: true
});

/**
 * `value` (a fresh JSON value) with some of its objects' and arrays' entries, picked by their position in
 * a walk of it, replaced. The values put in are fast-check's, which it may reuse: they are never walked into.
 */
function replaceEntries(value: unknown, replacements: readonly [number, unknown][]): unknown {
	const slots: [Record<string, unknown>, string][] = [];
	const walk = (node: unknown) => {
		if (typeof node !== 'object' || node === null) return;
		for (const key of Object.keys(node)) {
			slots.push([node as Record<string, unknown>, key]);
			walk((node as Record<string, unknown>)[key]);
		}
	};
	walk(value);
	for (const [n, replacement] of replacements) {
		const slot = slots[n % Math.max(1, slots.length)];
		if (slot) slot[0][slot[1]] = replacement;
	}
	return value;
}

function check(target: string, input: unknown, text: string | undefined, describeInput: () => string): LoadResult {
	const before = safeText(input);
	const load = () => loadTimeline(input, text === undefined ? { file: FILE } : { file: FILE, text });
	const result = timed(target, describeInput, load);
	expectNoPollution();
	expect(safeText(input), 'loadTimeline changed its input').toBe(before);
	expectTimelineOrFaults(result);
	expectWellFormedFaults(result.faults, FILE, input);
	expect(load().faults).toEqual(result.faults);
	if (result.timeline) expect(idsOf(result.timeline.events.map((event) => event.data))).toEqual(idsOf((input as { events: unknown }).events));
	return result;
}

/** A printable account of a value, for telling whether it changed (bigints and Maps included). */
function safeText(value: unknown): string {
	return JSON.stringify(value, (_, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item instanceof Map || item instanceof Set ? [...item] : item)) ?? 'undefined';
}

describe('loadTimeline under fuzzing', () => {
	it(
		'reads arbitrary values',
		() => {
			fc.assert(
				fc.property(anything, fc.option(fc.string(), { nil: undefined }), (input, text) => void check('anything', input, text, () => safeText(input).slice(0, 80))),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);

	it(
		'reads the bundled timelines, mutated, with values JSON cannot hold put in',
		() => {
			const cases = fc.tuple(fc.constantFrom(...bundledNodes), steps(3), fc.array(fc.tuple(fc.nat(), anything), { maxLength: 2 }));
			fc.assert(
				fc.property(cases, ([sample, all, replacements]) => {
					const text = textOf(applySteps(sample.node, all));
					const input = replaceEntries(JSON.parse(text), replacements);
					check('bundled-values', input, sample.text, () => `${text.length} chars`);
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
