/**
 * Loads a document by URL in the loading worker (timeline-worker.ts) and assembles the timeline it sends,
 * a batch of events per task. In a sandboxed iframe (an opaque origin) the browser refuses a worker from
 * the site's URL, so the same script is started from a blob of itself (start-worker.ts).
 */
import type { Fault } from '$lib/model/faults';
import type { LoadProgress } from '$lib/model/load-progress';
import type { Timeline, TimelineEvent } from '$lib/model/timeline';
import { startWorker } from './start-worker';
import workerUrl from './timeline-worker.ts?worker&url';
import type { FromWorker, TimelineShell } from './worker-protocol';

export type LoadOutcome = { state: 'ready'; timeline: Timeline; format: TimelineShell['format'] } | { state: 'failed'; faults: Fault[]; total: number } | { state: 'cancelled' };

export interface LoadListener {
	progress(progress: LoadProgress): void;
	/** Faults found so far (the first few hundred) and their number. */
	faults(faults: Fault[], total: number): void;
}

export interface Loading {
	outcome: Promise<LoadOutcome>;
	cancel(): void;
}

/** Marks on the page's performance timeline, for the benchmark and a reader's profiler: where loading's time goes. */
const mark = (name: 'start' | 'worker-ready' | 'checked' | 'received') => performance.mark(`chronoscope:load:${name}`);

export function loadTimelineInWorker(url: string, listener: LoadListener): Loading {
	mark('start');
	let worker: Worker | undefined;
	let cancelled = false;
	let settle: (outcome: LoadOutcome) => void = () => {};
	const outcome = new Promise<LoadOutcome>((resolve) => (settle = resolve));
	const finish = (result: LoadOutcome) => {
		worker?.terminate();
		settle(result);
	};

	let received: TimelineEvent[] = [];
	let listedFaults: Fault[] = [];
	const receive = (message: FromWorker) => {
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
				// A batch at a time, each its own task (the message's copy is made as it is read).
				for (const event of message.events) received.push(event);
				return;
			case 'timeline': {
				mark('received');
				const { document, text, asOf, hasArticleEvents, columns, order, format } = message.shell;
				const documentEvents = received.map((event) => event.data);
				const events = Array.from(order, (at, place) => {
					const event = received[at]!;
					event.order = place;
					return event;
				});
				received = [];
				const timeline: Timeline = { document: { ...document, events: documentEvents }, text, asOf, events, hasArticleEvents, columns };
				// Drawn in a task of its own.
				setTimeout(() => finish({ state: 'ready', format, timeline }));
				return;
			}
		}
	};

	void startWorker(workerUrl).then(
		(started) => {
			if (cancelled) return started.terminate();
			mark('worker-ready');
			worker = started;
			worker.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
			worker.onerror = (event) => {
				event.preventDefault();
				finish({ state: 'failed', faults: [{ file: url, path: '$', reason: `could not be loaded: the loader stopped (${event.message || 'no reason given'})` }], total: 1 });
			};
			worker.postMessage({ type: 'load', url });
		},
		(error: unknown) =>
			finish({ state: 'failed', faults: [{ file: url, path: '$', reason: `could not be loaded: the browser refused the loader (${(error as Error).message})` }], total: 1 })
	);

	return {
		outcome,
		cancel() {
			cancelled = true;
			finish({ state: 'cancelled' });
		}
	};
}
