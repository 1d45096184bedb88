/**
 * Loads a document by URL in the loading worker (timeline-worker.ts) and assembles the timeline it sends:
 * a record per event over the batches it sent (loaded-events.ts). In a sandboxed iframe (an opaque origin) the browser refuses a worker from
 * the site's URL, so the same script is started from a blob of itself (start-worker.ts).
 */
import type { Fault } from '$lib/model/document/faults';
import type { LoadProgress } from '$lib/model/read/load-progress';
import type { TimelineDocument, TimelineEventData } from '$lib/model/document/schema';
import type { Timeline } from '$lib/model/document/timeline';
import { EventBatch, keepBatches, LoadedEvent } from './loaded-events';
import { runWorker, type WorkerRun } from './start-worker';
import workerUrl from './timeline-worker.ts?worker&url';
import { EVENTS_PER_MESSAGE, type FromWorker, type TimelineShell, type ToWorker } from './worker-protocol';

export type LoadOutcome = { state: 'ready'; timeline: Timeline; format: TimelineShell['format'] } | { state: 'failed'; faults: Fault[]; total: number } | { state: 'cancelled' };

export interface LoadListener {
	progress(progress: LoadProgress): void;
	/** Faults found so far (the first few hundred) and their number. */
	faults(faults: Fault[], total: number): void;
}

export type Loading = WorkerRun<LoadOutcome>;

/** Marks on the page's performance timeline, for the benchmark and a reader's profiler: where loading's time goes. */
const mark = (name: 'start' | 'worker-ready' | 'received') => performance.mark(`chronoscope:load:${name}`);

export function loadTimelineInWorker(url: string, listener: LoadListener): Loading {
	mark('start');
	let batches: EventBatch[] = [];
	let listedFaults: Fault[] = [];
	const receive = (message: FromWorker, finish: (outcome: LoadOutcome) => void) => {
		switch (message.type) {
			case 'ready':
				return;
			case 'progress':
				return listener.progress(message.progress);
			case 'faults':
				if (message.faults.length > 0) listedFaults = message.faults;
				return listener.faults(listedFaults, message.total);
			case 'failed':
				return finish({ state: 'failed', faults: message.faults, total: message.total });
			case 'events':
				batches.push(new EventBatch(message.json, message.dates));
				return;
			case 'timeline': {
				mark('received');
				const { document, articles, asOf, hasArticleEvents, columns, positions, format } = message.shell;
				const sent = batches;
				batches = [];
				const events = Array.from(positions, (_, order) => new LoadedEvent(sent[Math.floor(order / EVENTS_PER_MESSAGE)]!, order % EVENTS_PER_MESSAGE, order));
				// The document's own list, in its order, made when first asked for: reading it reads every event.
				let documentEvents: TimelineEventData[] | undefined;
				const fullDocument = Object.defineProperty({ ...document }, 'events', {
					enumerable: true,
					get: () => {
						if (!documentEvents) {
							documentEvents = new Array<TimelineEventData>(events.length);
							events.forEach((event, order) => (documentEvents![positions[order]!] = event.data));
						}
						return documentEvents;
					}
				}) as TimelineDocument;
				const timeline: Timeline = { document: fullDocument, articles, asOf, events, hasArticleEvents, columns };
				keepBatches(timeline, sent);
				// Drawn in a task of its own.
				setTimeout(() => finish({ state: 'ready', format, timeline }));
				return;
			}
		}
	};

	const failed = (reason: string): LoadOutcome => ({ state: 'failed', faults: [{ file: url, path: '$', reason: `could not be loaded: ${reason}` }], total: 1 });
	return runWorker<FromWorker, LoadOutcome>(workerUrl, { type: 'load', url } satisfies ToWorker, {
		started: () => mark('worker-ready'),
		receive,
		failed: (how, detail) => failed(how === 'refused' ? `the browser refused the loader (${detail})` : `the loader stopped (${detail})`),
		cancelled: { state: 'cancelled' }
	});
}
