/** Drafts a history for the editor in its worker (history-worker.ts): the page stays live, shows how far drafting has got, and can cancel it. */
import type { HistoryProgress } from '$lib/model/history/document';
import type { NewHistoryFields, TopEvent } from '$lib/model/editor/new-history';
import type { HistoryState } from '$lib/model/editor/state';
import type { EncodedParts } from '$lib/model/editor/saved-parts';
import type { FromHistoryWorker, ToHistoryWorker } from './history-worker';
import workerUrl from './history-worker.ts?worker&url';
import { runWorker, type WorkerRun } from './start-worker';

export type HistoryDrafted = { kind: 'drafted'; state: HistoryState; parts: EncodedParts } | { kind: 'error'; message: string } | { kind: 'cancelled' };

export interface DraftingHandlers {
	onProgress(progress: HistoryProgress): void;
	/** The timeline's top events, as soon as they are drafted. */
	onTop(events: TopEvent[]): void;
}

export function draftHistoryInWorker(fields: NewHistoryFields, handlers: DraftingHandlers, events?: number): WorkerRun<HistoryDrafted> {
	const failed = (reason: string): HistoryDrafted => ({ kind: 'error', message: `The history could not be drafted: ${reason}` });
	return runWorker<FromHistoryWorker, HistoryDrafted>(
		workerUrl,
		{ type: 'draft', fields, ...(events === undefined ? {} : { events }) } satisfies ToHistoryWorker,
		{
			receive(message, settle) {
				if (message.type === 'progress') handlers.onProgress(message.progress);
				else if (message.type === 'top') handlers.onTop(message.events);
				else if (message.type === 'drafted') settle({ kind: 'drafted', state: message.state, parts: message.parts });
				else if (message.type === 'failed') settle(failed(message.message));
			},
			failed: (how, detail) => failed(how === 'refused' ? `the browser refused the drafting worker (${detail})` : `the drafting worker stopped (${detail})`),
			cancelled: { kind: 'cancelled' }
		},
		{ reuse: true }
	);
}
