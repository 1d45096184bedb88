import { getContext, setContext } from 'svelte';
import type { TimelineEvent } from '$lib/model/document/timeline';

/** What an event's target on the chart reports to the view that owns the tooltip and the keys. */
export interface EventHandlers {
	/** A click or a tap; `firstTap` when a finger touched an event whose tooltip was not showing. */
	activate: (event: TimelineEvent, target: Element, firstTap: boolean) => void;
	key: (keyboardEvent: KeyboardEvent, event: TimelineEvent) => void;
	focus: (event: TimelineEvent, target: Element) => void;
	blur: (event: TimelineEvent) => void;
	/** The pointer enters (with the event) or leaves (undefined) a mark. */
	hover: (event: TimelineEvent | undefined, target?: Element) => void;
}

/** The chart's events' handlers, and the event whose tooltip shows, shared with the lanes. */
export interface EventInteraction {
	handlers: EventHandlers;
	readonly tipId: string | undefined;
}

const KEY = Symbol('event-interaction');

export function provideInteraction(interaction: EventInteraction) {
	setContext(KEY, interaction);
}

export function useInteraction(): EventInteraction {
	const interaction = getContext<EventInteraction | undefined>(KEY);
	if (!interaction) throw new Error('useInteraction: no TimelineView above this component');
	return interaction;
}
