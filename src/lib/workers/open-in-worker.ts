/** Opens files for the editor in its worker (open-worker.ts): the page stays live while a large one is read and checked. */
import type { LoadProgress } from '$lib/model/read/load-progress';
import type { EditorOpenResult as OpenResult } from '$lib/model/editor/open';
import type { FromOpenWorker, ToOpenWorker } from './open-worker';
import workerUrl from './open-worker.ts?worker&url';
import { runWorker, type WorkerRun } from './start-worker';

export type Opening = WorkerRun<OpenResult | { kind: 'cancelled' }>;

export function openInWorker(files: File[], onProgress: (progress: LoadProgress) => void): Opening {
	const failed = (reason: string): OpenResult => ({ kind: 'error', message: `${files.map((file) => file.name).join(', ')} could not be opened: ${reason}` });
	return runWorker<FromOpenWorker, OpenResult | { kind: 'cancelled' }>(
		workerUrl,
		{ type: 'open', files } satisfies ToOpenWorker,
		{
			receive(message, settle) {
				if (message.type === 'progress') onProgress(message.progress);
				else if (message.type === 'opened') settle(message.result);
			},
			failed: (how, detail) => failed(how === 'refused' ? `the browser refused the reader (${detail})` : `the reader stopped (${detail})`),
			cancelled: { kind: 'cancelled' }
		},
		{ reuse: true }
	);
}
