/**
 * The loading worker: fetches a document by URL, parses, converts and checks it off the page's thread,
 * reports its progress, and sends the timeline back in batches (worker-protocol.ts).
 */
import { DATE_STRIDE, writeDate } from '$lib/model/date/date-columns';
import { eventColumns } from '$lib/model/document/event-columns';
import type { Fault } from '$lib/model/document/faults';
import type { TimelineDocument } from '$lib/model/document/schema';
import { loadRemoteTimeline } from './load-remote-timeline';
import { EVENTS_PER_MESSAGE, LISTED_FAULTS, progressGate, type FromWorker, type ToWorker } from './worker-protocol';

const scope = self as unknown as {
	postMessage(message: FromWorker, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function load(url: string) {
	const mayReport = progressGate();
	let faultsPosted = 0;
	const result = await loadRemoteTimeline(url, url, (progress, faults) => {
		if (!mayReport('total' in progress && progress.done === progress.total)) return;
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
	const { document, events, articles, asOf, hasArticleEvents } = timeline;
	// In time order, so that the events a view shows are in few batches (the page parses a batch when
	// one of its events is first read).
	for (let from = 0; from < events.length; from += EVENTS_PER_MESSAGE) {
		const batch = events.slice(from, from + EVENTS_PER_MESSAGE);
		const dates = new Float64Array(2 * batch.length * DATE_STRIDE);
		batch.forEach((event, i) => {
			writeDate(dates, 2 * i * DATE_STRIDE, event.date);
			writeDate(dates, (2 * i + 1) * DATE_STRIDE, event.stated);
		});
		post({ type: 'events', json: JSON.stringify(batch.map(({ data, excerpts }) => ({ data, excerpts }))), dates }, [dates.buffer]);
	}
	// The document's events are those sent; the page puts them back in the document's order.
	const documentShell = Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'events')) as Omit<TimelineDocument, 'events'>;
	const positionOf = new Map(document.events.map((data, position) => [data, position]));
	const positions = Int32Array.from(events, (event) => positionOf.get(event.data) ?? -1);
	const columns = eventColumns(timeline);
	post({ type: 'timeline', shell: { document: documentShell, articles, asOf, hasArticleEvents, columns, positions, format: result.format ?? 'chronoscope' } }, [
		...Object.values(columns).map((column: ArrayBufferView) => column.buffer as ArrayBuffer),
		positions.buffer
	]);
}

const listed = (faults: readonly Fault[]) => faults.slice(0, LISTED_FAULTS);

scope.onmessage = (event) => {
	if (event.data.type === 'load') void load(event.data.url);
};
post({ type: 'ready' });
