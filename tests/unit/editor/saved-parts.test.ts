import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setReview, updateEvent } from '../../../src/lib/model/editor/edits';
import { mergeEvents, splitEvent } from '../../../src/lib/model/editor/history-edits';
import { addedArticleOf, draftHistoryState } from '../../../src/lib/model/editor/new-history';
import { CURRENT_KEY, currentDraft, draftKey, listSavedDrafts, parseSaved, removeWork, saveWork, serialise } from '../../../src/lib/model/editor/persist';
import { decodePart, encodePart, EVENTS_PER_PART, PART_PREFIX, PartWriter } from '../../../src/lib/model/editor/saved-parts';
import type { HistoryState } from '../../../src/lib/model/editor/state';
import { readArticles } from '../../../src/lib/model/history/articles';

/** A stand-in for localStorage that counts what is written. */
function memoryStorage() {
	const map = new Map<string, string>();
	const written: string[] = [];
	return {
		map,
		written,
		get length() {
			return map.size;
		},
		key: (i: number) => [...map.keys()][i] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => {
			written.push(key);
			map.set(key, value);
		},
		removeItem: (key: string) => void map.delete(key)
	};
}

const read = readArticles(readFileSync(join(import.meta.dirname, '../../../bench/history/stories/natural-disasters/articles.jsonl'), 'utf8'));
if ('fault' in read) throw new Error(read.fault.message);
const drafted = draftHistoryState({ title: 'Natural disasters', publisher: 'Wikinews', articles: read.articles.map(addedArticleOf) }, { events: 10 });
/** The drafted history with its keys spread over several parts, as thousands of candidates would be. */
const spread: HistoryState = { ...drafted, events: drafted.events.map((entry, i) => ({ ...entry, key: i * 37 })) };

const save = (storage: ReturnType<typeof memoryStorage>, state: HistoryState, writer: PartWriter) =>
	saveWork(storage, { state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' }, writer);
const readBack = (storage: ReturnType<typeof memoryStorage>, id: string) => parseSaved(storage.getItem(draftKey(id)), storage);
const partKeys = (storage: ReturnType<typeof memoryStorage>) => [...storage.map.keys()].filter((key) => key.startsWith(PART_PREFIX));

describe('a history saved in parts', () => {
	it('reads back exactly as it was, and is listed by its record alone', () => {
		const storage = memoryStorage();
		save(storage, spread, new PartWriter('t'));
		expect(readBack(storage, spread.id).work?.state).toEqual(spread);
		// Its articles, and its events by key: as many parts as ranges of keys in use.
		const ranges = new Set(spread.events.map((e) => Math.floor(e.key / EVENTS_PER_PART))).size;
		expect(partKeys(storage)).toHaveLength(1 + ranges);
		storage.setItem(CURRENT_KEY, spread.id);
		expect(currentDraft(storage).work?.state).toEqual(spread);
		expect(listSavedDrafts(storage)).toEqual([{ id: spread.id, title: 'Natural disasters', savedAt: '2026-12-01T10:00:00.000Z' }]);
		// Compressed, it takes far less room than the history's JSON.
		const room = [...storage.map.values()].reduce((sum, value) => sum + value.length, 0);
		expect(room).toBeLessThan(serialise({ state: spread, savedAt: '', tab: '' }).length / 2);
	});

	it('writes again only the part of the event changed, and removes the part it replaces', () => {
		const storage = memoryStorage();
		const writer = new PartWriter('t');
		save(storage, spread, writer);
		const before = new Set(partKeys(storage));
		storage.written.length = 0;
		const changed = setReview(spread, spread.events[0]!.event.id, 'accepted');
		save(storage, changed, writer);
		expect(storage.written.filter((key) => key.startsWith(PART_PREFIX))).toHaveLength(1);
		expect(storage.written.at(-1)).toBe(draftKey(spread.id));
		expect(partKeys(storage).filter((key) => !before.has(key))).toHaveLength(1);
		expect(partKeys(storage)).toHaveLength(before.size);
		expect(readBack(storage, spread.id).work?.state).toEqual(changed);
	});

	it('after being read back (a reload, another tab), writes again only what changes', () => {
		const storage = memoryStorage();
		save(storage, spread, new PartWriter('t'));
		const { work } = readBack(storage, spread.id);
		const reader = new PartWriter('u');
		reader.adopt(work!.state as HistoryState, work!.parts!);
		storage.written.length = 0;
		const changed = setReview(work!.state as HistoryState, spread.events[5]!.event.id, 'rejected');
		save(storage, changed, reader);
		expect(storage.written.filter((key) => key.startsWith(PART_PREFIX))).toHaveLength(1);
		expect(readBack(storage, spread.id).work?.state).toEqual(changed);
	});

	it('writes a part again that another tab removed', () => {
		const storage = memoryStorage();
		const writer = new PartWriter('t');
		save(storage, spread, writer);
		const [gone] = partKeys(storage);
		storage.removeItem(gone!);
		save(storage, spread, writer);
		expect(readBack(storage, spread.id).work?.state).toEqual(spread);
	});

	it('reports a missing or damaged part as damaged work, rather than reading it as something else', () => {
		for (const damage of [
			(key: string, s: ReturnType<typeof memoryStorage>) => s.removeItem(key),
			(key: string, s: ReturnType<typeof memoryStorage>) => s.setItem(key, 'not base64 !')
		]) {
			const storage = memoryStorage();
			save(storage, spread, new PartWriter('t'));
			damage(partKeys(storage).at(-1)!, storage);
			expect(readBack(storage, spread.id)).toEqual({ problem: 'The work saved in this browser is damaged and cannot be read.' });
		}
		expect(parseSaved(JSON.stringify({ state: { ...drafted, parts: { articles: 'x', events: { order: [0], parts: [] } } } }))).toEqual({
			problem: 'The work saved in this browser is damaged and cannot be read.'
		});
		expect(decodePart(encodePart({ a: [1, 'é\ud800'] }))).toEqual({ a: [1, 'é\ud800'] });
	});

	it('is removed with all its parts when discarded', () => {
		const storage = memoryStorage();
		save(storage, spread, new PartWriter('t'));
		storage.setItem('other', 'kept');
		removeWork(storage, spread.id);
		expect([...storage.map.keys()]).toEqual(['other']);
	});

	it('reads back whatever merges, splits and edits were saved one after another, keeping only the parts it names', () => {
		const op = fc.oneof(
			fc.record({ kind: fc.constant('merge' as const), a: fc.nat(80), b: fc.nat(80) }),
			fc.record({ kind: fc.constant('split' as const), a: fc.nat(80) }),
			fc.record({ kind: fc.constant('review' as const), a: fc.nat(80) }),
			fc.record({ kind: fc.constant('title' as const), a: fc.nat(80), title: fc.string({ maxLength: 8 }) })
		);
		fc.assert(
			fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
				const storage = memoryStorage();
				const writer = new PartWriter('t');
				let state = spread;
				save(storage, state, writer);
				for (const o of ops) {
					const at = (n: number) => state.events[n % state.events.length]!.event.id;
					if (o.kind === 'merge') state = mergeEvents(state, at(o.a), at(o.b));
					else if (o.kind === 'split') state = splitEvent(state, at(o.a));
					else if (o.kind === 'review') state = setReview(state, at(o.a), 'rejected');
					else state = updateEvent(state, at(o.a), { title: o.title });
					save(storage, state, writer);
					expect(readBack(storage, state.id).work?.state).toEqual(state);
				}
				const record = JSON.parse(storage.getItem(draftKey(state.id))!) as { state: { parts: { articles: string; events: { parts: string[] } } } };
				expect(partKeys(storage).sort()).toEqual([record.state.parts.articles, ...record.state.parts.events.parts].sort());
			}),
			{ numRuns: 40 }
		);
	});
});
