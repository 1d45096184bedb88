/**
 * The loading worker: fetches a document by URL, parses, converts and checks it off the page's thread,
 * reports its progress, and sends the timeline back in batches (worker-protocol.ts).
 */
import type { Fault } from '$lib/model/faults';
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
	const result = await loadRemoteTimeline(url, url, (progress) => {
		const now = performance.now();
		const last = 'done' in progress && 'total' in progress && progress.done === progress.total;
		if (now - reported < PROGRESS_EVERY_MS && !last) return;
		reported = now;
		post({ type: 'progress', progress });
	});
	const { timeline, faults } = result;
	if (!timeline) {
		post({ type: 'failed', faults: listed(faults), total: faults.length });
		return;
	}
	const { document, events, ...rest } = timeline;
	const { events: documentEvents, ...documentShell } = document;
	const positionOf = new Map(documentEvents.map((event, position) => [event.id, position]));
	post({ type: 'timeline', shell: { ...rest, document: documentShell, format: result.format ?? 'chronoscope', count: events.length } });
	for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
		const batch = events.slice(from, from + EVENTS_PER_MESSAGE);
		const positions = Int32Array.from(batch, (event) => positionOf.get(event.data.id) ?? -1);
		post({ type: 'events', events: batch, positions }, [positions.buffer]);
	}
}

const listed = (faults: readonly Fault[]) => faults.slice(0, LISTED_FAULTS);

scope.onmessage = (event) => {
	if (event.data.type === 'load') void load(event.data.url);
};
post({ type: 'ready' });
