/**
 * An event's id in the editor. Until the timeline is published, the id follows the event's title, as a
 * draft made it from the title: an editor's fix to the title fixes the link too. Once published (a
 * download, or a document opened for editing), the id is frozen, because links point to it. An edit to
 * one title never changes another event's id, and every reference to an id (another event's `updates`)
 * moves with it. The page and the undo history know an event by its `key`, which never changes.
 */
import { eventId } from '../draft/ids';
import { isPublishedEntry, type EditorEvent, type EventsWork } from './state';

/** The ids published; none in a state that records none. */
const publishedIdsOf = (state: EventsWork): readonly string[] => state.publishedIds ?? [];

export function isPublished(state: EventsWork, id: string): boolean {
	return publishedIdsOf(state).includes(id);
}

/** A number for a new event that no event of the state has. */
export function nextKey(state: EventsWork): number {
	return state.events.reduce((next, entry) => (Number.isSafeInteger(entry.key) ? Math.max(next, entry.key + 1) : next), 0);
}

/**
 * The ids a new or renamed event may not take: every other event's, every published one (even one no
 * event holds any more, after an undo), and every id an `updates` names (so a reference to a missing
 * event does not come to name this one). `own`, the id of the event being renamed, is free for it.
 */
export function takenIds(state: EventsWork, own?: string): Set<string> {
	const taken = new Set([...state.events.flatMap(({ event }) => (event.updates === undefined ? [event.id] : [event.id, event.updates])), ...publishedIdsOf(state)]);
	if (own !== undefined && !isPublished(state, own)) taken.delete(own);
	return taken;
}

/** Whether a title has a letter or digit an id can be made of (a-z, 0-9, accents aside). */
const makesAnId = (title: string) => /[a-z0-9]/i.test(title.normalize('NFKD'));

/**
 * The id the event `id` gets for `title`: its own while it is published, or while the title has nothing
 * to make an id of (empty while it is retyped, or in a script ids cannot hold); else one made from the
 * title as a draft makes it, that no other event has.
 */
export function idForTitle(state: EventsWork, id: string, title: string): string {
	if (isPublished(state, id) || !makesAnId(title)) return id;
	return eventId(title, takenIds(state, id));
}

/**
 * Events given new ids, all at once (`renames` maps an id to its new one), with every `updates` that
 * named an old id naming the new one. The caller keeps the ids unique.
 */
export function renameEvents<S extends EventsWork>(state: S, renames: ReadonlyMap<string, string>): S {
	if (![...renames].some(([from, to]) => from !== to)) return state;
	const events = state.events.map((entry): EditorEvent => {
		const { event } = entry;
		const id = renames.get(event.id) ?? event.id;
		const updates = event.updates === undefined ? undefined : (renames.get(event.updates) ?? event.updates);
		if (id === event.id && updates === event.updates) return entry;
		return { ...entry, event: { ...event, id, ...(updates === undefined ? {} : { updates }) } };
	});
	return { ...state, events };
}

/** The event `id` renamed after its title, when it is not published. */
export function followTitle<S extends EventsWork>(state: S, id: string): S {
	const event = state.events.find((e) => e.event.id === id)?.event;
	return event ? renameEvents(state, new Map([[id, idForTitle(state, id, event.title)]])) : state;
}

/** The ids a download of the state publishes: those of every event it publishes. */
export function idsToPublish(state: EventsWork): string[] {
	return state.events.filter(isPublishedEntry).map((entry) => entry.event.id);
}

/**
 * `state` once the timeline `published` was published (downloaded). For that state itself: the ids it
 * publishes are published, so that they stay as they are. For another state of the same work (an undo
 * or a redo away), the same: each event `published` published (known by its key) takes its published id
 * here too (it may have had another before a change to its title that is then undone), an event that
 * held that id here takes another after its title, and every id published is kept from other events.
 * Publishing is not undone.
 */
export function markPublished<S extends EventsWork>(state: S, published: EventsWork = state): S {
	const already = publishedIdsOf(state);
	const ids = new Set([...already, ...publishedIdsOf(published), ...idsToPublish(published)]);
	const renames = new Map<string, string>();
	if (published !== state) {
		const idOfKey = new Map(published.events.filter((e) => ids.has(e.event.id) && Number.isSafeInteger(e.key)).map((e) => [e.key, e.event.id]));
		const holders = new Set<string>();
		for (const { key, event } of state.events) {
			const id = idOfKey.get(key);
			if (id === undefined) continue;
			holders.add(event.id);
			if (id !== event.id) renames.set(event.id, id);
		}
		// The events here that hold a published id another event holds, or held before an undo.
		const taken = new Set([...ids, ...state.events.map(({ event }) => renames.get(event.id) ?? event.id)]);
		for (const { event } of state.events) {
			if (holders.has(event.id) || !ids.has(event.id) || already.includes(event.id)) continue;
			const id = eventId(event.title, taken);
			taken.add(id);
			renames.set(event.id, id);
		}
	}
	const marked = [...ids].filter((id) => !already.includes(id));
	if (marked.length === 0 && renames.size === 0) return state;
	return { ...renameEvents(state, renames), publishedIds: [...already, ...marked] };
}
