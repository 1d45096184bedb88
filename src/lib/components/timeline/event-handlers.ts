import type { TimelineEvent } from '$lib/model/timeline';

/** What an event mark on the chart reports to the view that owns selection, focus and the tooltip. */
export interface EventHandlers {
	/** A click or a tap; `firstTap` when a finger touched an event whose tooltip was not showing. */
	activate: (event: TimelineEvent, target: Element, firstTap: boolean) => void;
	key: (keyboardEvent: KeyboardEvent, event: TimelineEvent) => void;
	focus: (event: TimelineEvent, target: Element) => void;
	blur: (event: TimelineEvent) => void;
	/** The pointer enters (with the event) or leaves (undefined) a mark. */
	hover: (event: TimelineEvent | undefined, target?: Element) => void;
}

/** What selected an event: the chart (click, tap, Enter), the article's excerpt, or the URL. */
export type SelectionSource = 'timeline' | 'article' | 'url';
