/**
 * The chart of a viewport, laid out: the lanes with the rows they get, and the scene the chart renders,
 * the canvas paints and export writes (the model's layoutChart), with the text measures it needs.
 */
import { layoutChart, type ChartScene } from '$lib/model/chart/chart-scene';
import { eventLabel, eventName } from '$lib/model/document/describe';
import { ARTICLE, ONGOING, anyFlagged, columnsOf } from '$lib/model/document/event-columns';
import type { LabelFit, Lane, WrappedLabel } from '$lib/model/chart/lane-layout';
import { wrapLabel } from '$lib/model/chart/label-lines';
import { projector } from '$lib/model/chart/projection';
import { planRows } from '$lib/model/chart/row-plan';
import { MS_PER_DAY } from '$lib/model/date/time';
import type { TimelineEvent } from '$lib/model/document/timeline';
import { chartFontFamily, createCharMeasure, createTextMeasure, fitText } from './measure-text';
import type { Viewport } from './viewport.svelte';

/** Cut labels are cached per this many pixels of room, so that a label is not cut again for every pixel. */
const CUT_STEP = 8;

export class ChartLayout {
	readonly #viewport: Viewport;
	readonly #measure;
	readonly #measureLabel;
	/** Labels measured once per event, wrapped once, and cut once per event and room: caches the scene's derivation must not track. */
	readonly #labels = new WeakMap<TimelineEvent, LabelFit>();
	readonly #wrapped = new WeakMap<TimelineEvent, WrappedLabel | null>();
	readonly #cuts = new WeakMap<TimelineEvent, Map<number, LabelFit>>();
	/** Accessible names, formatted once: a zoom frame re-renders the drawn targets, not their names. */
	readonly #names = new WeakMap<TimelineEvent, string>();
	/**
	 * Where each lane's events were in the last layout. Not reactive: only a preference of the next layout,
	 * so that labels stay put as the view moves instead of reshuffling, and zooming creates few new targets.
	 */
	#previousSlots: ChartScene['slots'] | undefined;
	/** The family the chart is measured, painted and exported in (theme.css's --font), read once. */
	readonly font: string;

	/** The as-of line is drawn for an article, or anything still running; a converted TimelineJS document has no as-of date. */
	readonly #showAsOf: boolean = $derived.by(() => anyFlagged(columnsOf(this.#viewport.timeline), ARTICLE | ONGOING));

	/** The lanes of the chart on screen, with the rows each gets at its width (#planRows). */
	readonly lanes: Lane[] = $derived.by(() => {
		const { chartWidth, chartSpace } = this.#viewport;
		// A chart of a height the host page set cannot grow to label every event whole.
		return this.#planRows(chartWidth, typeof chartSpace !== 'number');
	});

	readonly scene: ChartScene = $derived.by(() => {
		const viewport = this.#viewport;
		const scene = layoutChart({
			timeline: viewport.timeline,
			lanes: this.lanes,
			domain: viewport.domain,
			width: viewport.chartWidth,
			showAsOf: this.#showAsOf,
			selectedId: viewport.selection?.id,
			emphasised: viewport.emphasised,
			matched: viewport.search.matched,
			focused: viewport.focused,
			measure: this.#measure,
			label: this.#label,
			wrap: this.#wrap,
			cut: this.#cut,
			previousSlots: this.#previousSlots
		});
		this.#previousSlots = scene.slots;
		return scene;
	});

	constructor(viewport: Viewport) {
		this.#viewport = viewport;
		this.font = chartFontFamily();
		this.#measure = createTextMeasure('tick', this.font);
		this.#measureLabel = createCharMeasure('label', this.font);
	}

	/**
	 * The view's window laid out afresh at `width`, for an image or print: with rows planned for that width
	 * and room to label every event whole where the screen's chart may, and none of the reader's passing
	 * states (the excerpts on screen, the search, the focus); the selection only if asked.
	 */
	sceneAt(width: number, { selection }: { selection: boolean }): ChartScene {
		const viewport = this.#viewport;
		return layoutChart({
			timeline: viewport.timeline,
			lanes: this.#planRows(width, true),
			domain: viewport.domain,
			width,
			showAsOf: this.#showAsOf,
			selectedId: selection ? viewport.selection?.id : undefined,
			measure: this.#measure,
			label: this.#label,
			wrap: this.#wrap,
			cut: this.#cut
		});
	}

	/** The lanes with the rows each gets at `width`: as many as labelling every event at the fitted view needs, as the height allows. */
	#planRows(width: number, mayGrow: boolean): Lane[] {
		const { lanes, extent, maxChartHeight, timeline } = this.#viewport;
		const barrier = this.#showAsOf ? projector(extent, width)(timeline.asOf + MS_PER_DAY) : undefined;
		return planRows(lanes, extent, width, { label: this.#label, wrap: this.#wrap, cut: this.#cut, barrier }, maxChartHeight, mayGrow);
	}

	#label = (event: TimelineEvent): LabelFit => {
		let fit = this.#labels.get(event);
		if (!fit) {
			const text = eventLabel(event);
			this.#labels.set(event, (fit = { text, width: this.#measureLabel(text) }));
		}
		return fit;
	};

	#wrap = (event: TimelineEvent): WrappedLabel | undefined => {
		let wrapped = this.#wrapped.get(event);
		if (wrapped === undefined) this.#wrapped.set(event, (wrapped = wrapLabel(this.#label(event).text, this.#measureLabel) ?? null));
		return wrapped ?? undefined;
	};

	#cut = (event: TimelineEvent, maxWidth: number): LabelFit => {
		const room = Math.floor(maxWidth / CUT_STEP) * CUT_STEP;
		let cuts = this.#cuts.get(event);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, not state
		if (!cuts) this.#cuts.set(event, (cuts = new Map()));
		let fit = cuts.get(room);
		if (!fit) cuts.set(room, (fit = fitText(this.#label(event).text, room, this.#measureLabel)));
		return fit;
	};

	/** An event's accessible name: its title and dates. */
	name = (event: TimelineEvent): string => {
		let name = this.#names.get(event);
		if (name === undefined) this.#names.set(event, (name = eventName(event, this.#viewport.timeline)));
		return name;
	};
}
