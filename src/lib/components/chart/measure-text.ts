/**
 * Text widths as the browser draws them, measured on a canvas in the chart's own font. Where there is no
 * canvas (prerendering, Node), a generous estimate stands in.
 */
import { cssFont, type TextStyle } from '$lib/model/chart/lane-drawing';
import { estimateTextWidth, type MeasureText } from '$lib/model/chart/time-ticks';
import { cutIndex } from '$lib/model/text/untrusted-text';

/**
 * The family the chart is set in: the theme's `--font` (theme.css is its one source), so that what is
 * measured here and what the canvas and the SVG draw are the same font.
 */
export function chartFontFamily(): string {
	if (typeof document === 'undefined') return 'sans-serif';
	return getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
}

/** A canvas context set to a text style's font, or none where there is no document (prerendering). */
function measuringContext(style: TextStyle, family: string): CanvasRenderingContext2D | null {
	const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (context) context.font = cssFont(style, family);
	return context;
}

/** Widths of whole texts (the axis's labels), each measured once. */
export function createTextMeasure(style: TextStyle, family: string): MeasureText {
	const context = measuringContext(style, family);
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
 * brings hundreds of new titles into view in one frame, and measuring each on the canvas (and again for
 * every step of cutting it to fit) dominated that frame; a sum of cached widths is far cheaper. Kerning
 * moves a pair by a fraction of a pixel, well inside the gap the layout keeps between labels.
 */
export function createCharMeasure(style: TextStyle, family: string): MeasureText {
	const context = measuringContext(style, family);
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

/**
 * The text cut with an ellipsis to fit `maxWidth`, and its width. Only as much of it is measured as could
 * show: no visible character is narrower than half a pixel, so a label shows at most two characters a
 * pixel, and a title of millions of characters costs no more to cut than one of a few hundred.
 */
export function fitText(text: string, maxWidth: number, measure: MeasureText): { text: string; width: number } {
	const showable = Math.max(0, Math.ceil(maxWidth * 2)) + 1;
	const head = text.length > showable ? text.slice(0, showable) : text;
	if (head === text) {
		const width = measure(text);
		if (width <= maxWidth) return { text, width };
	}
	let low = 0;
	let high = head.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (measure(`${head.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
		else high = mid - 1;
	}
	const cut = `${head.slice(0, cutIndex(head, low)).trimEnd()}…`;
	return { text: cut, width: measure(cut) };
}
