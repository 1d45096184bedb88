/**
 * What lies beyond a view with nothing in it: how many events end before it and begin after it, and the
 * nearest of each, so that a reader zoomed into empty time can find the way back.
 */
import type { Domain } from './projection';
import type { TimelineEvent } from '../document/timeline';

export interface Beyond {
	count: number;
	nearest: TimelineEvent;
}

export interface EventsBeyond {
	before?: Beyond;
	after?: Beyond;
}

/** The events either side of `domain`, or undefined where any event overlaps it (the view is not empty). */
export function eventsBeyond(events: readonly TimelineEvent[], [a, b]: Domain): EventsBeyond | undefined {
	let before: Beyond | undefined;
	let after: Beyond | undefined;
	for (const event of events) {
		const { start, end } = event.date;
		if (end <= a) {
			if (!before) before = { count: 1, nearest: event };
			else {
				before.count++;
				if (end > before.nearest.date.end) before.nearest = event;
			}
		} else if (start >= b) {
			if (!after) after = { count: 1, nearest: event };
			else {
				after.count++;
				if (start < after.nearest.date.start) after.nearest = event;
			}
		} else return undefined;
	}
	return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}
