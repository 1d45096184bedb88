/**
 * The editor's opening worker: reads the files a person opened and turns them into what the editor works
 * on (openFiles), off the page's thread, telling the page how far it has got; or reads the articles of a
 * new history from them (openArticleFiles: text files, JSON Lines, zips).
 */
import type { LoadProgress } from '$lib/model/read/load-progress';
import { openFiles, type EditorOpenResult } from '$lib/model/editor/open';
import { openArticleFiles, type OpenedArticles } from '$lib/model/editor/history-files';
import { progressGate } from './worker-protocol';

export type FromOpenWorker =
	{ type: 'ready' } | { type: 'progress'; progress: LoadProgress } | { type: 'opened'; result: EditorOpenResult } | { type: 'articles'; result: OpenedArticles };
export type ToOpenWorker = { type: 'open' | 'open-articles'; files: File[] };

const scope = self as unknown as {
	postMessage(message: FromOpenWorker): void;
	onmessage: ((event: MessageEvent<ToOpenWorker>) => void) | null;
};

// Bytes, not file.text(): that would decode a file that is not UTF-8 into replacement characters, unnamed.
const bytesOf = (files: File[]) => Promise.all(files.map(async (file) => ({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) })));

async function open(files: File[]) {
	const read = await bytesOf(files);
	const mayReport = progressGate();
	const result = openFiles(read, (progress) => {
		if (mayReport()) scope.postMessage({ type: 'progress', progress });
	});
	scope.postMessage({ type: 'opened', result });
}

async function openArticles(files: File[]) {
	scope.postMessage({ type: 'articles', result: openArticleFiles(await bytesOf(files)) });
}

scope.onmessage = (event) => {
	if (event.data.type === 'open') void open(event.data.files);
	else if (event.data.type === 'open-articles') void openArticles(event.data.files);
};
scope.postMessage({ type: 'ready' });
