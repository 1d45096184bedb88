/**
 * The view of one timeline, held in one place and shared through context (as LayerCake shares its chart
 * context): the visible domain as times, the grouping, context events shown or hidden, the selected and
 * the focused event, and whether the last change was a gesture, a deliberate step or the URL. Pixels are
 * derived from the domain and the measured width, so a resize changes no state. The camera's arithmetic
 * is the model's (camera.ts); d3-zoom only feeds gestures in (zoom-input.svelte.ts).
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { timer, type Timer } from 'd3-timer';
import { getContext, setContext } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import * as camera from '$lib/model/chart/camera';
import { MIN_CHART_WIDTH } from '$lib/model/chart/chart-geometry';
import { ARTICLE, STATED_BAND, anyFlagged, anyUnflagged, columnsOf } from '$lib/model/document/event-columns';
import { buildLanes, timelineExtent, type Cluster, type GroupBy } from '$lib/model/chart/lane-layout';
import type { Domain } from '$lib/model/chart/projection';
import { MS_PER_DAY } from '$lib/model/date/time';
import type { Timeline, TimelineEvent } from '$lib/model/document/timeline';
import { isSearching, parseViewParams, viewToParams, type ViewState } from '$lib/model/site/view-url';
import { ChartLayout } from './chart-layout.svelte';
import { SearchState } from '../search/search-state.svelte';

/** What changed the view last: a gesture (the URL entry is replaced), a step (a new entry), or the URL itself. */
export type ChangeKind = 'gesture' | 'step' | 'url';
/** What selected an event: the chart (click, tap, Enter), the article's excerpt, a step of the story or of the search's matches, or the URL. */
export type SelectionSource = 'timeline' | 'article' | 'story' | 'search' | 'url';

export interface Selection {
	id: string;
	source: SelectionSource;
	/** Which of the event's excerpts is shown: selecting the event again moves on to the next. */
	excerpt: number;
}

/** The share of the window's height the chart may grow to where it fits the window, and its least height then. */
const WINDOW_SHARE = 0.7;
const MIN_FITTED_HEIGHT = 320;
/**
 * The tallest a chart that grows to its content may be: an embed labels dozens of events in full, but
 * a thousand would make it thousands of pixels tall inside someone's report; beyond this, clusters.
 */
const MAX_CONTENT_HEIGHT = 1200;

/**
 * How tall the chart may grow: to a share of the window (the full view), to its content (an embed, whose
 * iframe grows with it, up to a limit), or to so many pixels (an embed the host gave a fixed height).
 */
export type ChartSpace = 'window' | 'content' | number;

export class Viewport {
	readonly timeline: Timeline;
	/** The view's measured width; the chart waits for it rather than laying out at a guess. */
	width: number | undefined = $state();
	#windowHeight: number | undefined = $state();
	/**
	 * The tallest the window has been, for a chart that fits the window: a phone's window grows and shrinks
	 * as its address bar hides and shows while the reader scrolls, and the chart must not change its rows then.
	 */
	get windowHeight(): number | undefined {
		return this.#windowHeight;
	}
	set windowHeight(height: number | undefined) {
		if (height !== undefined && height > (this.#windowHeight ?? 0)) this.#windowHeight = height;
	}
	chartSpace: ChartSpace = $state('window');
	groupBy: GroupBy = $state('lane');
	showContext = $state(true);
	/** Story mode: a card for the selected event, and steps from event to event. */
	story = $state(false);
	/** The events whose excerpts the reader has on screen in the article: emphasised on the chart. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never changed in place
	emphasised: ReadonlySet<string> = $state.raw(new Set());
	/** The visible time range. */
	domain: Domain = $state.raw([0, 1]);
	change: ChangeKind = $state('url');
	selection: Selection | undefined = $state.raw();
	/** One sentence per URL parameter that was ignored. */
	notes: string[] = $state.raw([]);
	/** A request to move keyboard focus to an event's mark once it is drawn (a new object each time). */
	focusRequest: { id: string } | undefined = $state.raw();
	/** Whether the URL's view has been applied (once mounted, in the browser). */
	applied = $state(false);
	/** The domain as of the last step or the end of the last gesture: what the URL holds. */
	#settled: Domain = $state.raw([0, 1]);
	/** The event last focused or selected: it holds the tab stop while it is shown. */
	#focusChoice: string | undefined = $state();
	/** The query string last written or applied, so that Back and Forward reapply only a different view. */
	#search = '';
	/** A move of the view under way (a story step, the view following the article). */
	#animation: Timer | undefined;
	/**
	 * Whether the reader has moved the timeline since it last followed the article: then it stops following
	 * until they choose an excerpt or fit everything, so that it never takes the view from under them.
	 */
	#readerMoved = false;

	// Derived with .by: `timeline` is set in the constructor, after the fields are declared.
	readonly extent: Domain = $derived.by(() => timelineExtent(this.timeline));
	readonly limits = $derived(camera.cameraLimits(this.extent));
	readonly lanes = $derived.by(() => buildLanes(this.timeline, this.groupBy, this.showContext || !this.hasContext));
	readonly hasContext = $derived.by(() => this.timeline.hasArticleEvents && anyUnflagged(columnsOf(this.timeline), ARTICLE));
	/** Whether any event's stated date is drawn: a band where the article's words are wider than the resolved date. */
	readonly hasStatedBands = $derived.by(() => anyFlagged(columnsOf(this.timeline), STATED_BAND));
	/** The events shown, in time order: what the arrow keys step through. */
	readonly shown: readonly TimelineEvent[] = $derived.by(() => (this.showContext || !this.hasContext ? this.timeline.events : this.#articleEvents()));
	readonly selected = $derived(this.eventById(this.selection?.id));
	readonly focused = $derived(this.eventById(this.#focusChoice, this.shown) ?? this.eventById(this.selection?.id, this.shown) ?? this.shown[0]);
	readonly chartWidth = $derived(Math.max(this.width ?? 0, MIN_CHART_WIDTH));
	readonly maxChartHeight: number = $derived.by(() => {
		const space = this.chartSpace;
		if (space === 'content') return MAX_CONTENT_HEIGHT;
		if (space === 'window') return Math.max(MIN_FITTED_HEIGHT, (this.windowHeight ?? 800) * WINDOW_SHARE);
		return space;
	});
	/** Shown as data-ready: the URL's view is applied and the chart is laid out. */
	readonly ready = $derived(this.applied && this.width !== undefined);
	/** The view as the URL holds it: the range only once it is not everything, and only once settled. */
	readonly settledView: ViewState = $derived.by(() => {
		const view: ViewState = { groupBy: this.groupBy, showContext: this.showContext };
		if (!camera.isEverythingShown(this.#settled, this.extent, this.chartWidth)) [view.from, view.to] = this.#settled;
		if (this.selection) view.event = this.selection.id;
		if (this.story) view.story = true;
		if (isSearching(this.search.settled)) view.search = this.search.settled;
		return view;
	});
	/** The chart this view lays out: its scene, text measures and theme. */
	readonly chart: ChartLayout;
	/** The search in this view: its words, filters and matches. */
	readonly search: SearchState;

	constructor(timeline: Timeline) {
		this.timeline = timeline;
		this.domain = this.#settled = this.extent;
		this.search = new SearchState(this);
		this.chart = new ChartLayout(this);
	}

	/**
	 * Looked up when the URL or the focus names an event rather than indexed: an index of every id costs
	 * more to build at 100,000 events than all the lookups a reader makes.
	 */
	/** The events from the article, read from the columns: an event loaded by src is read only when shown. */
	#articleEvents(): TimelineEvent[] {
		const { flags } = columnsOf(this.timeline);
		return this.timeline.events.filter((_, i) => (flags[i]! & ARTICLE) !== 0);
	}

	eventById(id: string | undefined, events: readonly TimelineEvent[] = this.timeline.events): TimelineEvent | undefined {
		return id === undefined ? undefined : events.find((event) => event.data.id === id);
	}

	/** Shows `domain` (clamped), settled at once: a step gets a history entry, a nudge (`gesture`) replaces it. */
	moveTo(domain: Domain, kind: 'step' | 'gesture' = 'step') {
		this.#stopAnimation();
		this.domain = this.#settled = camera.clamp(domain, this.limits);
		this.change = kind;
		this.#readerMoved = true;
	}

	/** A gesture under way: the view follows it, and the URL waits for `settle`. */
	follow(domain: Domain) {
		this.#stopAnimation();
		this.domain = camera.clamp(domain, this.limits);
		this.change = 'gesture';
		this.#readerMoved = true;
	}

	/**
	 * Eases the view to `domain` (at once where the reader prefers reduced motion), settled at the target
	 * from the start, so that the URL names where the view is going. Any gesture or step stops it.
	 */
	#easeTo(domain: Domain, kind: 'step' | 'gesture') {
		this.#stopAnimation();
		const target = camera.clamp(domain, this.limits);
		this.#settled = target;
		this.change = kind;
		const from = this.domain;
		if (typeof matchMedia === 'undefined' || matchMedia('(prefers-reduced-motion: reduce)').matches) {
			this.domain = target;
			return;
		}
		// d3's smooth zoom (van Wijk and Nuij): zooms out on the way between far-apart views, in any unit.
		const path = interpolateZoom([(from[0] + from[1]) / 2, 0, from[1] - from[0]], [(target[0] + target[1]) / 2, 0, target[1] - target[0]]);
		const duration = Math.min(900, Math.max(250, path.duration * 0.6));
		this.#animation = timer((elapsed) => {
			const t = Math.min(1, elapsed / duration);
			const [centre, , span] = path(easeCubicInOut(t));
			this.domain = t === 1 ? target : [centre - span / 2, centre + span / 2];
			if (t === 1) this.#stopAnimation();
		});
	}

	#stopAnimation() {
		this.#animation?.stop();
		this.#animation = undefined;
	}

	/** The gesture has ended. */
	settle() {
		this.#settled = this.domain;
	}

	fit() {
		this.moveTo(camera.fit(this.limits));
		this.#readerMoved = false;
	}

	/** Shows [start, end) with a margin either side, as a step (fitting the search's matches). */
	showSpan(start: number, end: number) {
		const pad = Math.max((end - start) * 0.05, MS_PER_DAY);
		this.moveTo(camera.showRange(start - pad, end + pad, this.limits));
	}

	zoomBy(factor: number) {
		this.moveTo(camera.zoomBy(this.domain, factor, this.limits), 'gesture');
	}

	/**
	 * Zooms about an event (the one with keyboard focus, or the selected one): the point of it in view stays
	 * where it is on screen, and it keeps the focus, so the keys go on working on it.
	 */
	zoomAboutEvent(factor: number, event: TimelineEvent) {
		const [a, b] = this.domain;
		const anchor = Math.min(Math.max((event.date.start + event.date.end) / 2, a), b);
		this.#focusChoice = event.data.id;
		this.moveTo(camera.zoomAbout(this.domain, factor, anchor, this.limits), 'gesture');
		this.focusRequest = { id: event.data.id };
	}

	panBy(fraction: number) {
		this.moveTo(camera.pan(this.domain, fraction, this.limits), 'gesture');
	}

	openCluster(cluster: Cluster) {
		this.moveTo(camera.openCluster(cluster, this.limits));
	}

	setGroupBy(groupBy: GroupBy) {
		this.groupBy = groupBy;
		this.change = 'step';
	}

	setShowContext(show: boolean) {
		this.showContext = show;
		this.change = 'step';
	}

	/**
	 * Selects an event (or clears the selection) as a step the reader can go back to. Selected again from
	 * the chart, the event shows its next excerpt; selected from the article, the chart centres it and
	 * takes keyboard focus to it.
	 */
	select(event: TimelineEvent | undefined, source: SelectionSource = 'timeline', excerpt?: number) {
		if (!event) {
			this.selection = undefined;
			this.change = 'step';
			return;
		}
		const id = event.data.id;
		const again = source === 'timeline' && this.selection?.id === id;
		const next = excerpt ?? (again ? (this.selection!.excerpt + 1) % Math.max(1, event.excerpts.length) : 0);
		this.selection = { id, source, excerpt: next };
		this.#focusChoice = id;
		if (source === 'article') {
			this.moveTo(camera.centre(this.domain, event.date.start, event.date.end, this.limits));
			this.#readerMoved = false;
			this.focusRequest = { id };
		} else if (source === 'search') {
			// Stepping through matches replaces the URL's entry: Back goes to the search before, not to each match.
			this.#easeTo(camera.reveal(this.domain, event.date.start, event.date.end, this.limits), 'gesture');
			this.#readerMoved = true;
		} else if (source === 'story') {
			this.#easeTo(camera.storyView(this.shown, this.shown.indexOf(event), this.limits), 'step');
			// The reader is driving the timeline: the article's scrolling to the excerpt must not move it.
			this.#readerMoved = true;
		} else {
			this.#readerMoved = true;
			this.change = 'step';
		}
	}

	/** The selected event's place in the story (the events shown, in time order), or -1. */
	readonly storyIndex: number = $derived.by(() => (this.selected ? this.shown.indexOf(this.selected) : -1));

	/** Turns story mode on or off, as a step the reader can go back to. */
	setStory(on: boolean) {
		this.story = on;
		this.change = 'step';
	}

	/** Steps the story by `delta` events (from before the first, where none is selected), selecting and showing it. */
	stepStory(delta: number) {
		const { shown, storyIndex } = this;
		if (shown.length === 0) return;
		const to = storyIndex === -1 ? (delta > 0 ? delta - 1 : shown.length + delta) : storyIndex + delta;
		const next = shown[Math.max(0, Math.min(shown.length - 1, to))];
		if (next && next !== this.selected) this.select(next, 'story');
	}

	/**
	 * The article's reader has these events' excerpts on screen: the chart emphasises them and, once the
	 * reader scrolls (`follow`), eases to keep them in sight, unless the reader has moved the timeline since
	 * it last followed.
	 */
	followReading(ids: ReadonlySet<string>, follow: boolean) {
		this.emphasised = ids;
		if (!follow || this.#readerMoved || ids.size === 0) return;
		let start = Infinity;
		let end = -Infinity;
		for (const event of this.shown) {
			if (!ids.has(event.data.id)) continue;
			start = Math.min(start, event.date.start);
			end = Math.max(end, event.date.end);
		}
		if (start === Infinity) return;
		const target = camera.reveal(this.domain, start, end, this.limits);
		if (target !== this.domain) this.#easeTo(target, 'gesture');
	}

	/** Gives an event the tab stop (the first tap on it, hover aside) without moving the view. */
	choose(event: TimelineEvent) {
		this.#focusChoice = event.data.id;
	}

	/** Centres the view on an event, as a step, and gives it the tab stop (from an empty stretch of time). */
	bringIntoView(event: TimelineEvent) {
		this.#focusChoice = event.data.id;
		this.moveTo(camera.centre(this.domain, event.date.start, event.date.end, this.limits));
		this.focusRequest = { id: event.data.id };
	}

	/** Moves the tab stop to another event, bringing it into view. */
	moveFocus(event: TimelineEvent) {
		this.#focusChoice = event.data.id;
		this.moveTo(camera.reveal(this.domain, event.date.start, event.date.end, this.limits), 'gesture');
		this.focusRequest = { id: event.data.id };
	}

	/** Opens the view a query string names (on mount, and on Back and Forward when it differs). */
	applyUrl(search: string) {
		if (this.applied && search === this.#search) return;
		this.#search = search;
		const { lanes, categories } = this.timeline.document;
		const known = { lanes: { has: (id: string) => lanes.some((lane) => lane.id === id) }, categories: { has: (id: string) => categories.some((category) => category.id === id) } };
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never kept
		const params = new URLSearchParams(search);
		const parsed = parseViewParams(params, { has: (id) => this.eventById(id) !== undefined }, known);
		const { view } = parsed;
		this.#stopAnimation();
		this.notes = parsed.notes;
		this.story = view.story === true;
		// An embed without its search field (search=0) has no search, whatever else its URL says.
		this.search.apply(params.get('search') === '0' ? undefined : view.search);
		this.groupBy = view.groupBy;
		this.showContext = view.showContext;
		const selected = this.eventById(view.event);
		this.selection = selected ? { id: selected.data.id, source: 'url', excerpt: 0 } : undefined;
		if (view.from !== undefined || view.to !== undefined) {
			this.domain = this.#settled = camera.showRange(view.from ?? this.extent[0], view.to ?? this.extent[1], this.limits);
		} else {
			const all = camera.fit(this.limits);
			// A story opens on its step's view; otherwise the whole timeline, moved to show the selected event.
			if (selected && view.story) this.domain = this.#settled = camera.storyView(this.shown, this.shown.indexOf(selected), this.limits);
			else this.domain = this.#settled = selected ? camera.reveal(all, selected.date.start, selected.date.end, this.limits) : all;
		}
		this.change = 'url';
		this.applied = true;
	}

	/**
	 * Keeps the URL in step with the settled view: one effect, a history entry for a step, a replaced entry
	 * for a gesture, nothing for a view that came from the URL. The address bar is the truth here (shallow
	 * routing does not move page.url for replaced entries).
	 */
	syncUrl() {
		$effect(() => {
			const view = this.settledView;
			const change = this.change;
			if (change === 'url') return;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- the next address, built and written here
			const url = new URL(location.href);
			url.search = viewToParams(view, url.searchParams).toString();
			if (url.search === location.search) return;
			this.#search = url.search;
			try {
				// Shallow routing on the current page: only its query changes, so there is no route to resolve().
				// eslint-disable-next-line svelte/no-navigation-without-resolve
				(change === 'step' ? pushState : replaceState)(url, {});
			} catch {
				// A sandboxed iframe may refuse history entries; the view goes on without them.
			}
		});
	}
}

const KEY = Symbol('viewport');

/** Creates the view of `timeline` and shares it with the components below (the chart, its toolbar, the article). */
export function provideViewport(timeline: Timeline): Viewport {
	return setContext(KEY, new Viewport(timeline));
}

export function useViewport(): Viewport {
	const viewport = getContext<Viewport | undefined>(KEY);
	if (!viewport) throw new Error('useViewport: no Viewport above this component (call provideViewport)');
	return viewport;
}
