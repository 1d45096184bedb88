/** Opens files for the editor in its worker (open-worker.ts): the page stays live while a large one is read and checked. */
import type { OpenedArticles } from '$lib/model/editor/history-files';
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

export type OpeningArticles = WorkerRun<OpenedArticles | { kind: 'cancelled' }>;

/** Reads the articles of a new history from files (text files, JSON Lines, zips) in the same worker. */
export function openArticlesInWorker(files: File[]): OpeningArticles {
	const names = files.map((file) => file.name).join(', ');
	const failed = (reason: string): OpenedArticles => ({ articles: [], problems: [`${names} could not be opened: ${reason}`] });
	return runWorker<FromOpenWorker, OpenedArticles | { kind: 'cancelled' }>(
		workerUrl,
		{ type: 'open-articles', files } satisfies ToOpenWorker,
		{
			receive(message, settle) {
				if (message.type === 'articles') settle(message.result);
			},
			failed: (how, detail) => failed(how === 'refused' ? `the browser refused the reader (${detail})` : `the reader stopped (${detail})`),
			cancelled: { kind: 'cancelled' }
		},
		{ reuse: true }
	);
}
