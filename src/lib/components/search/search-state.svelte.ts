/**
 * The search of one view: what the reader has typed and chosen, the worker's latest answer, and the
 * search as the URL holds it. The field answers as the reader types; the URL takes the search once it
 * settles (a pause in typing, Enter, a filter chosen), so that a query is one history entry, not one per
 * key. The chart, the list and the article derive what they show from `matched` and `words`.
 */
import { columnsOf } from '$lib/model/document/event-columns';
import type { TimelineEvent } from '$lib/model/document/timeline';
import { stepMatch, matchPlace } from '$lib/model/search/matches';
import type { SearchFilters } from '$lib/model/search/search-index';
import { isSearching, NO_SEARCH, type SearchView } from '$lib/model/site/view-url';
import { SearchClient, type IndexFigures, type SearchAnswer } from '$lib/workers/search-client';
import type { Viewport } from '../chart/viewport.svelte';

/** How long typing pauses before the search is written to the URL as a history entry. */
const SETTLE_MS = 800;

export class SearchState {
	readonly #viewport: Viewport;
	/** The words in the field. */
	text = $state('');
	lanes: string[] = $state.raw([]);
	categories: string[] = $state.raw([]);
	since: number | undefined = $state();
	until: number | undefined = $state();
	/** The latest answer from the worker, for the query it was asked. */
	answer: SearchAnswer | undefined = $state.raw();
	figures: IndexFigures | undefined = $state.raw();
	failure: string | undefined = $state();
	/** The search as the URL last took it. */
	settled: SearchView = $state.raw(NO_SEARCH);
	#client: SearchClient | undefined;
	#settleTimer: ReturnType<typeof setTimeout> | undefined;
	/** A step asked for before the answer to the words in the field arrived (forward or not). */
	#pendingStep: boolean | undefined;

	/** What the reader is searching for now. */
	readonly current: SearchView = $derived({ q: this.text, lanes: this.lanes, categories: this.categories, since: this.since, until: this.until });
	readonly active = $derived(isSearching(this.current));
	/** The matches, in time order, while searching and answered. */
	readonly matches: Int32Array | undefined = $derived(this.active ? this.answer?.matches : undefined);
	/** One byte per event in time order, 1 where it matches: what the chart reads. */
	readonly matched: Uint8Array | undefined = $derived.by(() => {
		const { matches } = this;
		if (!matches) return undefined;
		const flags = new Uint8Array(this.#viewport.timeline.events.length);
		for (const order of matches) flags[order] = 1;
		return flags;
	});
	/** The query's words, for marking them. */
	readonly words: string[] = $derived(this.active ? (this.answer?.words ?? []) : []);
	/**
	 * The answer to the settled search: what the list of events shows. The list follows the search once it
	 * settles, not at every key: listing a page of matches reads each of their events, and in a document
	 * loaded by src, events far apart in time are in batches the page has yet to parse.
	 */
	#settledAnswer: SearchAnswer | undefined = $state.raw();
	/** The matched events the list shows (the settled search's), in time order; undefined when there is no search. */
	readonly listed: TimelineEvent[] | undefined = $derived.by(() => {
		const matches = isSearching(this.settled) ? this.#settledAnswer?.matches : undefined;
		const { events } = this.#viewport.timeline;
		return matches && Array.from(matches, (order) => events[order]!);
	});
	/** The settled search's words, for marking them in the list and the article. */
	readonly listedWords: string[] = $derived(isSearching(this.settled) ? (this.#settledAnswer?.words ?? []) : []);
	/** The selected event's place among the matches (from 0), or -1. */
	readonly place: number = $derived.by(() => {
		const selected = this.#viewport.selected;
		return this.matches && selected ? matchPlace(this.matches, selected.order) : -1;
	});

	constructor(viewport: Viewport) {
		this.#viewport = viewport;
	}

	/** Starts the worker and sends it the timeline to index: once, when the reader first comes to the field or a URL holds a search. */
	start() {
		if (this.#client) return;
		this.#client = new SearchClient(this.#viewport.timeline, {
			answer: (answer) => {
				this.answer = answer;
				if (answer.text.trim() === this.settled.q) this.#settledAnswer = answer;
				// Enter pressed before the answer came: the step is taken now.
				const forward = this.#pendingStep;
				this.#pendingStep = undefined;
				if (forward !== undefined && answer.text === this.text) this.#stepTo(forward);
			},
			built: (figures) => (this.figures = figures),
			failed: (reason) => (this.failure = reason)
		});
		this.#ask();
	}

	stop() {
		this.#client?.close();
		this.#client = undefined;
		clearTimeout(this.#settleTimer);
	}

	#filters(): SearchFilters {
		// Plain copies: the worker is sent them, and a proxy cannot be.
		return { lanes: [...this.lanes], categories: [...this.categories], since: this.since, until: this.until };
	}

	#ask() {
		if (this.active) this.#client?.query(this.text, this.#filters());
	}

	/** The field's words changed: answered now, written to the URL once typing pauses. */
	type(text: string) {
		this.text = text;
		this.#pendingStep = undefined;
		this.#ask();
		clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
	}

	/** A filter changed: answered and written to the URL at once. */
	filter(change: Partial<Pick<SearchView, 'lanes' | 'categories' | 'since' | 'until'>>) {
		if (change.lanes) this.lanes = change.lanes;
		if (change.categories) this.categories = change.categories;
		if ('since' in change) this.since = change.since;
		if ('until' in change) this.until = change.until;
		this.#ask();
		this.settle();
	}

	/** Clears the words and the filters. */
	clear() {
		this.text = '';
		this.lanes = this.categories = [];
		this.since = this.until = undefined;
		this.settle();
	}

	/** The URL takes the search as it is now, as a step the reader can go back from; says whether it changed. */
	settle(): boolean {
		clearTimeout(this.#settleTimer);
		const next = isSearching(this.current) ? { ...this.current, q: this.text.trim() } : NO_SEARCH;
		if (sameSearch(next, this.settled)) return false;
		this.settled = next;
		if (this.answer?.text.trim() === next.q) this.#settledAnswer = this.answer;
		this.#viewport.change = 'step';
		return true;
	}

	/** The search a URL holds (on opening it, and on Back and Forward). */
	apply(search: SearchView | undefined) {
		clearTimeout(this.#settleTimer);
		const view = search ?? NO_SEARCH;
		this.text = view.q;
		this.lanes = view.lanes;
		this.categories = view.categories;
		this.since = view.since;
		this.until = view.until;
		this.settled = view;
		if (this.active) this.start();
		this.#ask();
	}

	/** Selects the next match in time order (or the previous), and moves the view to it. */
	step(forward: boolean) {
		// A query typed and stepped through at once is still a step of its own: the step to a match must not
		// make its history entry a replaced one.
		const settled = this.settle();
		if (!this.matches || this.answer?.text !== this.text) {
			this.#pendingStep = forward;
			return;
		}
		this.#stepTo(forward);
		if (settled) this.#viewport.change = 'step';
	}

	#stepTo(forward: boolean) {
		const matches = this.matches;
		if (!matches) return;
		const order = stepMatch(matches, this.#viewport.selected?.order ?? -1, forward);
		const event = order === undefined ? undefined : this.#viewport.timeline.events[order];
		if (event) this.#viewport.select(event, 'search');
	}

	/** Shows the span of the matches. */
	fitMatches() {
		const { matches } = this;
		if (!matches?.length) return;
		const { start, end } = columnsOf(this.#viewport.timeline);
		let first = Infinity;
		let last = -Infinity;
		for (const order of matches) {
			first = Math.min(first, start[order]!);
			last = Math.max(last, end[order]!);
		}
		this.#viewport.showSpan(first, last);
	}
}

function sameSearch(a: SearchView, b: SearchView): boolean {
	return a.q === b.q && a.lanes.join() === b.lanes.join() && a.categories.join() === b.categories.join() && a.since === b.since && a.until === b.until;
}
