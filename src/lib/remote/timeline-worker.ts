/**
 * The loading worker: fetches a document by URL, parses, converts and checks it off the page's thread,
 * reports its progress, and sends the timeline back in batches (worker-protocol.ts).
 */
import { eventColumns } from '$lib/model/event-columns';
import type { Fault } from '$lib/model/faults';
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
	const result = await loadRemoteTimeline(url, url, (progress, faults) => {
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
	const { events: documentEvents, ...documentShell } = document;
	const positionOf = new Map(documentEvents.map((event, position) => [event.id, position]));
	const columns = eventColumns(timeline);
	post(
		{ type: 'timeline', shell: { document: documentShell, text, asOf, hasArticleEvents, columns, format: result.format ?? 'chronoscope', count: events.length } },
		Object.values(columns).map((column: ArrayBufferView) => column.buffer as ArrayBuffer)
	);
	const shared = new Map<string, unknown>();
	for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
		const batch = shareRepeated(events.slice(from, from + EVENTS_PER_MESSAGE), shared);
		const positions = Int32Array.from(batch, (event) => positionOf.get(event.data.id) ?? -1);
		post({ type: 'events', events: batch, positions }, [positions.buffer]);
	}
}

const NONE: never[] = [];

/**
 * The parts events repeat (their lanes, their citations, the bounds of a day, no excerpts) made one object
 * each: a structured clone copies an object once per message however often it is referred to, so the page
 * allocates, and its collector walks, far fewer objects. Nothing mutates a loaded event.
 */
function shareRepeated(batch: TimelineEvent[], shared: Map<string, unknown>): TimelineEvent[] {
	const one = <T>(key: string, value: T): T => {
		const found = shared.get(key);
		if (found !== undefined) return found as T;
		shared.set(key, value);
		return value;
	};
	for (const event of batch) {
		const { data, date } = event;
		data.lanes = one(`lanes ${data.lanes.join(' ')}`, data.lanes);
		data.date.citations = one(`citations ${JSON.stringify(data.date.citations)}`, data.date.citations);
		if (data.excerpts.length === 0) data.excerpts = NONE;
		if (event.excerpts.length === 0) event.excerpts = NONE;
		date.from = one(`bound ${JSON.stringify(date.from)}`, date.from);
		if (date.to) date.to = one(`bound ${JSON.stringify(date.to)}`, date.to);
	}
	return batch;
}

const listed = (faults: readonly Fault[]) => faults.slice(0, LISTED_FAULTS);

scope.onmessage = (event) => {
	if (event.data.type === 'load') void load(event.data.url);
};
post({ type: 'ready' });
