/**
 * An event's id in the editor. Until the timeline is published, the id follows the event's title, as a
 * draft made it from the title: an editor's fix to the title fixes the link too. Once published (a
 * download, or a document opened for editing), the id is frozen, because links point to it. An edit to
 * one title never changes another event's id, and every reference to an id (another event's `updates`)
 * moves with it. The editor knows an event by its `key`, which never changes.
 */
import { eventId } from '../draft/ids';
import type { EditorEvent, EditorState } from './state';

export function isPublished(state: EditorState, id: string): boolean {
	return state.publishedIds.includes(id);
}

/** A number for a new event that no event of the state has. */
export function nextKey(state: EditorState): number {
	return state.events.reduce((max, entry) => Math.max(max, entry.key + 1), 0);
}

/**
 * The ids an event may not take: every other event's, every published one (even one no event holds any
 * more, after an undo), and every id an `updates` names (so a reference to a missing event does not
 * come to name this one). Its own id is free for it.
 */
export function takenIds(state: EditorState, own?: string): Set<string> {
	const taken = new Set([...state.events.flatMap(({ event }) => (event.updates === undefined ? [event.id] : [event.id, event.updates])), ...state.publishedIds]);
	if (own !== undefined && !isPublished(state, own)) taken.delete(own);
	return taken;
}

/** Whether a title has a letter or digit an id can be made of (a-z, 0-9, accents aside). */
const makesAnId = (title: string) => /[a-z0-9]/i.test(title.normalize('NFKD'));

/**
 * The id the event of `key` gets for `title`: its own while it is published, or while the title has
 * nothing to make an id of (empty while it is retyped, or in a script ids cannot hold).
 */
export function idForTitle(state: EditorState, key: number, title: string): string | undefined {
	const entry = state.events.find((e) => e.key === key);
	if (!entry) return undefined;
	const { id } = entry.event;
	if (isPublished(state, id) || !makesAnId(title)) return id;
	return eventId(title, takenIds(state, id));
}

/**
 * Events given new ids, all at once (`renames` maps an event's key to its new id), with every `updates`
 * that named an old id naming the new one. The caller keeps the ids unique.
 */
export function renameEvents(state: EditorState, renames: ReadonlyMap<number, string>): EditorState {
	const moved = new Map<string, string>();
	for (const { key, event } of state.events) {
		const id = renames.get(key);
		if (id !== undefined && id !== event.id) moved.set(event.id, id);
	}
	if (moved.size === 0) return state;
	const events = state.events.map((entry): EditorEvent => {
		const id = renames.get(entry.key) ?? entry.event.id;
		const updates = entry.event.updates === undefined ? undefined : (moved.get(entry.event.updates) ?? entry.event.updates);
		if (id === entry.event.id && updates === entry.event.updates) return entry;
		return { ...entry, event: { ...entry.event, id, ...(updates === undefined ? {} : { updates }) } };
	});
	return { ...state, events };
}

/** The event of `key` renamed after its title, when it is not published. */
export function followTitle(state: EditorState, key: number): EditorState {
	const entry = state.events.find((e) => e.key === key);
	const id = entry && idForTitle(state, key, entry.event.title);
	return id === undefined || id === entry?.event.id ? state : renameEvents(state, new Map([[key, id]]));
}

/** The ids a download of the state publishes: those of every event not rejected. */
export function idsToPublish(state: EditorState): string[] {
	return state.events.filter((entry) => entry.review !== 'rejected').map((entry) => entry.event.id);
}

/**
 * `state` once the timeline `published` was published (downloaded). For that state itself: its ids
 * published, so that they stay as they are. For another state of the same work (one undo or redo away),
 * the same: each event `published` published takes its published id here too (it may have had another
 * before a change to its title that is then undone), an event that held that id here takes another
 * after its title, and every id published is kept from other events. Publishing is not undone.
 */
export function markPublished(state: EditorState, published: EditorState = state): EditorState {
	const ids = new Set([...state.publishedIds, ...published.publishedIds, ...idsToPublish(published)]);
	const idOfKey = new Map(published.events.filter((entry) => ids.has(entry.event.id)).map((entry) => [entry.key, entry.event.id]));
	const renames = new Map<number, string>();
	for (const { key, event } of state.events) {
		const id = idOfKey.get(key);
		if (id !== undefined && id !== event.id) renames.set(key, id);
	}
	// The events here that hold a published id another event now takes, or took and lost to an undo.
	const taken = new Set([...ids, ...state.events.map(({ key, event }) => renames.get(key) ?? event.id)]);
	for (const { key, event } of state.events) {
		if (renames.has(key) || idOfKey.has(key) || !ids.has(event.id) || state.publishedIds.includes(event.id)) continue;
		const id = eventId(event.title, taken);
		taken.add(id);
		renames.set(key, id);
	}
	const marked = [...ids].filter((id) => !state.publishedIds.includes(id));
	if (marked.length === 0 && renames.size === 0) return state;
	return { ...renameEvents(state, renames), publishedIds: [...state.publishedIds, ...marked] };
}
