/**
 * The loading worker: fetches a document by URL, parses, converts and checks it off the page's thread,
 * reports its progress, and sends the timeline back in batches (worker-protocol.ts).
 */
import { eventColumns } from '$lib/model/event-columns';
import type { Fault } from '$lib/model/faults';
import type { TimelineDocument } from '$lib/model/schema';
import type { TimelineEvent } from '$lib/model/timeline';
import { loadRemoteTimeline } from './load-remote-timeline';
import { EVENTS_PER_MESSAGE, LISTED_FAULTS, type FromWorker, type ToWorker } from './worker-protocol';

const scope = self as unknown as {
	postMessage(message: FromWorker, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** Progress at most this often: each message is a task for the page. */
const PROGRESS_EVERY_MS = 50;

async function load(url: string) {
	let reported = 0;
	let faultsPosted = 0;
	// Events go to the page while the rest are checked, in the document's order, in batches; once a fault
	// is found no more are sent, since the timeline will not be shown.
	const sentAt = new Map<TimelineEvent, number>();
	const send = (resolved: readonly TimelineEvent[], all: boolean) => {
		while (resolved.length - sentAt.size >= (all ? 1 : EVENTS_PER_MESSAGE)) {
			const batch = resolved.slice(sentAt.size, sentAt.size + EVENTS_PER_MESSAGE);
			for (const event of batch) sentAt.set(event, sentAt.size);
			post({ type: 'events', events: shareEmpty(batch) });
		}
	};
	const result = await loadRemoteTimeline(url, url, (progress, faults, resolved) => {
		// The last report comes with every event resolved, before they are sorted.
		if (resolved && faults?.length === 0) send(resolved, 'total' in progress && progress.done === progress.total);
		const now = performance.now();
		const last = 'total' in progress && progress.done === progress.total;
		if (now - reported < PROGRESS_EVERY_MS && !last) return;
		reported = now;
		post({ type: 'progress', progress });
		if (faults && faults.length > faultsPosted) {
			// The listed ones are sent once; later messages only count the rest.
			post({ type: 'faults', faults: faultsPosted < LISTED_FAULTS ? listed(faults) : [], total: faults.length });
			faultsPosted = faults.length;
		}
	});
	const { timeline, faults } = result;
	if (!timeline) {
		post({ type: 'failed', faults: listed(faults), total: faults.length });
		return;
	}
	const { document, events, text, asOf, hasArticleEvents } = timeline;
	// The document's events are those sent; the page puts them back.
	const documentShell = Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'events')) as Omit<TimelineDocument, 'events'>;
	// Each event's place in what was sent (the document's order: a timeline resolved every event of it), in time order.
	const order = Int32Array.from(events, (event) => sentAt.get(event) ?? -1);
	const columns = eventColumns(timeline);
	post({ type: 'timeline', shell: { document: documentShell, text, asOf, hasArticleEvents, columns, order, format: result.format ?? 'chronoscope', count: events.length } }, [
		...Object.values(columns).map((column: ArrayBufferView) => column.buffer as ArrayBuffer),
		order.buffer
	]);
}

const NONE: never[] = [];

/**
 * Events without excerpts share one empty list: a structured clone copies an object once per message
 * however often it is referred to. Sharing more (lanes lists, a day's bounds) cost the worker more time
 * finding what repeats than it saved in copying.
 */
function shareEmpty(batch: TimelineEvent[]): TimelineEvent[] {
	for (const event of batch) {
		if (event.data.excerpts.length === 0) event.data.excerpts = NONE;
		if (event.excerpts.length === 0) event.excerpts = NONE;
	}
	return batch;
}

const listed = (faults: readonly Fault[]) => faults.slice(0, LISTED_FAULTS);

scope.onmessage = (event) => {
	if (event.data.type === 'load') void load(event.data.url);
};
post({ type: 'ready' });
