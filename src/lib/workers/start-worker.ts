/**
 * Starting a worker from the site's own script, also where the page's origin is opaque (a sandboxed
 * iframe), where the browser refuses a worker from the site's URL: there the same script is started from
 * a blob of it. Every worker says { type: 'ready' } once its script runs.
 */

/** A worker once its script runs (it says so), or the error that stopped it starting. */
function started(url: string): Promise<Worker> {
	return new Promise((resolve, reject) => {
		// The built worker is one classic script (a blob of it could not import anything); in development
		// Vite serves it as a module.
		const worker = new Worker(url, { type: import.meta.env.DEV ? 'module' : 'classic' });
		worker.onmessage = (event: MessageEvent<{ type?: unknown }>) => {
			if (event.data.type === 'ready') resolve(worker);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject(new Error(event.message || 'the browser would not start it'));
		};
	});
}

export async function startWorker(workerUrl: string): Promise<Worker> {
	try {
		return await started(workerUrl);
	} catch {
		// A sandboxed iframe's opaque origin is not the script's: the same script, from a blob of this page's.
		const script = await fetch(workerUrl).then((response) => response.blob());
		const blobUrl = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
		return started(blobUrl).finally(() => URL.revokeObjectURL(blobUrl));
	}
}

/** A piece of work in a worker: how it ends, and how to stop it. */
export interface WorkerRun<Outcome> {
	outcome: Promise<Outcome>;
	cancel(): void;
}

interface RunHandlers<Message, Outcome> {
	/** Called once the worker runs (before `request` is sent). */
	started?(): void;
	/** Each message the worker sends; `settle` ends the run with its outcome. */
	receive(message: Message, settle: (outcome: Outcome) => void): void;
	/** The outcome when the worker could not start (`refused`) or stopped with an error (`stopped`). */
	failed(how: 'refused' | 'stopped', detail: string): Outcome;
	cancelled: Outcome;
}

/**
 * Workers that finished a run and wait for another, by script: a worker whose requests stand alone (the
 * editor's reader) is kept for the next run rather than started again, which costs its script's fetch and
 * compilation each time.
 */
const idle = new Map<string, Worker>();

/** A worker for the script at `url`: the one kept idle, if `reuse` allows it and there is one, else a new one. */
function workerFor(url: string, reuse: boolean): Promise<Worker> {
	const kept = reuse ? idle.get(url) : undefined;
	if (!kept) return startWorker(url);
	idle.delete(url);
	return Promise.resolve(kept);
}

/**
 * Starts the worker at `url`, sends it `request`, and hands its messages on until the run is settled, by
 * the worker's messages, its failure or a cancel. The worker is then terminated, unless `reuse` says its
 * requests stand alone and the run ended as it should: then it waits for the next run.
 */
export function runWorker<Message, Outcome>(url: string, request: unknown, handlers: RunHandlers<Message, Outcome>, { reuse = false } = {}): WorkerRun<Outcome> {
	let worker: Worker | undefined;
	let cancelled = false;
	let resolve: (outcome: Outcome) => void = () => {};
	const outcome = new Promise<Outcome>((done) => (resolve = done));
	const settle = (result: Outcome, completed = false) => {
		if (worker && reuse && completed && !idle.has(url)) {
			worker.onmessage = worker.onerror = null;
			idle.set(url, worker);
		} else worker?.terminate();
		worker = undefined;
		resolve(result);
	};
	void workerFor(url, reuse).then(
		(running) => {
			if (cancelled) return running.terminate();
			handlers.started?.();
			worker = running;
			worker.onmessage = (event: MessageEvent<Message>) => handlers.receive(event.data, (result) => settle(result, true));
			worker.onerror = (event) => {
				event.preventDefault();
				settle(handlers.failed('stopped', event.message || 'no reason given'));
			};
			worker.postMessage(request);
		},
		(error: unknown) => settle(handlers.failed('refused', (error as Error).message))
	);
	return {
		outcome,
		cancel() {
			cancelled = true;
			settle(handlers.cancelled);
		}
	};
}
