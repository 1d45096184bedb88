/**
 * d3-zoom as an input device: wheel, drag, pinch and double-click become domains for the viewport. Its
 * transform is input only, never the truth: it is re-synced from the viewport's domain whenever the
 * domain, the width or the extent change for any other reason (a step, the URL, a resize).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { maxZoom } from '$lib/model/chart/camera';
import { projector, unprojector, type Domain } from '$lib/model/chart/projection';
import type { Viewport } from './viewport.svelte';

/** The transform of d3-zoom that shows `domain`, with `extent` across `width` pixels as its identity. */
function transformOf(domain: Domain, extent: Domain, width: number): ZoomTransform {
	const k = (extent[1] - extent[0]) / (domain[1] - domain[0]);
	return zoomIdentity.translate(-projector(extent, width)(domain[0]) * k, 0).scale(k);
}

/** The domain a transform of d3-zoom shows: the times under the view's edges, through d3-zoom's inverse. */
function domainOf(transform: ZoomTransform, extent: Domain, width: number): Domain {
	const timeAt = unprojector(extent, width);
	return [timeAt(transform.invertX(0)), timeAt(transform.invertX(width))];
}

const sameTransform = (p: ZoomTransform, q: ZoomTransform) => Math.abs(p.k - q.k) <= q.k * 1e-9 && Math.abs(p.x - q.x) <= 1e-6 * Math.max(1, Math.abs(q.x));

type ZoomEvent = D3ZoomEvent<HTMLElement, unknown>;

/** Turns gestures on the element into the viewport's domain. */
export function zoomInput(viewport: Viewport): Attachment<HTMLElement> {
	return (node) => {
		let gesture = false;
		let pending: ZoomTransform | undefined;
		let frame: number | undefined;
		// A gesture draws at most once a frame, however many input events arrive in it.
		const apply = () => {
			frame = undefined;
			if (pending) viewport.follow(domainOf(pending, viewport.extent, viewport.chartWidth));
			pending = undefined;
		};
		const behaviour = zoom<HTMLElement, unknown>()
			.on('start', (event: ZoomEvent) => {
				if (event.sourceEvent) gesture = true;
			})
			.on('zoom', (event: ZoomEvent) => {
				// A change without a source event is the re-sync below: the viewport already shows it.
				if (!event.sourceEvent) return;
				pending = event.transform;
				frame ??= requestAnimationFrame(apply);
			})
			.on('end', () => {
				if (!gesture) return;
				gesture = false;
				if (frame !== undefined) cancelAnimationFrame(frame);
				apply();
				viewport.settle();
				// The view may have moved for another reason while the gesture ran (a key, a button).
				resync();
			});
		const selection = select(node);
		selection.call(behaviour);
		// A double click or double tap zooms in, except on an event: there a second tap selects what the
		// first showed (d3-zoom calls this listener for double taps too).
		const zoomOnDoubleClick = selection.on('dblclick.zoom') as ((this: HTMLElement, event: Event, ...rest: unknown[]) => void) | null;
		selection.on('dblclick.zoom', function (this: HTMLElement, event: Event, ...rest: unknown[]) {
			if (event.target instanceof Element && event.target.closest('.event')) return;
			zoomOnDoubleClick?.call(this, event, ...rest);
		});
		// Let a finger scroll the page vertically over the chart; horizontal gestures still pan and pinch.
		selection.style('touch-action', 'pan-y pinch-zoom');

		/** Gives d3-zoom the viewport's domain, unless it shows it already or is in the middle of a gesture. */
		const resync = () => {
			const wanted = transformOf(viewport.domain, viewport.extent, viewport.chartWidth);
			if (!gesture && !sameTransform(zoomTransform(node), wanted)) behaviour.transform(selection, wanted);
		};
		$effect(() => {
			// Only the width matters: the view zooms and pans along time, and d3-zoom's vertical extent is inert.
			const box: [[number, number], [number, number]] = [
				[0, 0],
				[viewport.chartWidth, 1]
			];
			behaviour
				.scaleExtent([1, maxZoom(viewport.limits)])
				.extent(box)
				.translateExtent(box);
		});
		$effect(() => {
			void [viewport.domain, viewport.extent, viewport.chartWidth];
			untrack(resync);
		});

		return () => {
			if (frame !== undefined) cancelAnimationFrame(frame);
			selection.on('.zoom', null);
		};
	};
}
