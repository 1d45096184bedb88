/**
 * The chart of a viewport, laid out: the scene the chart renders, the canvas paints and export writes
 * (the model's layoutChart), with the text measures it needs and the theme it was painted in.
 */
import { layoutChart, type ChartScene } from '$lib/model/chart-scene';
import type { ExportTheme } from '$lib/model/chart-svg';
import { maxLabelWidth } from '$lib/model/chart-geometry';
import { eventName } from '$lib/model/describe';
import type { LabelFit } from '$lib/model/lane-layout';
import type { TimelineEvent } from '$lib/model/timeline';
import { chartFontFamily, createCharMeasure, createTextMeasure, fitText } from './measure-text';
import type { Viewport } from './viewport.svelte';

export class ChartLayout {
	readonly #viewport: Viewport;
	readonly #measure;
	readonly #measureLabel;
	/** Labels fitted once per event and label width (phone or desktop), not per frame. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache read inside the scene's derivation, which must not track it
	readonly #labels = new Map<number, WeakMap<TimelineEvent, LabelFit>>();
	/** Accessible names, formatted once: a zoom frame re-renders the drawn targets, not their names. */
	readonly #names = new WeakMap<TimelineEvent, string>();
	/**
	 * Each lane's rows in the last layout. Not reactive: only a preference of the next layout, so that
	 * labels stay put as the view moves instead of reshuffling, and zooming creates few new targets.
	 */
	#previousRows: ChartScene['rows'] | undefined;
	/** The family the chart is measured, painted and exported in (theme.css's --font), read once. */
	readonly font: string;
	/** The colours and font the canvas last painted in, resolved from the page's theme by the canvas. */
	theme: ExportTheme | undefined = $state.raw();

	readonly scene: ChartScene = $derived.by(() => {
		const viewport = this.#viewport;
		const width = viewport.chartWidth;
		const labelWidth = maxLabelWidth(width);
		const scene = layoutChart({
			timeline: viewport.timeline,
			lanes: viewport.lanes,
			domain: viewport.domain,
			width,
			showAsOf: this.#showAsOf,
			selectedId: viewport.selection?.id,
			focused: viewport.focused,
			measure: this.#measure,
			label: (event) => this.#label(event, labelWidth),
			...(this.#previousRows ? { previousRows: this.#previousRows } : {})
		});
		this.#previousRows = scene.rows;
		return scene;
	});

	/** The as-of line is drawn for an article, or anything still running; a converted TimelineJS document has no as-of date. */
	readonly #showAsOf: boolean = $derived.by(() => this.#viewport.timeline.events.some((event) => event.data.origin === 'article' || event.date.ongoing));

	constructor(viewport: Viewport) {
		this.#viewport = viewport;
		this.font = chartFontFamily();
		this.#measure = createTextMeasure('tick', this.font);
		this.#measureLabel = createCharMeasure('label', this.font);
	}

	#label(event: TimelineEvent, maxWidth: number): LabelFit {
		let cache = this.#labels.get(maxWidth);
		if (!cache) this.#labels.set(maxWidth, (cache = new WeakMap()));
		let fit = cache.get(event);
		if (!fit) cache.set(event, (fit = fitText(event.data.title, maxWidth, this.#measureLabel)));
		return fit;
	}

	/** An event's accessible name: its title and dates. */
	name = (event: TimelineEvent): string => {
		let name = this.#names.get(event);
		if (name === undefined) this.#names.set(event, (name = eventName(event, this.#viewport.timeline)));
		return name;
	};
}
