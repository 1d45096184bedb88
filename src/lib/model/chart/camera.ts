/**
 * The camera: pure functions from a visible domain (and what the reader asked for) to the next visible
 * domain. The view state holds times, not pixels; d3-zoom is only an input device whose gestures become
 * domains, so fitting, revealing, zooming and panning are the same arithmetic whether a gesture, a key,
 * a button or the URL asked for them.
 */
import { MS_PER_DAY, type TimeMs } from '../date/time';
import type { Domain } from './projection';

export interface CameraLimits {
	/** Everything there is to show, and the bounds of panning. */
	extent: Domain;
	/** The narrowest view: about a day, or a trillionth of the extent in deep time. */
	minSpan: number;
}

/** How far one zoom step (a button, + or -) zooms: the span halves or doubles. */
export const ZOOM_STEP = 2;
/** How far one pan step (an arrow key) moves: a fifth of the view. */
export const PAN_STEP = 0.2;
/** The deepest zoom relative to the extent, where floating point still places a day. */
const MAX_ZOOM = 1e12;

export function cameraLimits(extent: Domain): CameraLimits {
	const span = extent[1] - extent[0];
	return { extent, minSpan: Math.min(span, Math.max(MS_PER_DAY, span / MAX_ZOOM)) };
}

/** The deepest zoom factor relative to the extent (for d3-zoom's scale extent). */
export function maxZoom(limits: CameraLimits): number {
	return (limits.extent[1] - limits.extent[0]) / limits.minSpan;
}

/** A span kept within the zoom limits: from the narrowest view to the whole extent. */
function clampSpan(span: number, limits: CameraLimits): number {
	const whole = limits.extent[1] - limits.extent[0];
	return Math.min(whole, Math.max(limits.minSpan, Number.isFinite(span) ? span : whole));
}

/** `span` from `start`, moved within the extent. */
function placeSpan(start: TimeMs, span: number, limits: CameraLimits): Domain {
	const [e0, e1] = limits.extent;
	const placed = Math.max(e0, Math.min(Number.isFinite(start) ? start : e0, e1 - span));
	return [placed, placed + span];
}

/** The domain kept within the zoom limits (its span, about its middle) and then within the extent (its position). */
export function clamp(domain: Domain, limits: CameraLimits): Domain {
	const span = clampSpan(domain[1] - domain[0], limits);
	return placeSpan((domain[0] + domain[1]) / 2 - span / 2, span, limits);
}

/** Everything: the whole extent. */
export function fit(limits: CameraLimits): Domain {
	return limits.extent;
}

/** [from, to] as far as the limits allow. */
export function showRange(from: TimeMs, to: TimeMs, limits: CameraLimits): Domain {
	return clamp([from, to], limits);
}

/**
 * Zooms by `factor` (2 shows half the span) about `anchor`, a time that stays where it is on screen
 * (the pointer's, or the middle of the view); clamped like any view.
 */
export function zoomAbout(domain: Domain, factor: number, anchor: TimeMs, limits: CameraLimits): Domain {
	const [a, b] = domain;
	const span = clampSpan((b - a) / factor, limits);
	return placeSpan(anchor - ((anchor - a) / (b - a)) * span, span, limits);
}

/** Zooms about the middle of the view. */
export function zoomBy(domain: Domain, factor: number, limits: CameraLimits): Domain {
	return zoomAbout(domain, factor, (domain[0] + domain[1]) / 2, limits);
}

/** Pans by a fraction of the view's span (positive: later). */
export function pan(domain: Domain, fraction: number, limits: CameraLimits): Domain {
	const shift = (domain[1] - domain[0]) * fraction;
	return clamp([domain[0] + shift, domain[1] + shift], limits);
}

/** Centres [start, end), keeping the zoom unless the range needs more room. */
export function centre(domain: Domain, start: TimeMs, end: TimeMs, limits: CameraLimits): Domain {
	const span = Math.max(domain[1] - domain[0], (end - start) * 1.25);
	const middle = (start + end) / 2;
	return clamp([middle - span / 2, middle + span / 2], limits);
}

/**
 * Brings [start, end) into view, keeping the zoom, unless it is already well inside (a tenth of the
 * span from either edge): stepping through events moves the view only when it must.
 */
export function reveal(domain: Domain, start: TimeMs, end: TimeMs, limits: CameraLimits, margin = 0.1): Domain {
	const [a, b] = domain;
	const inset = (b - a) * margin;
	if (start >= a + inset && end <= b - inset) return domain;
	return centre(domain, start, end, limits);
}

/** The view that opens a cluster: the time its members cover, with room either side. */
/**
 * The view of one step of a story: the event with its neighbours either side in sight, so that the reader
 * sees where it falls, and never narrower than the event itself (with a margin) or a day.
 */
export function storyView(events: readonly { date: { start: TimeMs; end: TimeMs } }[], index: number, limits: CameraLimits): Domain {
	const event = events[index];
	if (!event) return fit(limits);
	const { start, end } = event.date;
	const previous = events[index - 1]?.date;
	const next = events[index + 1]?.date;
	const from = Math.min(start, previous?.start ?? start);
	const to = Math.max(end, next?.start ?? end);
	const span = Math.max((to - from) * 1.3, (end - start) * 1.25, MS_PER_DAY);
	const middle = (from + to) / 2;
	return clamp([middle - span / 2, middle + span / 2], limits);
}

export function openCluster(cluster: { start: TimeMs; end: TimeMs }, limits: CameraLimits): Domain {
	const pad = (cluster.end - cluster.start) * 0.15 + MS_PER_DAY;
	return showRange(cluster.start - pad, cluster.end + pad, limits);
}

/** Whether the view shows the whole extent, to within `tolerance` pixels at either edge. */
export function isEverythingShown(domain: Domain, extent: Domain, width: number, tolerance = 1): boolean {
	const msPerPx = (domain[1] - domain[0]) / Math.max(width, 1);
	return domain[0] <= extent[0] + tolerance * msPerPx && domain[1] >= extent[1] - tolerance * msPerPx;
}
