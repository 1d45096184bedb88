import { describe, expect, it } from 'vitest';
import { CURRENT_KEY, currentDraft, draftKey, freeDraftId, isQuotaError, listSavedDrafts, parseSaved, serialise } from '../../../src/lib/model/editor/persist';
import type { EditorState } from '../../../src/lib/model/editor/state';

const state: EditorState = {
	version: 1,
	id: 'x',
	article: { title: 'T', publisher: 'P', language: 'en', asOf: { date: '2024-07-05', method: 'external' } },
	text: 'In 2019 it rained.',
	events: [],
	lanes: [],
	categories: []
};

describe('saved work', () => {
	it('reads back what was saved', () => {
		expect(parseSaved(serialise({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' }))).toEqual({ work: { state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' } });
	});

	it.each([
		[null, {}],
		['{"state":', { problem: 'The work saved in this browser is damaged and cannot be read.' }],
		['{"state":{"version":2}}', { problem: 'The work saved in this browser is from another version of the editor and cannot be opened.' }],
		['[]', { problem: 'The work saved in this browser is from another version of the editor and cannot be opened.' }]
	])('%j is %j', (raw, expected) => expect(parseSaved(raw)).toEqual(expected));

	it('keeps the dates found in the text, and leaves out found dates it cannot read, which are found again', () => {
		const found = { published: '2024-07-05', expressions: [{ start: 3, end: 7, text: '2019', type: 'date', value: '2019', edtf: '2019' }], skipped: [] };
		expect((parseSaved(serialise({ state: { ...state, found } as EditorState, savedAt: '', tab: 'a' })).work?.state as EditorState | undefined)?.found).toEqual(found);
		const expression = found.expressions[0]!;
		for (const damaged of [
			null,
			{ ...found, published: 7 },
			{ ...found, expressions: [{ ...expression, end: 99 }] },
			{ ...found, expressions: [{ ...expression, start: 5, end: 5 }] },
			{ ...found, expressions: [{ ...expression, value: null }] },
			{ ...found, expressions: [{ ...expression, rangeWith: 1 }] },
			{ ...found, skipped: [{ expression: 1, reason: 'a duration, not a date' }] },
			{ ...found, skipped: [{ expression: 0 }] }
		]) {
			const { work, problem } = parseSaved(JSON.stringify({ state: { ...state, found: damaged }, savedAt: '', tab: 'a' }));
			expect(problem, JSON.stringify(damaged)).toBeUndefined();
			expect(work?.state, JSON.stringify(damaged)).toEqual(state);
		}
	});

	it('refuses a record whose id, title, events, lanes or categories are of the wrong shape (found by fuzzing)', () => {
		const damaged = (change: Record<string, unknown>) => parseSaved(JSON.stringify({ state: { ...state, ...change }, savedAt: '', tab: 'a' })).problem;
		for (const change of [
			{ id: 7 },
			{ article: { ...state.article, title: null } },
			{ events: [null] },
			{ events: [{ event: {}, review: 'maybe' }] },
			{ lanes: ['a'] },
			{ categories: [[]] }
		]) {
			expect(damaged(change), JSON.stringify(change)).toMatch(/another version/);
		}
		// A saved time or tab of another type reads as none, not as "[object Object]".
		expect(parseSaved(JSON.stringify({ state, savedAt: { at: 1 }, tab: 3 })).work).toMatchObject({ savedAt: '', tab: '' });
		expect(() =>
			listSavedDrafts(memoryStorage({ [draftKey('a')]: JSON.stringify({ state: { ...state, id: 1 } }), [draftKey('b')]: serialise({ state, savedAt: '', tab: '' }) }))
		).not.toThrow();
	});

	it("keeps the article's licence, opens work saved before the editor had one as it was, and leaves out a licence of another shape", () => {
		const licence = { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/', changes: 'captions left out' };
		const licensed: EditorState = { ...state, article: { ...state.article, url: 'https://example.org/a', licence } };
		expect(parseSaved(serialise({ state: licensed, savedAt: '', tab: 'a' })).work?.state).toEqual(licensed);
		// Saved by an editor before the licence field, as it wrote it: no licence key at all.
		const old =
			'{"state":{"version":1,"id":"x","article":{"title":"T","publisher":"P","language":"en","asOf":{"date":"2024-07-05","method":"external"}},"text":"In 2019 it rained.","events":[],"lanes":[],"categories":[]},"savedAt":"2025-01-01T00:00:00.000Z","tab":"a"}';
		const opened = parseSaved(old).work?.state as EditorState;
		expect(opened).toEqual(state);
		expect(opened.article).not.toHaveProperty('licence');
		for (const damaged of [null, 'CC BY', { name: 'CC BY' }, { name: 1, url: 'https://creativecommons.org/' }]) {
			const work = parseSaved(JSON.stringify({ state: { ...state, article: { ...state.article, licence: damaged } }, savedAt: '', tab: 'a' })).work;
			expect(work?.state, JSON.stringify(damaged)).toEqual(state);
		}
		const extra = parseSaved(JSON.stringify({ state: { ...licensed, article: { ...licensed.article, licence: { ...licence, changes: 3, extra: true } } } })).work
			?.state as EditorState;
		expect(extra.article.licence).toEqual({ name: licence.name, url: licence.url });
	});

	it('tells a full storage from other errors', () => {
		expect(isQuotaError(new DOMException('exceeded', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError(new Error('The quota has been exceeded.'))).toBe(true);
		expect(isQuotaError(new Error('SecurityError'))).toBe(false);
	});
});

/** A stand-in for localStorage. */
function memoryStorage(entries: Record<string, string> = {}) {
	const map = new Map(Object.entries(entries));
	return {
		get length() {
			return map.size;
		},
		key: (i: number) => [...map.keys()][i] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value)
	};
}

describe('drafts saved side by side', () => {
	const other: EditorState = { ...state, text: 'Another article, from 2020.', article: { ...state.article, title: 'Another' } };

	it('lists every saved draft, the newest first, leaving damaged ones out', () => {
		const storage = memoryStorage({
			[draftKey('x')]: serialise({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' }),
			[draftKey('y')]: serialise({ state: { ...other, id: 'y' }, savedAt: '2026-12-01T11:00:00.000Z', tab: 'b' }),
			[draftKey('z')]: '{"damaged',
			[CURRENT_KEY]: 'x'
		});
		expect(listSavedDrafts(storage)).toEqual([
			{ id: 'y', title: 'Another', savedAt: '2026-12-01T11:00:00.000Z' },
			{ id: 'x', title: 'T', savedAt: '2026-12-01T10:00:00.000Z' }
		]);
		expect(currentDraft(storage).work?.state.id).toBe('x');
		expect(currentDraft(memoryStorage({ [CURRENT_KEY]: '' }))).toEqual({});
		// A tab opens on the draft it had open, whichever another tab opened since.
		expect(currentDraft(storage, memoryStorage({ [CURRENT_KEY]: 'y' })).work?.state.id).toBe('y');
	});

	it('gives a new article an id of its own, and the same article its old one', () => {
		const storage = memoryStorage({ [draftKey('x')]: serialise({ state, savedAt: '', tab: 'a' }), [draftKey('x-2')]: '{"damaged' });
		expect(freeDraftId(storage, state)).toBe('x');
		expect(freeDraftId(storage, { ...other, id: 'x' })).toBe('x-3');
		expect(freeDraftId(storage, { ...other, id: 'new' })).toBe('new');
	});
});
