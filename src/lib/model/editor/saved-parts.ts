/**
 * A history saved in parts. A history is large (three hundred articles and thousands of candidate events
 * are some 6 MB of JSON, more than a browser keeps for a site), and a change touches one event or two. So
 * its articles are one part and its events are parts by key (EVENTS_PER_PART keys to a part, so a split or
 * a merge, which adds or removes keys, leaves the other parts alone), each compressed (deflate, then
 * base64) under a key of its own, and the draft's record names them with the events' order. A save writes
 * only the parts changed since the last, each under a new key, then the record, then removes the parts no
 * longer named: a record never names a part that is not written.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { EditorEvent, HistoryState } from './state';

export const PART_PREFIX = 'chronoscope:editor:v1:part:';
/** Event keys to a part: a part is rewritten whole when one of its events changes. */
export const EVENTS_PER_PART = 250;

/** Where a saved history's record says its articles and events are. */
export interface PartsOf {
	articles: string;
	events: { order: number[]; parts: string[] };
}

/** A history's record as saved: the state but its articles and events, and the parts holding them. */
export type HistoryRecord = Omit<HistoryState, 'articles' | 'events'> & { parts: PartsOf };

const partsPrefix = (id: string) => `${PART_PREFIX}${id}:`;

/** Bytes as base64, a slice at a time (String.fromCharCode takes so many arguments at most). */
function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

function bytesOf(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** A value as a part: JSON, deflated (the fastest level: a part is written while the editor works), base64. */
export function encodePart(value: unknown): string {
	return base64(deflateSync(strToU8(JSON.stringify(value)), { level: 1 }));
}

/** A part's value, or undefined when it is missing or cannot be read. */
export function decodePart(text: string | null): unknown {
	if (text === null) return undefined;
	try {
		return JSON.parse(strFromU8(inflateSync(bytesOf(text))));
	} catch {
		return undefined;
	}
}

const sameEntries = (a: readonly EditorEvent[], b: readonly EditorEvent[]) => a.length === b.length && a.every((entry, i) => entry === b[i]);

/** The events of each part, by the part's range of keys. */
function bucketsOf(events: readonly EditorEvent[]): Map<number, EditorEvent[]> {
	const buckets = new Map<number, EditorEvent[]>();
	for (const entry of events) {
		const bucket = Math.floor(entry.key / EVENTS_PER_PART);
		const entries = buckets.get(bucket);
		if (entries) entries.push(entry);
		else buckets.set(bucket, [entry]);
	}
	return buckets;
}

/** A history's parts encoded before its first save: the drafting worker encodes them, off the page's thread. */
export interface EncodedParts {
	articles: string;
	events: [bucket: number, part: string][];
}

export function encodeParts(state: HistoryState): EncodedParts {
	return { articles: encodePart(state.articles), events: [...bucketsOf(state.events)].map(([bucket, entries]) => [bucket, encodePart(entries)]) };
}

/**
 * Writes histories in parts for one tab, remembering what it wrote last, so that a part whose articles or
 * events are the same objects as then is named again rather than written again.
 */
export class PartWriter {
	#id: string | undefined;
	#articles: { of: HistoryState['articles']; key: string } | undefined;
	#buckets = new Map<number, { entries: EditorEvent[]; key: string }>();
	#serial = 0;
	readonly #tab: string;

	/** `tab` names the tab in its parts' keys, so that two tabs never write one key. */
	constructor(tab: string) {
		this.#tab = tab;
	}

	/**
	 * Takes the parts a history was just read from (`parseSaved`) as written, so that the next write names
	 * them again rather than writing them again.
	 */
	adopt(state: HistoryState, read: WrittenParts) {
		this.reset();
		this.#id = state.id;
		this.#articles = { of: state.articles, key: read.articles };
		const buckets = bucketsOf(state.events);
		for (const [bucket, key] of read.buckets) {
			const entries = buckets.get(bucket);
			if (entries) this.#buckets.set(bucket, { entries, key });
		}
	}

	/** Forgets what was written: the next write writes every part. */
	reset() {
		this.#id = undefined;
		this.#articles = undefined;
		this.#buckets.clear();
	}

	#newKey(id: string): string {
		return `${partsPrefix(id)}${this.#tab}-${Date.now().toString(36)}-${(this.#serial++).toString(36)}`;
	}

	/**
	 * Writes the parts of `state` that changed since the last write, and returns the record that names them
	 * all. A part is named again only while it is still saved: another tab saving the same draft removes the
	 * parts its record does not name. `encoded`, the parts of this very state encoded already, are written
	 * as they are.
	 */
	write(storage: Pick<Storage, 'getItem' | 'setItem'>, state: HistoryState, encoded?: EncodedParts): HistoryRecord {
		if (this.#id !== state.id) {
			this.reset();
			this.#id = state.id;
		}
		const kept = (key: string) => storage.getItem(key) !== null;
		if (this.#articles?.of !== state.articles || !kept(this.#articles.key)) {
			const key = this.#newKey(state.id);
			storage.setItem(key, encoded?.articles ?? encodePart(state.articles));
			this.#articles = { of: state.articles, key };
		}
		const buckets = bucketsOf(state.events);
		const encodedEvents = new Map(encoded?.events);
		const parts: string[] = [];
		for (const [bucket, entries] of buckets) {
			const written = this.#buckets.get(bucket);
			if (written && sameEntries(written.entries, entries) && kept(written.key)) {
				parts.push(written.key);
				continue;
			}
			const key = this.#newKey(state.id);
			storage.setItem(key, encodedEvents.get(bucket) ?? encodePart(entries));
			this.#buckets.set(bucket, { entries, key });
			parts.push(key);
		}
		for (const bucket of [...this.#buckets.keys()]) if (!buckets.has(bucket)) this.#buckets.delete(bucket);
		const record: Partial<HistoryState> = { ...state };
		delete record.articles;
		delete record.events;
		return { ...(record as Omit<HistoryState, 'articles' | 'events'>), parts: { articles: this.#articles.key, events: { order: state.events.map((e) => e.key), parts } } };
	}
}

/** Removes every part of the draft `id` that `keep` does not name: those a newer save replaced, or a failed one left. */
export function removeParts(storage: Pick<Storage, 'key' | 'length' | 'removeItem'>, id: string, keep: ReadonlySet<string> = new Set()): void {
	const prefix = partsPrefix(id);
	const stale: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(prefix) && !keep.has(key)) stale.push(key);
	}
	for (const key of stale) storage.removeItem(key);
}

/** The part keys a record names. */
export const partKeysOf = (parts: PartsOf): Set<string> => new Set([parts.articles, ...parts.events.parts]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a record's `parts` is of the shape a save writes. */
export function isPartsOf(parts: unknown): parts is PartsOf {
	if (!isObject(parts) || typeof parts.articles !== 'string' || !isObject(parts.events)) return false;
	const { order, parts: list } = parts.events;
	return Array.isArray(order) && order.every((key) => Number.isSafeInteger(key)) && Array.isArray(list) && list.every((key) => typeof key === 'string');
}

/** Which saved part holds a history's articles, and which the events of each range of keys (a part written as a save writes one). */
export interface WrittenParts {
	articles: string;
	buckets: [bucket: number, key: string][];
}

/**
 * The articles and events a record's parts hold, the events in the record's order, and which part holds
 * what; undefined when a part is missing or damaged, or the parts do not hold each event the order names once.
 */
export function readParts(
	parts: PartsOf,
	storage: Pick<Storage, 'getItem'>,
	decoded?: ReadonlyMap<string, unknown>
): { articles: unknown; events: unknown[]; written: WrittenParts } | undefined {
	const valueOf = (key: string) => (decoded?.has(key) ? decoded.get(key) : decodePart(storage.getItem(key)));
	const articles = valueOf(parts.articles);
	if (articles === undefined) return undefined;
	const byKey = new Map<number, unknown>();
	const written: WrittenParts = { articles: parts.articles, buckets: [] };
	for (const key of parts.events.parts) {
		const entries = valueOf(key);
		if (!Array.isArray(entries)) return undefined;
		const buckets = new Set<number>();
		for (const entry of entries as unknown[]) {
			if (!isObject(entry) || !Number.isSafeInteger(entry.key)) continue;
			byKey.set(entry.key as number, entry);
			buckets.add(Math.floor((entry.key as number) / EVENTS_PER_PART));
		}
		const [bucket] = buckets;
		if (buckets.size === 1) written.buckets.push([bucket!, key]);
	}
	const events = parts.events.order.map((key) => byKey.get(key));
	if (events.some((entry) => entry === undefined) || new Set(parts.events.order).size !== events.length) return undefined;
	return { articles, events, written };
}
