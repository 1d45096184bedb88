/** Opens files for the editor in its worker (open-worker.ts): the page stays live while a large one is read and checked. */
import type { LoadProgress } from '$lib/model/load-progress';
import type { OpenResult } from '$lib/model/editor/open-files';
import type { FromOpenWorker, ToOpenWorker } from './open-worker';
import workerUrl from './open-worker.ts?worker&url';
import { startWorker } from './start-worker';

export interface Opening {
	outcome: Promise<OpenResult | { kind: 'cancelled' }>;
	cancel(): void;
}

export function openInWorker(files: File[], onProgress: (progress: LoadProgress) => void): Opening {
	let worker: Worker | undefined;
	let settle: (outcome: OpenResult | { kind: 'cancelled' }) => void = () => {};
	const outcome = new Promise<OpenResult | { kind: 'cancelled' }>((resolve) => (settle = resolve));
	const finish = (result: OpenResult | { kind: 'cancelled' }) => {
		worker?.terminate();
		settle(result);
	};
	const fail = (reason: string) => finish({ kind: 'error', message: `${files.map((file) => file.name).join(', ')} could not be opened: ${reason}` });
	let cancelled = false;
	void startWorker(workerUrl).then(
		(started) => {
			if (cancelled) return started.terminate();
			worker = started;
			worker.onmessage = (event: MessageEvent<FromOpenWorker>) => {
				if (event.data.type === 'progress') onProgress(event.data.progress);
				else if (event.data.type === 'opened') finish(event.data.result);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				fail(`the reader stopped (${event.message || 'no reason given'})`);
			};
			worker.postMessage({ type: 'open', files } satisfies ToOpenWorker);
		},
		(error: unknown) => fail(`the browser refused the reader (${(error as Error).message})`)
	);
	return {
		outcome,
		cancel() {
			cancelled = true;
			finish({ kind: 'cancelled' });
		}
	};
}
