import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkState } from '../../../src/lib/model/editor/check';
import { stateOf } from '../../../src/lib/model/editor/document';
import { addEventFromRange, draftState, onEvent, setReview, updateEvent } from '../../../src/lib/model/editor/edits';
import { idForTitle, isPublished, markPublished } from '../../../src/lib/model/editor/event-ids';
import { mapHistory, record, redo, startHistory, undo } from '../../../src/lib/model/editor/history';
import { parseSaved, serialise } from '../../../src/lib/model/editor/persist';
import type { EditorState, EventsWork } from '../../../src/lib/model/editor/state';
import type { ArticleTimelineDocument } from '../../../src/lib/model/document/schema';
import { eventId } from '../../../src/lib/model/draft/ids';
import { seedDocument, seedText } from '../helpers';

const TEXT = 'The court banned the group in 2003. He said in 2010 that the ban stood. He said in 2012 that it would go. The ban was lifted on Monday.';
const draft = () => draftState({ text: TEXT, published: '2024-07-05', article: { title: 'A ban lifted', publisher: 'The Daily', language: 'en' } });
const opened = () => stateOf(seedDocument() as unknown as ArticleTimelineDocument, seedText(), 'accepted');
const ids = (state: EditorState) => state.events.map((e) => e.event.id);
const retitle = <S extends EventsWork>(state: S, index: number, title: string) => updateEvent(state, state.events[index]!.event.id, { title });
/** The download's marking, as the toolbar's Download does it. */
const download = (state: EditorState) => markPublished(state);

describe('an event id, until the timeline is published', () => {
	it('is made from the drafted title, and nothing is published in a draft', () => {
		const state = draft();
		expect(state.publishedIds).toEqual([]);
		expect(state.events.map((e) => e.key)).toEqual(state.events.map((_, i) => i));
		expect(ids(state)).toContain('he-says-ban-stands');
		expect(ids(state)).toContain('he-says-ban-would-go');
	});

	it('follows the title as the editor fixes it, made as a draft makes one', () => {
		const state = draft();
		const fixed = retitle(state, 1, 'Minister defends the ban');
		expect(fixed.events[1]!.event).toMatchObject({ id: 'minister-defends-the-ban', title: 'Minister defends the ban' });
		expect(fixed.events[1]!.key).toBe(state.events[1]!.key);
		// Each keystroke is a title: the id follows every one.
		let typed = state;
		for (const title of ['M', 'Mi', 'Min', 'Mini']) typed = retitle(typed, 1, title);
		expect(typed.events[1]!.event.id).toBe('mini');
		// A change to another field leaves the id as it is.
		expect(updateEvent(fixed, 'minister-defends-the-ban', { summary: 'x' }).events[1]!.event.id).toBe('minister-defends-the-ban');
	});

	it('is unique against every other event, and never changes another event’s', () => {
		const state = draft();
		const other = state.events[2]!.event.id;
		const same = retitle(state, 1, state.events[2]!.event.title);
		expect(same.events[1]!.event.id).toBe(`${other}-2`);
		expect(ids(same).filter((id, i) => i !== 1)).toEqual(ids(state).filter((id, i) => i !== 1));
		// Its old id is free again for the event that had it: retyping the old title gives it back.
		expect(retitle(same, 1, state.events[1]!.event.title).events[1]!.event.id).toBe(state.events[1]!.event.id);
		// A rejected event keeps its id from the others too.
		expect(retitle(setReview(state, other, 'rejected'), 1, state.events[2]!.event.title).events[1]!.event.id).toBe(`${other}-2`);
	});

	it('stays while the title has nothing to make an id of (empty while retyped, or in another script)', () => {
		const state = draft();
		const id = state.events[1]!.event.id;
		for (const title of ['', '   ', '—!?', 'Путин сказал']) expect(retitle(state, 1, title).events[1]!.event.id).toBe(id);
		expect(retitle(state, 1, 'Éric Zemmour')).toMatchObject({
			events: expect.arrayContaining([expect.objectContaining({ event: expect.objectContaining({ id: 'eric-zemmour' }) })])
		});
	});

	it('moves with every reference to it: another event’s updates', () => {
		const state = opened();
		const updater = state.events.find((e) => e.event.updates === 'taliban-banned-in-russia')!;
		const banned = state.events.findIndex((e) => e.event.id === 'taliban-banned-in-russia');
		// The opened document is published: unpublish it to see the id move, as in a draft.
		const unpublished = { ...state, publishedIds: [] };
		const renamed = retitle(unpublished, banned, 'Russia bans the Taliban');
		expect(renamed.events[banned]!.event.id).toBe('russia-bans-the-taliban');
		expect(renamed.events.find((e) => e.key === updater.key)!.event.updates).toBe('russia-bans-the-taliban');
		expect(checkState(renamed).faults).toEqual([]);
		// An id that an `updates` names, and no event has, is not given to another event.
		const dangling = { ...unpublished, events: unpublished.events.filter((e) => e.event.id !== 'taliban-banned-in-russia') };
		expect(retitle(dangling, 0, 'Taliban banned in Russia').events[0]!.event.id).toBe('taliban-banned-in-russia-2');
	});

	it('comes back with the title on undo, in one step for a title typed', () => {
		const state = draft();
		let history = startHistory(state);
		const key = state.events[1]!.key;
		for (const title of ['Minister', 'Minister defends', 'Minister defends the ban'])
			history = record(history, onEvent<EditorState>(key, (s, id) => updateEvent(s, id, { title }))(history.present), `${key}:title`);
		expect(history.present.events[1]!.event.id).toBe('minister-defends-the-ban');
		const undone = undo(history).present;
		expect(undone.events[1]!.event).toEqual(state.events[1]!.event);
		expect(redo(undo(history)).present.events[1]!.event.id).toBe('minister-defends-the-ban');
	});
});

describe('an event id, once published', () => {
	it('is every id of a document opened for editing, and stays as its title changes', () => {
		const state = opened();
		expect(state.publishedIds).toEqual(ids(state));
		const fixed = retitle(state, 0, 'A new title');
		expect(fixed.events[0]!.event).toMatchObject({ id: state.events[0]!.event.id, title: 'A new title' });
	});

	it('is every id a download writes, which then stay; a rejected event is not published, and still follows its title', () => {
		const state = setReview(draft(), draft().events[3]!.event.id, 'rejected');
		const published = download(retitle(state, 1, 'Minister defends the ban'));
		expect(published.publishedIds).toEqual(ids(published).slice(0, 3));
		expect(isPublished(published, 'minister-defends-the-ban')).toBe(true);
		const again = retitle(published, 1, 'The minister defends the ban again');
		expect(again.events[1]!.event).toMatchObject({ id: 'minister-defends-the-ban', title: 'The minister defends the ban again' });
		expect(retitle(again, 3, 'Ban lifted').events[3]!.event.id).toBe('ban-lifted');
		// Downloading again changes nothing.
		expect(download(published)).toBe(published);
	});

	it('is given to no other event, even one made after', () => {
		const state = draft();
		// The last event is rejected, so not published, and its id follows its title.
		const published = download(setReview(state, state.events[3]!.event.id, 'rejected'));
		const taken = published.events[0]!.event;
		expect(retitle(published, 3, taken.title).events[3]!.event.id).toBe(`${taken.id}-2`);
		const at = TEXT.indexOf('The court banned');
		const { id } = addEventFromRange(published, { start: at, end: at + 'The court banned the group in 2003'.length }, []);
		expect(id).not.toBe(taken.id);
	});

	it('is not unpublished by an undo: an event renamed before the download keeps its published id when the rename is undone', () => {
		const state = draft();
		let history = startHistory(state);
		history = record(history, retitle(history.present, 1, 'Minister defends the ban'));
		// Another event took the old id meanwhile.
		history = record(history, retitle(history.present, 2, state.events[1]!.event.title));
		history = record(history, retitle(history.present, 2, 'Minister defends the ban'));
		const published = history.present;
		history = mapHistory(history, (s) => markPublished(s, published));
		expect(history.present.publishedIds).toEqual(ids(published));
		for (const past of history.past) {
			expect(past.publishedIds).toEqual(ids(published));
			expect(past.events.map((e) => e.event.id)).toEqual(expect.arrayContaining(ids(published)));
			expect(new Set(ids(past)).size).toBe(past.events.length);
		}
		// Back to the draft: the titles are the draft's, the ids the published ones.
		const first = undo(undo(undo(history))).present;
		expect(first.events.map((e) => e.event.title)).toEqual(state.events.map((e) => e.event.title));
		expect(ids(first)).toEqual(ids(published));
		expect(checkState(first).faults).toEqual([]);
	});
});

describe('ids in a state that records no keys or published ids (made by hand, as a test or a script would)', () => {
	it('follow the title of the event edited, and only that one, and are published by a download', () => {
		const state = draft();
		const bare = { ...state, events: state.events.map(({ event, review }) => ({ event, review })) } as unknown as EditorState;
		delete (bare as { publishedIds?: unknown }).publishedIds;
		const fixed = retitle(bare, 2, 'Minister promises to lift the ban');
		expect(ids(fixed)).toEqual([...ids(state).slice(0, 2), 'minister-promises-to-lift-the-ban', ids(state)[3]]);
		const published = download(fixed);
		expect(ids(published)).toEqual(ids(fixed));
		expect(published.publishedIds).toEqual(ids(fixed));
		expect(retitle(published, 2, 'Something else').events[2]!.event.id).toBe('minister-promises-to-lift-the-ban');
	});
});

describe('ids under arbitrary titles', () => {
	const titles = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('He said', 'he said', 'He said 2', 'Lane', ''));
	const steps = fc.array(fc.tuple(fc.nat(3), titles, fc.boolean()), { maxLength: 25 });

	it('never make a duplicate id, never change another event’s, and leave published ones as they are', () => {
		fc.assert(
			fc.property(steps, fc.boolean(), (edits, startPublished) => {
				let state = startPublished ? download(draft()) : draft();
				for (const [index, title, publish] of edits) {
					const before = state;
					state = retitle(state, index, title);
					const id = before.events[index]!.event.id;
					expect(new Set(ids(state)).size).toBe(state.events.length);
					for (const e of state.events) expect(e.event.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
					expect(ids(state).filter((_, i) => i !== index)).toEqual(ids(before).filter((_, i) => i !== index));
					if (isPublished(before, id)) expect(state.events[index]!.event.id).toBe(id);
					else expect(state.events[index]!.event.id).toBe(idForTitle(before, id, title));
					expect(state.publishedIds).toEqual(before.publishedIds);
					if (publish) state = download(state);
				}
				// No fault of ids: none repeated, none malformed (an empty title is a fault of its own).
				expect(checkState(state).faults.filter((f) => !f.path.endsWith('.title'))).toEqual([]);
			})
		);
	});

	it('are what a draft would make of the title, against the others', () => {
		fc.assert(
			fc.property(
				titles.filter((t) => /[a-z0-9]/i.test(t.normalize('NFKD'))),
				(title) => {
					const state = draft();
					const others = new Set(ids(state).filter((_, i) => i !== 1));
					expect(retitle(state, 1, title).events[1]!.event.id).toBe(eventId(title, others));
				}
			)
		);
	});
});

describe('ids and keys in saved work', () => {
	const save = (state: unknown) => JSON.stringify({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' });

	it('come back as they were saved', () => {
		const state = download(retitle(draft(), 1, 'Minister defends the ban'));
		const work = parseSaved(serialise({ state, savedAt: '', tab: 'a' })).work!;
		expect(work.state).toEqual(state);
		expect(retitle(work.state, 1, 'Something else').events[1]!.event.id).toBe('minister-defends-the-ban');
		// A draft saved before any download has published nothing, and its ids still follow their titles.
		const saved = parseSaved(serialise({ state: draft(), savedAt: '', tab: 'a' })).work!.state;
		expect(saved).toEqual(draft());
		expect(retitle(saved, 1, 'Something else').events[1]!.event.id).toBe('something-else');
	});

	it('in work saved before the editor kept them: every event gets its place as its key, and every id stays, as it may have been published', () => {
		const state = draft();
		const old = { ...state, events: state.events.map(({ event, review }) => ({ event, review })) } as Record<string, unknown>;
		delete old.publishedIds;
		const work = parseSaved(save(old)).work!;
		expect(work.state.events.map((e) => e.key)).toEqual([0, 1, 2, 3]);
		expect(work.state.publishedIds).toEqual(ids(state));
		expect(retitle(work.state, 1, 'Minister defends the ban').events[1]!.event.id).toBe(state.events[1]!.event.id);
	});

	it('with keys damaged or repeated: every event gets its place; published ids of the wrong shape are read as every id', () => {
		const state = draft();
		for (const keys of [
			[0, 0, 1, 2],
			[0, -1, 2, 3],
			[0, 1.5, 2, 3],
			['0', 1, 2, 3]
		]) {
			const damaged = { ...state, events: state.events.map((e, i) => ({ ...e, key: keys[i] })), publishedIds: [1, 2] };
			const work = parseSaved(save(damaged)).work!;
			expect(work.state.events.map((e) => e.key)).toEqual([0, 1, 2, 3]);
			expect(work.state.publishedIds).toEqual(ids(state));
		}
		const kept = { ...state, events: state.events.map((e, i) => ({ ...e, key: 10 - i })) };
		expect(parseSaved(save(kept)).work!.state.events.map((e) => e.key)).toEqual([10, 9, 8, 7]);
	});
});
