/**
 * The editor's opening worker: reads the files a person opened and turns them into what the editor works
 * on (openFiles), off the page's thread, telling the page how far it has got.
 */
import type { LoadProgress } from '$lib/model/read/load-progress';
import { openFiles, type EditorOpenResult } from '$lib/model/editor/open';
import { progressGate } from './worker-protocol';

export type FromOpenWorker = { type: 'ready' } | { type: 'progress'; progress: LoadProgress } | { type: 'opened'; result: EditorOpenResult };
export type ToOpenWorker = { type: 'open'; files: File[] };

const scope = self as unknown as {
	postMessage(message: FromOpenWorker): void;
	onmessage: ((event: MessageEvent<ToOpenWorker>) => void) | null;
};

async function open(files: File[]) {
	// Bytes, not file.text(): that would decode a file that is not UTF-8 into replacement characters, unnamed.
	const read = await Promise.all(files.map(async (file) => ({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) })));
	const mayReport = progressGate();
	const result = openFiles(read, (progress) => {
		if (mayReport()) scope.postMessage({ type: 'progress', progress });
	});
	scope.postMessage({ type: 'opened', result });
}

scope.onmessage = (event) => {
	if (event.data.type === 'open') void open(event.data.files);
};
scope.postMessage({ type: 'ready' });
