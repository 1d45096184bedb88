/**
 * Story mode on a narrow screen: the card is docked at the foot of the window, under the chart, and each
 * step scrolls the page (as little as it can) so that the chart, or at least its axis and the event told,
 * is in view above the card, where the reader sees the view move to it.
 */

/** A vertical stretch of the page, in the window's coordinates. */
export interface Stretch {
	top: number;
	bottom: number;
}

/**
 * How far to scroll the page (positive: down) so that `chart` is in view within `room`: all of it where it
 * fits, else the stretch from its top (the axis) to the event told where that fits, else the event.
 */
export function storyScrollBy(chart: Stretch, event: Stretch | undefined, room: Stretch): number {
	const height = room.bottom - room.top;
	let wanted: Stretch;
	if (chart.bottom - chart.top <= height) wanted = chart;
	else if (event && event.bottom - chart.top <= height) wanted = { top: chart.top, bottom: event.bottom };
	else wanted = event ?? { top: chart.top, bottom: chart.top + height };
	if (wanted.top < room.top) return wanted.top - room.top;
	if (wanted.bottom > room.bottom) return Math.min(wanted.bottom - room.bottom, wanted.top - room.top);
	return 0;
}

/** Scrolls the page so that the chart of `card`'s view, and the event `id` on it, are in view above the docked card. */
export function revealChartAbove(card: HTMLElement, id: string | undefined) {
	const chart = card.closest('.timeline-view')?.querySelector<HTMLElement>('.chart-surface');
	if (!chart) return;
	const target = id === undefined ? null : chart.querySelector<SVGElement>(`.event[data-event-id="${CSS.escape(id)}"]`);
	const box = (element: Element): Stretch => {
		const { top, bottom } = element.getBoundingClientRect();
		return { top, bottom };
	};
	// The card sits at the window's foot once docked, wherever it is in the page now.
	const room = { top: 0, bottom: window.innerHeight - card.offsetHeight - 8 };
	const by = storyScrollBy(box(chart), target ? box(target) : undefined, room);
	if (Math.abs(by) < 1) return;
	const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
	window.scrollBy({ top: by, behavior: instant ? 'instant' : 'smooth' });
}
