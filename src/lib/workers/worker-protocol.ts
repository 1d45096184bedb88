/**
 * What the loading worker and the page say to each other. A document is checked in the worker; the page
 * receives its progress and faults as they are found, then its events in time order, a batch of JSON at a
 * time (parsed only when one of its events is read: see loaded-events.ts), then the timeline without its
 * events, whose `positions` put them back in the document's order.
 */
import type { EventColumns } from '$lib/model/document/event-columns';
import type { Fault } from '$lib/model/document/faults';
import type { LoadProgress } from '$lib/model/read/load-progress';
import type { TimelineDocument } from '$lib/model/document/schema';
import type { Timeline } from '$lib/model/document/timeline';

/** How many faults are listed; beyond them, only their number. */
export const LISTED_FAULTS = 300;

/** A worker's progress goes to the page at most this often: each message is a task for the page. */
const PROGRESS_EVERY_MS = 50;

/** Says whether a progress report may go now (a final one always may), and if so counts it as sent. */
export function progressGate(): (final?: boolean) => boolean {
	let sent = -Infinity;
	return (final = false) => {
		const now = performance.now();
		if (now - sent < PROGRESS_EVERY_MS && !final) return false;
		sent = now;
		return true;
	};
}

/** Events per message: the page parses a batch when one of its events is first read, so this bounds that parse. */
export const EVENTS_PER_MESSAGE = 500;

export type ToWorker = { type: 'load'; url: string };

/** The timeline without its events, sent after their batches; the page makes `events` and `document.events` from those. */
export interface TimelineShell extends Omit<Timeline, 'events' | 'document' | 'columns'> {
	document: Omit<TimelineDocument, 'events'>;
	columns: EventColumns;
	/** For each event in time order (as the batches sent them), its place in the document's own list. */
	positions: Int32Array;
	format: 'chronoscope' | 'timelinejs';
}

export type FromWorker =
	/** The worker's script runs. */
	| { type: 'ready' }
	| { type: 'progress'; progress: LoadProgress }
	/** Faults found so far: the first LISTED_FAULTS of them (none when those were sent already), and how many there are in all. */
	| { type: 'faults'; faults: Fault[]; total: number }
	| { type: 'failed'; faults: Fault[]; total: number }
	| { type: 'timeline'; shell: TimelineShell }
	/** Events checked, in time order: their records and excerpts as JSON, their dates as columns (see loaded-events.ts). */
	| { type: 'events'; json: string; dates: Float64Array };
