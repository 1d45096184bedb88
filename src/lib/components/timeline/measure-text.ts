/**
 * Label widths as the browser draws them, measured once per text on a canvas with the axis font. Where
 * there is no canvas (prerendering), a generous estimate stands in.
 */
import { estimateTextWidth, type MeasureText } from '$lib/model/time-ticks';

export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** A canvas context set to `font`, or none where there is no document (prerendering). */
function measuringContext(font: string): CanvasRenderingContext2D | null {
	const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (context) context.font = font;
	return context;
}

export function createTextMeasure(font = LABEL_FONT): MeasureText {
	const context = measuringContext(font);
	if (!context) return estimateTextWidth;
	const cache = new Map<string, number>();
	return (text) => {
		let width = cache.get(text);
		if (width === undefined) {
			width = Math.ceil(context.measureText(text).width);
			if (cache.size > 50_000) cache.clear();
			cache.set(text, width);
		}
		return width;
	};
}

/**
 * Label widths as the sum of their characters' widths, each measured once. Zooming into a dense region
 * brings hundreds of new titles into view in one frame; measuring each on the canvas (and again for every
 * step of cutting it to fit) took tens of milliseconds there, a sum of cached widths takes well under one.
 * Kerning moves a pair by a fraction of a pixel, well inside the 8 px the layout keeps between labels.
 */
export function createCharMeasure(font = LABEL_FONT): MeasureText {
	const context = measuringContext(font);
	if (!context) return estimateTextWidth;
	const widths = new Map<string, number>();
	return (text) => {
		let sum = 0;
		for (const char of text) {
			let width = widths.get(char);
			if (width === undefined) widths.set(char, (width = context.measureText(char).width));
			sum += width;
		}
		return Math.ceil(sum);
	};
}

/** The text cut with an ellipsis to fit `maxWidth`, and its width. */
export function fitText(text: string, maxWidth: number, measure: MeasureText): { text: string; width: number } {
	const width = measure(text);
	if (width <= maxWidth) return { text, width };
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (measure(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
		else high = mid - 1;
	}
	const cut = `${text.slice(0, low).trimEnd()}…`;
	return { text: cut, width: measure(cut) };
}
