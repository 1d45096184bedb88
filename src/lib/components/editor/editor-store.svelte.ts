/**
 * The editor's one owner of state: the undo history of the work (the timeline of one article, or a
 * history of many), saved in the browser after every change, kept in step with other tabs of the same
 * editor, and everything derived from it (the dates found in an article's text, the document, its faults
 * and its preview).
 */
import { createContext } from 'svelte';
import type { TemporalExpression } from '$lib/model/extract/types';
import { checkState, prepareForChecking, type Checked } from '$lib/model/editor/check';
import type { SkippedExpression } from '$lib/model/draft/draft';
import { markPublished } from '$lib/model/editor/event-ids';
import { datesNotDrafted, findDates, foundDatesOf } from '$lib/model/editor/found';
import { mapHistory, record, redo, startHistory, undo, type History } from '$lib/model/editor/history';
import {
	CURRENT_KEY,
	currentRecord,
	draftKey,
	partsNamedBy,
	freeDraftId,
	isQuotaError,
	listSavedDrafts,
	parseSaved,
	removeWork,
	saveWork,
	type SavedDraft,
	type SavedWork
} from '$lib/model/editor/persist';
import { decodePart, PartWriter, type EncodedParts } from '$lib/model/editor/saved-parts';
import { asOfDayOf, isHistoryState, type EditorState, type EditorWork, type FoundDates, type HistoryState } from '$lib/model/editor/state';

const CHANNEL = 'chronoscope-editor';
/** The longest the page spends on making texts ready for checking before it lets other tasks run. */
export const PREPARE_SLICE_MS = 8;

export class EditorStore {
	history: History<EditorWork | undefined> = $state.raw(startHistory(undefined));
	/** What is open: the timeline of one article, or a history. */
	readonly work: EditorWork | undefined = $derived(this.history.present);
	/** The timeline of one article, when that is what is open. */
	readonly state: EditorState | undefined = $derived(this.work && !isHistoryState(this.work) ? this.work : undefined);
	/** The history of many articles, when that is what is open. */
	readonly historyState: HistoryState | undefined = $derived(this.work && isHistoryState(this.work) ? this.work : undefined);
	/** The day the work's dates are read against (its article's as-of day, a history's latest article's). */
	readonly asOfDay: string = $derived(this.work ? asOfDayOf(this.work) : '');
	/** Why the last change is not saved in the browser, when it is not. */
	saveProblem: string | undefined = $state();
	/** Something the editor should know that is not a fault: work restored, or changed in another tab. */
	notice: string | undefined = $state();
	/** Whether saved work has been looked for (in the browser, after mounting). */
	restored = $state(false);

	// The text and its date apart, so that the dates are found again only when one of them changes.
	readonly #text = $derived(this.state?.text ?? '');
	readonly #published = $derived(this.state?.article.asOf.date ?? '');
	/** Found anew, and only when read: for a state that keeps none (an opened document, older saved work) or whose publication date has changed. */
	readonly #foundAgain: FoundDates = $derived(findDates(this.#text, this.#published));
	/** The dates found in the text: those the state keeps from its draft, while they count from its publication date. */
	readonly found: FoundDates = $derived((this.state && foundDatesOf(this.state)) ?? this.#foundAgain);
	readonly expressions: readonly TemporalExpression[] = $derived(this.found.expressions);
	/** The dates found that no event stands for: those the draft skipped, less those an event has been made of since. */
	readonly notDrafted: readonly SkippedExpression[] = $derived(this.state ? datesNotDrafted(this.state, this.found) : []);
	/** The check before, kept while a change leaves the document as it was (see checkState). */
	#checkedBefore: Checked | undefined;
	readonly checked: Checked | undefined = $derived.by(() => {
		const checked = this.work ? checkState(this.work, undefined, this.#checkedBefore) : undefined;
		this.#checkedBefore = checked;
		return checked;
	});
	readonly canUndo = $derived(this.history.past.length > 0);
	readonly canRedo = $derived(this.history.future.length > 0);

	/** The drafts saved in this browser, for the start page to reopen or discard. */
	saved: SavedDraft[] = $state.raw([]);
	/** The ids of the drafts other tabs have open. */
	#openElsewhere: readonly string[] = $state.raw([]);
	/** Whether the draft open here is open in another tab too (their changes arrive here, and ours there). */
	readonly otherTab = $derived(this.work !== undefined && this.#openElsewhere.includes(this.work.id));

	readonly #tab = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
	/** Writes a history's parts, remembering which it wrote, so a change rewrites only its own. */
	readonly #parts = new PartWriter(this.#tab.slice(0, 8));
	/** A history's parts encoded already (by the drafting worker), for its first save. */
	#encoded: { state: EditorWork; parts: EncodedParts } | undefined;
	#channel: BroadcastChannel | undefined;
	/** What other tabs last said each of them has open. */
	#tabs: Record<string, string> = {};

	/** A change to the work, whatever it is; changes in the same `group` (typing on in one field) undo as one. */
	apply(change: (work: EditorWork) => EditorWork, group?: string) {
		const work = this.work;
		if (!work) return;
		this.#commit(record(this.history, change(work), group));
	}

	/** A change only the timeline of one article has (its text, its details); nothing while a history is open. */
	applyToArticle(change: (state: EditorState) => EditorState, group?: string) {
		const state = this.state;
		if (state) this.#commit(record(this.history, change(state), group));
	}

	/** A change only a history has (its title, a merge, a split); nothing while one article is open. */
	applyToHistory(change: (state: HistoryState) => HistoryState, group?: string) {
		const state = this.historyState;
		if (state) this.#commit(record(this.history, change(state), group));
	}

	/**
	 * New work: a draft, or a document opened for editing, under an id no other saved draft has. The work
	 * it replaces stays saved, and one undo away. A history may come with its parts encoded for saving.
	 */
	start(state: EditorWork, encoded?: EncodedParts) {
		this.#saveNow();
		let id = state.id;
		try {
			id = freeDraftId(localStorage, state);
		} catch {
			// Storage refused: the saving that follows says so.
		}
		const started = id === state.id ? state : { ...state, id };
		this.#encoded = encoded && { state: started, parts: encoded };
		this.#commit(record(this.history, started));
	}

	/** Back to the start page. The draft stays saved (the start page lists it); undo brings it back too. */
	close() {
		this.#commit(record(this.history, undefined));
	}

	/** A saved draft, opened again. */
	reopen(id: string) {
		this.#saveNow();
		const { work, problem } = parseSaved(localStorage.getItem(draftKey(id)), localStorage);
		if (work) this.#adopt(work);
		if (work) this.#commit(record(this.history, work.state));
		else this.saveProblem = problem ?? 'That draft is no longer saved in this browser.';
	}

	/** A saved draft, thrown away for good (the page asks first). */
	discard(id: string) {
		this.#saveNow();
		try {
			removeWork(localStorage, id);
		} catch {
			// Storage refused: nothing was removed, and the list says so by still showing it.
		}
		this.#refreshSaved();
	}

	/**
	 * The timeline as it stands has been published (downloaded): its ids are frozen, as links may point to
	 * them. Publishing is not a change to undo: every state of this work in the history is marked, so an
	 * undo or redo keeps each published id where it is.
	 */
	publish() {
		const published = this.work;
		if (!published) return;
		this.#commit(mapHistory(this.history, (state) => (state?.id === published.id ? markPublished(state, published) : state)));
	}

	undo() {
		this.#commit(undo(this.history));
	}

	redo() {
		this.#commit(redo(this.history));
	}

	/** Saved work just read: its parts (a history's) are what the next save names again, where unchanged. */
	#adopt(work: SavedWork) {
		if (work.parts && isHistoryState(work.state)) this.#parts.adopt(work.state, work.parts);
		else this.#parts.reset();
	}

	#commit(history: History<EditorWork | undefined>) {
		if (history === this.history) return;
		const before = this.work?.id;
		this.history = history;
		this.notice = undefined;
		this.#saveSoon();
		if (this.work?.id !== before) this.#announce('open');
	}

	/** The save waiting for the change's task to end, if one is. */
	#pendingSave: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Saving is a task of its own, after the change's, which then draws sooner; changes made in one task
	 * are saved once. Leaving the page (a reload, a closed tab) saves at once what is waiting.
	 */
	#saveSoon() {
		this.#pendingSave ??= setTimeout(() => this.#saveNow());
	}

	/** Saves now what waits to be saved, if anything does: before storage is read for the work, and when the page is left. */
	#saveNow() {
		if (this.#pendingSave === undefined) return;
		clearTimeout(this.#pendingSave);
		this.#pendingSave = undefined;
		this.#save();
	}

	#save() {
		try {
			const state = this.work;
			const ahead = this.#encoded;
			this.#encoded = undefined;
			const encoded = ahead && ahead.state === state ? ahead.parts : undefined;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp written once, never kept as state
			if (state) saveWork(localStorage, { state, savedAt: new Date().toISOString(), tab: this.#tab }, this.#parts, encoded);
			localStorage.setItem(CURRENT_KEY, state?.id ?? '');
			sessionStorage.setItem(CURRENT_KEY, state?.id ?? '');
			this.saveProblem = undefined;
		} catch (error) {
			this.saveProblem = isQuotaError(error)
				? "This browser's storage is full, so your latest changes are not saved in it. Download your work now to keep it, then free some space."
				: `Your work could not be saved in this browser (${(error as Error).message}). Download it to keep it.`;
		}
		if (!this.work) this.#refreshSaved();
	}

	#refreshSaved() {
		try {
			this.saved = listSavedDrafts(localStorage);
		} catch {
			this.saved = [];
		}
	}

	/**
	 * Opens the draft open last. A history saved in parts is read a part to a task, and its texts made ready
	 * for checking a few to a task, so that opening thousands of events is many short tasks, not one long one.
	 */
	#openLast(stopped: () => boolean) {
		const unreadable = (error: unknown) => `This browser does not let the editor save work (${(error as Error).message}). Download your work to keep it.`;
		let raw: string | null;
		try {
			raw = currentRecord(localStorage, sessionStorage);
		} catch (error) {
			return this.#opened({ problem: unreadable(error) });
		}
		const keys = partsNamedBy(raw);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the parts as read, handed to parseSaved once, never kept as state
		const decoded = new Map<string, unknown>();
		let texts: readonly string[] = [];
		let prepared = 0;
		let saved: ReturnType<typeof parseSaved> | undefined;
		const step = () => {
			if (stopped()) return;
			try {
				const key = keys[decoded.size];
				if (key !== undefined) decoded.set(key, decodePart(localStorage.getItem(key)));
				else if (!saved) {
					saved = parseSaved(raw, localStorage, decoded);
					texts = saved.work && isHistoryState(saved.work.state) ? saved.work.state.articles.map((article) => article.text) : [];
				} else {
					const until = performance.now() + PREPARE_SLICE_MS;
					while (prepared < texts.length && performance.now() < until) prepareForChecking(texts[prepared++]!);
				}
			} catch (error) {
				return this.#opened({ problem: unreadable(error) });
			}
			if (saved && prepared === texts.length) this.#opened(saved);
			else setTimeout(step);
		};
		step();
	}

	#opened(saved: ReturnType<typeof parseSaved>) {
		if (saved.work) {
			this.#adopt(saved.work);
			this.history = startHistory(saved.work.state);
			this.notice = 'Your work was restored from this browser.';
			this.#announce('open');
		} else if (saved.problem) {
			this.saveProblem = saved.problem;
		}
		this.#refreshSaved();
		this.restored = true;
	}

	#announce(type: 'hello' | 'here' | 'open') {
		this.#channel?.postMessage({ type, tab: this.#tab, id: this.work?.id ?? '' });
	}

	/** Looks for the draft open last, and listens for other tabs of the editor. In the browser, once. */
	connect(): () => void {
		let stopped = false;
		this.#openLast(() => stopped);

		const onStorage = (event: StorageEvent) => {
			if (event.key === null || !event.key.startsWith('chronoscope:editor:')) return;
			if (!this.work) this.#refreshSaved();
			// Only the draft open here follows another tab's changes; other drafts are theirs.
			if (!this.work || event.key !== draftKey(this.work.id) || event.newValue === null) return;
			const { work } = parseSaved(event.newValue, localStorage);
			if (!work || work.tab === this.#tab) return;
			// The other tab wrote parts of its own: the next save here names them, where they are still its.
			this.#adopt(work);
			// The other tab's change is the newest work: take it as the next step here, so undo can still go back.
			this.history = record(this.history, work.state);
			this.notice = 'Updated with the changes made in another tab.';
		};
		addEventListener('storage', onStorage);
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (message: MessageEvent<{ type: string; tab: string; id: string }>) => {
				const { type, tab, id } = message.data;
				if (tab === this.#tab) return;
				if (type === 'closed') delete this.#tabs[tab];
				else this.#tabs[tab] = id;
				this.#openElsewhere = Object.values(this.#tabs).filter(Boolean);
				if (type === 'hello') this.#announce('here');
			};
			this.#announce('hello');
		}
		const onPageHide = () => {
			this.#saveNow();
			this.#channel?.postMessage({ type: 'closed', tab: this.#tab, id: '' });
		};
		addEventListener('pagehide', onPageHide);
		// A phone may end a hidden page without a pagehide: what waits is saved as it is hidden.
		const onHidden = () => {
			if (document.visibilityState === 'hidden') this.#saveNow();
		};
		document.addEventListener('visibilitychange', onHidden);
		return () => {
			stopped = true;
			onPageHide();
			removeEventListener('storage', onStorage);
			removeEventListener('pagehide', onPageHide);
			document.removeEventListener('visibilitychange', onHidden);
			this.#channel?.close();
		};
	}
}

export const [useEditor, provideEditor] = createContext<EditorStore>();
