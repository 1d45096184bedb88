/**
 * The editor's saved work read back from the browser's storage (parseSaved, listSavedDrafts,
 * currentDraft): saved records from another version, or damaged, with random mutations. Each is read,
 * or reported as a problem; none throws, and the list of drafts shows only what it can name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_KEY, currentDraft, draftKey, listSavedDrafts, parseSaved, serialise } from '../../src/lib/model/editor/persist';
import { stateOf } from '../../src/lib/model/editor/document';
import { titleOf } from '../../src/lib/model/editor/state';
import type { ArticleTimelineDocument } from '../../src/lib/model/document/schema';
import { bundled } from './documents';
import { historyEditorState } from '../fixtures/history';
import { applySteps, nodeOf, steps, textOf } from './mutate';
import { expectNoPollution, FUZZ_TIMEOUT, fuzzOptions, timed } from './properties';

const saved = [
	...bundled.map((sample) =>
		nodeOf(
			JSON.parse(serialise({ state: stateOf(sample.json as unknown as ArticleTimelineDocument, sample.text ?? '', 'accepted'), savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' }))
		)
	),
	// A history of many articles, as the editor saves one.
	nodeOf(JSON.parse(serialise({ state: historyEditorState(), savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' })))
];

function storageOf(entries: Record<string, string>) {
	const map = new Map(Object.entries(entries));
	return { length: map.size, key: (i: number) => [...map.keys()][i] ?? null, getItem: (key: string) => map.get(key) ?? null };
}

describe('saved work under fuzzing', () => {
	it(
		'reads a damaged record as a problem, and lists only the drafts it can name',
		() => {
			fc.assert(
				fc.property(fc.array(fc.tuple(fc.constantFrom(...saved), steps()), { minLength: 1, maxLength: 3 }), (records) => {
					const texts = records.map(([node, all]) => textOf(applySteps(node, all)));
					const storage = storageOf(Object.fromEntries([[CURRENT_KEY, 'd0'], ...texts.map((text, i) => [draftKey(`d${i}`), text])]));
					const drafts = timed(
						'persist',
						() => `${texts.length} records`,
						() => listSavedDrafts(storage)
					);
					expectNoPollution();
					for (const text of texts) {
						const { work, problem } = parseSaved(text);
						expect(work === undefined || problem === undefined).toBe(true);
						if (problem !== undefined) expect(problem.trim()).not.toBe('');
						if (work) {
							expect(typeof work.state.id).toBe('string');
							expect(typeof titleOf(work.state)).toBe('string');
							expect(typeof work.savedAt).toBe('string');
						}
					}
					for (const draft of drafts) for (const field of ['id', 'title', 'savedAt'] as const) expect(typeof draft[field]).toBe('string');
					expect(() => currentDraft(storage)).not.toThrow();
				}),
				fuzzOptions()
			);
		},
		FUZZ_TIMEOUT
	);
});
