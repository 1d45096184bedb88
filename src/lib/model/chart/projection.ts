/**
 * The one linear projection of the timeline: times in a visible domain onto pixels across a width.
 * The layouts, the axis and the chart all place with it, so that a mark, its label and the axis agree.
 */
import type { TimeMs } from '../date/time';

/** A visible time range, [start, end). */
export type Domain = readonly [TimeMs, TimeMs];

/** Pixel position of a time in `domain` drawn `width` pixels wide. */
export function projector(domain: Domain, width: number): (time: TimeMs) => number {
	const [a, b] = domain;
	const k = width / (b - a);
	return (time) => (time - a) * k;
}

/** The time at a pixel position of `domain` drawn `width` pixels wide: the projection's inverse. */
export function unprojector(domain: Domain, width: number): (x: number) => TimeMs {
	const [a, b] = domain;
	const k = (b - a) / width;
	return (x) => a + x * k;
}
