/**
 * The editor's work as saved in the browser: each draft under a key of its own (so two tabs drafting two
 * articles keep both), the draft last open, and the start form as typed. A draft is the timeline of one
 * article or a history of many. What is read back is checked before use, so a saved record from another
 * version, or a damaged one, is reported rather than crashing the editor or being taken for work.
 */
import type { Licence } from '../document/schema';
import { isHistoryState, titleOf, type EditorWork } from './state';
import type { AddedArticle } from './new-history';
import type { ArticleFields } from './new-article';
import { isPartsOf, partKeysOf, readParts, removeParts, type EncodedParts, type PartWriter, type WrittenParts } from './saved-parts';

const PREFIX = 'chronoscope:editor:v1:';
const DRAFT_PREFIX = `${PREFIX}draft:`;
/** The id of the draft open last, or '' when the start page is. */
export const CURRENT_KEY = `${PREFIX}current`;
/** The start page's fields, kept as they are typed. */
export const START_FORM_KEY = `${PREFIX}start`;
/** Which the start page offers: one article to draft ('article'), or a new history ('history'). */
export const START_MODE_KEY = `${PREFIX}start-mode`;
/** The new history's title and publisher on the start page, kept as they are typed. */
export const HISTORY_FORM_KEY = `${PREFIX}history-start`;
/** The articles added to the new history, kept apart from its fields: they are written only when the list changes. */
export const HISTORY_ARTICLES_KEY = `${PREFIX}history-articles`;
/** The article being pasted into the new history, kept as it is typed. */
export const HISTORY_PASTE_KEY = `${PREFIX}history-paste`;

export function draftKey(id: string): string {
	return `${DRAFT_PREFIX}${id}`;
}

/** The minimal storage this needs: the browser's localStorage, or a stand-in in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;

export interface SavedDraft {
	id: string;
	title: string;
	savedAt: string;
}

/**
 * A history saved in parts, listed by its record alone: reading every part of every history to list them
 * would unpack megabytes; a damaged part is reported when the draft is opened.
 */
function listedHistory(raw: string | null): SavedDraft | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? 'null');
	} catch {
		return undefined;
	}
	const state = isObject(value) ? value.state : undefined;
	if (!isObject(value) || !isObject(state) || state.kind !== 'history' || !isPartsOf(state.parts)) return undefined;
	if (state.version !== 1 || typeof state.id !== 'string' || typeof state.title !== 'string') return undefined;
	return { id: state.id, title: state.title, savedAt: text(value.savedAt) };
}

/** Every draft saved in this storage, the newest first; damaged ones are left out (and left in place). */
export function listSavedDrafts(storage: DraftStorage): SavedDraft[] {
	const drafts: SavedDraft[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (!key?.startsWith(DRAFT_PREFIX)) continue;
		const raw = storage.getItem(key);
		const listed = listedHistory(raw);
		if (listed) {
			drafts.push(listed);
			continue;
		}
		const { work } = parseSaved(raw, storage);
		if (work) drafts.push({ id: work.state.id, title: titleOf(work.state), savedAt: work.savedAt });
	}
	return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
}

/**
 * The draft a tab opens on: the one it had open (`tabStorage`, the tab's sessionStorage, which a reload
 * keeps), else the one open last in any tab.
 */
export function currentDraft(storage: Pick<Storage, 'getItem'>, tabStorage?: Pick<Storage, 'getItem'>): ReturnType<typeof parseSaved> {
	return parseSaved(currentRecord(storage, tabStorage), storage);
}

/** The saved record of the draft a tab opens on (see currentDraft), unread, or null. */
export function currentRecord(storage: Pick<Storage, 'getItem'>, tabStorage?: Pick<Storage, 'getItem'>): string | null {
	const id = tabStorage?.getItem(CURRENT_KEY) ?? storage.getItem(CURRENT_KEY);
	return id ? storage.getItem(draftKey(id)) : null;
}

/** The keys of the parts a saved history's record names, for a caller to read one at a time (none for any other record). */
export function partsNamedBy(raw: string | null): string[] {
	try {
		const state = (JSON.parse(raw ?? 'null') as { state?: { parts?: unknown } } | null)?.state;
		return state && isPartsOf(state.parts) ? [...partKeysOf(state.parts)] : [];
	} catch {
		return [];
	}
}

/** Whether two drafts are of the same article, or the same articles, under the same title. */
function sameSource(a: EditorWork, b: EditorWork): boolean {
	if (titleOf(a) !== titleOf(b)) return false;
	if (!isHistoryState(a) || !isHistoryState(b)) return !isHistoryState(a) && !isHistoryState(b) && a.text === b.text;
	return a.articles.length === b.articles.length && a.articles.every((article, i) => article.text === b.articles[i]!.text);
}

/**
 * An id for a new draft that no other saved draft has: two articles (or histories) with the same title
 * get two ids (and two saved records), while the same article opened again keeps its id.
 */
export function freeDraftId(storage: Pick<Storage, 'getItem'>, state: EditorWork): string {
	for (let n = 1; ; n++) {
		const id = n === 1 ? state.id : `${state.id}-${n}`;
		const raw = storage.getItem(draftKey(id));
		if (raw === null) return id;
		// A damaged record is not overwritten either: it may still be read by hand.
		const { work } = parseSaved(raw, storage);
		if (work && sameSource(work.state, state)) return id;
	}
}

export interface SavedWork {
	state: EditorWork;
	/** For a history read from its parts: which part holds what, for the next save to name again. */
	parts?: WrittenParts;
	savedAt: string;
	/** The tab that saved it, so a tab can tell its own saves from another's. */
	tab: string;
}

/** Saved work as one record, whole: how one article's work is saved (and a history read back, if saved so). */
export function serialise(work: SavedWork): string {
	return JSON.stringify(work);
}

/**
 * Saves the work under its draft's key: one article's whole, a history in parts (saved-parts.ts) written
 * by `writer`, which remembers the parts it wrote last (`encoded`: this very history's parts, encoded
 * already). Throws what the storage throws (full, refused).
 */
export function saveWork(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>, work: SavedWork, writer: PartWriter, encoded?: EncodedParts): void {
	const { state } = work;
	if (!isHistoryState(state)) {
		storage.setItem(draftKey(state.id), serialise(work));
		return;
	}
	const record = writer.write(storage, state, encoded);
	storage.setItem(draftKey(state.id), JSON.stringify({ state: record, savedAt: work.savedAt, tab: work.tab }));
	removeParts(storage, state.id, partKeysOf(record.parts));
}

/** A saved draft and its parts, removed. */
export function removeWork(storage: Pick<Storage, 'removeItem' | 'key' | 'length'>, id: string): void {
	storage.removeItem(draftKey(id));
	removeParts(storage, id);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const REVIEWS = new Set(['proposed', 'accepted', 'rejected']);
/** A list of objects, as the state's events (each an event and a review), lanes and categories are. */
const isListOf = (v: unknown, item: (entry: Record<string, unknown>) => boolean) => Array.isArray(v) && v.every((entry: unknown) => isObject(entry) && item(entry));
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A licence as saved (an article's, a history article's, the start form's): its name and address as
 * text, and what was changed where said; none where it is of another shape, rather than a licence whose
 * credit would show "undefined".
 */
function licenceOf(value: unknown): Licence | undefined {
	if (!isObject(value) || typeof value.name !== 'string' || typeof value.url !== 'string') return undefined;
	return { name: value.name, url: value.url, ...(typeof value.changes === 'string' ? { changes: value.changes } : {}) };
}

const isIntegerUpTo = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isOptionalText = (v: unknown) => v === undefined || typeof v === 'string';

/** Whether saved found dates are of the shape the marks read, with every expression inside the text. */
function isFoundDates(found: Record<string, unknown>, textLength: number): boolean {
	const expressions = found.expressions;
	return (
		typeof found.published === 'string' &&
		isListOf(
			expressions,
			(e) =>
				isIntegerUpTo(e.start, textLength) &&
				isIntegerUpTo(e.end, textLength) &&
				(e.start as number) < (e.end as number) &&
				typeof e.text === 'string' &&
				typeof e.type === 'string' &&
				typeof e.value === 'string' &&
				isOptionalText(e.edtf) &&
				(e.rangeWith === undefined || isIntegerUpTo(e.rangeWith, (expressions as unknown[]).length - 1))
		) &&
		isListOf(found.skipped, (s) => isIntegerUpTo(s.expression, (expressions as unknown[]).length - 1) && typeof s.reason === 'string')
	);
}

/** Whether every event has a key of its own: a whole number, no two alike. */
function hasKeys(events: readonly Record<string, unknown>[]): boolean {
	const keys = events.map((entry) => entry.key);
	return keys.every((key) => Number.isSafeInteger(key) && (key as number) >= 0) && new Set(keys).size === keys.length;
}

const OTHER_VERSION = 'The work saved in this browser is from another version of the editor and cannot be opened.';

/** Whether a saved history's articles are each of the shape the editor reads: an id, a title, a publication day and a text, the ids each once. */
function isHistoryArticles(articles: unknown): boolean {
	if (!isListOf(articles, (a) => typeof a.id === 'string' && typeof a.title === 'string' && typeof a.published === 'string' && typeof a.text === 'string')) return false;
	const ids = (articles as { id: string }[]).map((article) => article.id);
	return new Set(ids).size === ids.length;
}

const DAMAGED = 'The work saved in this browser is damaged and cannot be read.';

/**
 * The saved work a record holds, checked; a history saved in parts is read from them in `storage` (or
 * from `decoded`, the parts a caller read already, by key). A record that cannot be read, or names a part
 * that cannot, is a problem to report.
 */
export function parseSaved(raw: string | null, storage?: Pick<Storage, 'getItem'>, decoded?: ReadonlyMap<string, unknown>): { work?: SavedWork; problem?: string } {
	if (raw === null) return {};
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { problem: DAMAGED };
	}
	const state = isObject(value) ? value.state : undefined;
	let written: WrittenParts | undefined;
	if (isObject(state) && state.kind === 'history' && state.parts !== undefined) {
		const read = isPartsOf(state.parts) && storage ? readParts(state.parts, storage, decoded) : undefined;
		if (!read) return { problem: DAMAGED };
		delete state.parts;
		state.articles = read.articles;
		state.events = read.events;
		written = read.written;
	}
	if (
		!isObject(value) ||
		!isObject(state) ||
		state.version !== 1 ||
		typeof state.id !== 'string' ||
		!isListOf(state.events, (entry) => isObject(entry.event) && REVIEWS.has(entry.review as string)) ||
		!isListOf(state.lanes, () => true) ||
		!isListOf(state.categories, () => true)
	) {
		return { problem: OTHER_VERSION };
	}
	// Work saved before the editor drafted histories has no kind: it is the timeline of one article.
	const history = state.kind === 'history';
	if (
		history
			? typeof state.title !== 'string' || !isHistoryArticles(state.articles)
			: state.kind !== undefined || typeof state.text !== 'string' || !isObject(state.article) || typeof state.article.title !== 'string'
	) {
		return { problem: OTHER_VERSION };
	}
	// A licence of another shape is left out (work saved before the editor had one has none).
	if (!history && isObject(state.article) && state.article.licence !== undefined) {
		const licence = licenceOf(state.article.licence);
		if (licence) state.article.licence = licence;
		else delete state.article.licence;
	}
	// Found dates that cannot be read are left out: the editor finds them again from the text.
	if (state.found !== undefined && (history || !(isObject(state.found) && isFoundDates(state.found, (state.text as string).length)))) delete state.found;
	const events = state.events as Record<string, unknown>[];
	// Work saved before events had keys (or with keys damaged) gets them: each event's place.
	if (!hasKeys(events)) events.forEach((entry, key) => (entry.key = key));
	for (const entry of events) {
		// A doubt that is not words is no doubt the drafter wrote: left out rather than shown.
		if (entry.doubt !== undefined && typeof entry.doubt !== 'string') delete entry.doubt;
		// Only a history holds candidates in reserve; anything else there is read as in the timeline.
		if (entry.reserve !== undefined && !(history && entry.reserve === true)) delete entry.reserve;
	}
	// Work saved before the editor kept which ids were published (or with them damaged) may have been
	// downloaded and linked to: its ids stay as they are, as that editor kept them.
	if (!(Array.isArray(state.publishedIds) && state.publishedIds.every((id) => typeof id === 'string'))) {
		const ids = events.flatMap(({ event }) => (isObject(event) && typeof event.id === 'string' ? [event.id] : []));
		if (ids.length > 0) state.publishedIds = ids;
		else delete state.publishedIds;
	}
	return { work: { state: state as unknown as EditorWork, savedAt: text(value.savedAt), tab: text(value.tab), ...(written ? { parts: written } : {}) } };
}

const ARTICLE_FIELDS = ['title', 'publisher', 'language', 'published', 'url'] as const;

/**
 * An article form as kept in the browser while it is typed (the start page's, the new history's pasted
 * article): its text, those of its fields that are text, and its licence (the start page's); anything
 * else is left out, and the form keeps its own value for it.
 */
export function parseKeptArticle(raw: string | null): { text?: string; meta: Partial<ArticleFields>; licence?: Licence } {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? 'null');
	} catch {
		return { meta: {} };
	}
	if (!isObject(value)) return { meta: {} };
	const meta = isObject(value.meta) ? value.meta : {};
	const licence = licenceOf(value.licence);
	return {
		...(typeof value.text === 'string' ? { text: value.text } : {}),
		meta: Object.fromEntries(ARTICLE_FIELDS.flatMap((field) => (typeof meta[field] === 'string' ? [[field, meta[field]]] : []))),
		...(licence ? { licence } : {})
	};
}

const ADDED_FIELDS = [...ARTICLE_FIELDS, 'text'] as const;

/**
 * The articles added to a new history, as kept in the browser: those of the shape the start page holds
 * (each field text, an id and a licence where given); anything else, damaged or from another version, is
 * left out rather than taken for an article.
 */
export function parseAddedArticles(raw: string | null): AddedArticle[] {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(value)) return [];
	return value.flatMap((item: unknown): AddedArticle[] => {
		if (!isObject(item) || !ADDED_FIELDS.every((field) => typeof item[field] === 'string')) return [];
		const licence = licenceOf(item.licence);
		const article = Object.fromEntries(ADDED_FIELDS.map((field) => [field, item[field]])) as unknown as AddedArticle;
		if (typeof item.id === 'string') article.id = item.id;
		if (licence) article.licence = licence;
		return [article];
	});
}

/** Whether a storage error means the browser's storage is full. */
export function isQuotaError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));
}
