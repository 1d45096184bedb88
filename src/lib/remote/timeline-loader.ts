/**
 * Loads a document by URL in the loading worker (timeline-worker.ts) and assembles the timeline it sends,
 * a batch of events per task. In a sandboxed iframe (an opaque origin) the browser refuses a worker from
 * the site's URL, so the same script is started from a blob of itself (start-worker.ts).
 */
import type { Fault } from '$lib/model/faults';
import type { LoadProgress } from '$lib/model/load-progress';
import type { TimelineEventData } from '$lib/model/schema';
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

export function loadTimelineInWorker(url: string, listener: LoadListener): Loading {
	let worker: Worker | undefined;
	let cancelled = false;
	let settle: (outcome: LoadOutcome) => void = () => {};
	const outcome = new Promise<LoadOutcome>((resolve) => (settle = resolve));
	const finish = (result: LoadOutcome) => {
		worker?.terminate();
		settle(result);
	};

	let shell: TimelineShell | undefined;
	let events: TimelineEvent[] = [];
	let documentEvents: TimelineEventData[] = [];
	let received = 0;
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
			case 'timeline':
				shell = message.shell;
				events = new Array<TimelineEvent>(shell.count);
				documentEvents = new Array<TimelineEventData>(shell.count);
				return listener.progress({ phase: 'receiving', done: 0, total: shell.count });
			case 'events': {
				if (!shell) return;
				message.events.forEach((event, i) => {
					events[received + i] = event;
					documentEvents[message.positions[i]!] = event.data;
				});
				received += message.events.length;
				listener.progress({ phase: 'receiving', done: received, total: shell.count });
				if (received < shell.count) return;
				const { document, text, asOf, hasArticleEvents, columns, format } = shell;
				const timeline = { document: { ...document, events: documentEvents }, text, asOf, events, hasArticleEvents, columns };
				// Drawn in a task of its own, not in the one that took in the last batch.
				setTimeout(() => finish({ state: 'ready', format, timeline }));
				return;
			}
		}
	};

	void startWorker(workerUrl).then(
		(started) => {
			if (cancelled) return started.terminate();
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
