/**
 * The editor's one owner of state: the undo history of the work, saved in the browser after every change,
 * kept in step with other tabs of the same editor, and everything derived from it (the dates found in
 * the text, the document, its faults and its preview).
 */
import { createContext } from 'svelte';
import { extractTemporalExpressions, ExtractionError, type TemporalExpression } from '$lib/model/extract';
import { checkState, type Checked } from '$lib/model/editor/check';
import { MAX_ARTICLE_CHARS } from '$lib/model/editor/edits';
import { record, redo, startHistory, undo, type History } from '$lib/model/editor/history';
import { isQuotaError, parseSaved, serialise, STORAGE_KEY } from '$lib/model/editor/persist';
import type { EditorState } from '$lib/model/editor/state';

const CHANNEL = 'chronoscope-editor';

export class EditorStore {
	history: History<EditorState | undefined> = $state.raw(startHistory(undefined));
	readonly state = $derived(this.history.present);
	/** Why the last change is not saved in the browser, when it is not. */
	saveProblem: string | undefined = $state();
	/** Something the editor should know that is not a fault: work restored, or changed in another tab. */
	notice: string | undefined = $state();
	/** Whether this draft is open in another tab too (their changes arrive here, and ours there). */
	otherTab = $state(false);
	/** Whether saved work has been looked for (in the browser, after mounting). */
	restored = $state(false);

	// The text and its date apart, so that the dates are found again only when one of them changes.
	readonly #text = $derived(this.state?.text ?? '');
	readonly #published = $derived(this.state?.article.asOf.date ?? '');
	readonly expressions: readonly TemporalExpression[] = $derived.by(() => {
		const text = this.#text;
		if (text.trim() === '' || text.length > MAX_ARTICLE_CHARS) return [];
		try {
			return extractTemporalExpressions(text, this.#published).expressions;
		} catch (error) {
			if (error instanceof ExtractionError) return []; // the publication-date field shows its own fault
			throw error;
		}
	});
	readonly checked: Checked | undefined = $derived(this.state ? checkState(this.state) : undefined);
	readonly canUndo = $derived(this.history.past.length > 0);
	readonly canRedo = $derived(this.history.future.length > 0);

	readonly #tab = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
	#channel: BroadcastChannel | undefined;

	/** A change to the work; changes in the same `group` (typing on in one field) undo as one. */
	apply(change: (state: EditorState) => EditorState, group?: string) {
		const state = this.state;
		if (!state) return;
		this.#commit(record(this.history, change(state), group));
	}

	/** New work: a draft, or a document opened for editing. The work it replaces stays one undo away. */
	start(state: EditorState) {
		this.#commit(record(this.history, state));
	}

	/** Back to the start page; undo brings the work back. */
	close() {
		this.#commit(record(this.history, undefined));
	}

	undo() {
		this.#commit(undo(this.history));
	}

	redo() {
		this.#commit(redo(this.history));
	}

	#commit(history: History<EditorState | undefined>) {
		if (history === this.history) return;
		this.history = history;
		this.notice = undefined;
		this.#save();
	}

	#save() {
		try {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp written once, never kept as state
			if (this.state) localStorage.setItem(STORAGE_KEY, serialise({ state: this.state, savedAt: new Date().toISOString(), tab: this.#tab }));
			else localStorage.removeItem(STORAGE_KEY);
			this.saveProblem = undefined;
		} catch (error) {
			this.saveProblem = isQuotaError(error)
				? "This browser's storage is full, so your latest changes are not saved in it. Download your work now to keep it, then free some space."
				: `Your work could not be saved in this browser (${(error as Error).message}). Download it to keep it.`;
		}
	}

	/** Looks for saved work, and listens for other tabs of the editor. In the browser, once. */
	connect(): () => void {
		let saved: ReturnType<typeof parseSaved>;
		try {
			saved = parseSaved(localStorage.getItem(STORAGE_KEY));
		} catch (error) {
			saved = { problem: `This browser does not let the editor save work (${(error as Error).message}). Download your work to keep it.` };
		}
		if (saved.work) {
			this.history = startHistory(saved.work.state);
			this.notice = 'Your work was restored from this browser.';
		} else if (saved.problem) {
			this.saveProblem = saved.problem;
		}
		this.restored = true;

		const onStorage = (event: StorageEvent) => {
			if (event.key !== STORAGE_KEY || event.newValue === null) return;
			const { work } = parseSaved(event.newValue);
			if (!work || work.tab === this.#tab) return;
			// The other tab's change is the newest work: take it as the next step here, so undo can still go back.
			this.history = record(this.history, work.state);
			this.notice = 'Updated with the changes made in another tab.';
			this.otherTab = true;
		};
		addEventListener('storage', onStorage);
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (message: MessageEvent<{ type: string; tab: string }>) => {
				if (message.data.tab === this.#tab) return;
				this.otherTab = true;
				if (message.data.type === 'hello') this.#channel?.postMessage({ type: 'here', tab: this.#tab });
			};
			this.#channel.postMessage({ type: 'hello', tab: this.#tab });
		}
		return () => {
			removeEventListener('storage', onStorage);
			this.#channel?.close();
		};
	}
}

export const [useEditor, provideEditor] = createContext<EditorStore>();
