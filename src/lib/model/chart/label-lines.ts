/**
 * A label set on two lines, for where it has no room whole on one: broken at the space that makes its
 * longer line as short as it can be, so that the two lines take the narrowest stretch of the rows.
 */
import type { MeasureText } from './time-ticks';

/** A text as drawn and its width in pixels. */
export interface LabelFit {
	text: string;
	width: number;
}

/** A label on two lines: each line, and the width of the longer. */
export interface WrappedLabel {
	lines: readonly [LabelFit, LabelFit];
	width: number;
}

/**
 * Labels longer than this are not set on two lines: each line would be wider than a chart is, and finding
 * the break measures the label once per space in it.
 */
export const MAX_WRAPPED_LENGTH = 400;

/** `text` on two lines, broken at a space; undefined where it has no space to break at (or is too long to). */
export function wrapLabel(text: string, measure: MeasureText): WrappedLabel | undefined {
	if (text.length > MAX_WRAPPED_LENGTH) return undefined;
	let best: WrappedLabel | undefined;
	for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
		const first = text.slice(0, at).trimEnd();
		const second = text.slice(at + 1).trimStart();
		if (!first || !second) continue;
		const lines = [
			{ text: first, width: measure(first) },
			{ text: second, width: measure(second) }
		] as const;
		const width = Math.max(lines[0].width, lines[1].width);
		if (!best || width < best.width) best = { lines, width };
	}
	return best;
}
