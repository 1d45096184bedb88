import type { TimelineEvent } from '$lib/model/document/timeline';

/**
 * Which event's tooltip shows, where its event is on screen, and in which view it was shown: a tooltip
 * belongs to the view it was opened in (the owner hides it once the view has moved). Hides after a short
 * grace period so a pointer can reach it.
 */
export class TooltipState {
	// Raw: a deep proxy would make the event a different object from the one the chart holds.
	current: { event: TimelineEvent; target: Element; rect: DOMRect; ceiling: number; view: unknown } | undefined = $state.raw();
	#timer: ReturnType<typeof setTimeout> | undefined;

	show(event: TimelineEvent, target: Element, view: unknown) {
		this.keep();
		this.current = { event, target, rect: target.getBoundingClientRect(), ceiling: ceilingOf(target), view };
	}

	/** Keeps a tooltip that was about to hide (the pointer moved onto it). */
	keep() {
		clearTimeout(this.#timer);
	}

	hideSoon() {
		this.keep();
		this.#timer = setTimeout(() => (this.current = undefined), 150);
	}

	hide() {
		this.keep();
		this.current = undefined;
	}

	/** Follows the event after the page scrolled; hides it if the event is gone. */
	refresh() {
		const current = this.current;
		if (!current) return;
		if (!current.target.isConnected) this.current = undefined;
		else this.current = { ...current, rect: current.target.getBoundingClientRect(), ceiling: ceilingOf(current.target) };
	}
}

/** The top of the chart an event is drawn in, on screen: a tooltip stays below it, off the toolbar above. */
const ceilingOf = (target: Element) => target.closest('.surface')?.getBoundingClientRect().top ?? 0;
