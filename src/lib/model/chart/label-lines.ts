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

/** Labels longer than this are not set on two lines: each line would be wider than a chart is. */
export const MAX_WRAPPED_LENGTH = 400;

/**
 * `text` on two lines, broken at a space; undefined where it has no space to break at (or is too long to).
 * Each word is measured once and the lines' widths summed from them to find the break (a zoom brings
 * hundreds of labels into view in one frame); the two lines chosen are then measured whole.
 */
export function wrapLabel(text: string, measure: MeasureText): WrappedLabel | undefined {
	if (text.length > MAX_WRAPPED_LENGTH) return undefined;
	const words = text.split(' ');
	// A break must leave a word on each line.
	const first = words.findIndex(Boolean);
	let last = words.length - 1;
	while (last > first && !words[last]) last--;
	if (first === -1 || first === last) return undefined;
	const space = measure(' ');
	const widths = words.map((word) => (word ? measure(word) : 0));
	const total = widths.reduce((sum, width) => sum + width, 0) + (words.length - 1) * space;
	let best: { at: number; width: number } | undefined;
	let before = 0;
	for (let at = 1; at < words.length; at++) {
		before += widths[at - 1]! + (at > 1 ? space : 0);
		if (at <= first || at > last) continue;
		const width = Math.max(before, total - before - space);
		if (!best || width < best.width) best = { at, width };
	}
	const lines = [words.slice(0, best!.at).join(' ').trimEnd(), words.slice(best!.at).join(' ').trimStart()].map((line) => ({ text: line, width: measure(line) }));
	return { lines: [lines[0]!, lines[1]!], width: Math.max(lines[0]!.width, lines[1]!.width) };
}
