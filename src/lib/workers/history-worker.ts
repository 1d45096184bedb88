/**
 * The editor's drafting worker for histories: drafts a history of many articles as the editor's state off
 * the page's thread, telling the page how far it has got and, once the timeline's top events are made,
 * what they are, before the other candidates are drafted. Cancel terminates it.
 */
import type { HistoryProgress } from '$lib/model/history/document';
import { draftHistoryState, topEventsOf, type NewHistoryFields, type TopEvent } from '$lib/model/editor/new-history';
import type { HistoryState } from '$lib/model/editor/state';
import { encodeParts, type EncodedParts } from '$lib/model/editor/saved-parts';
import { progressGate } from './worker-protocol';

export type FromHistoryWorker =
	| { type: 'ready' }
	| { type: 'progress'; progress: HistoryProgress }
	| { type: 'top'; events: TopEvent[] }
	/** The history, and its parts encoded for saving in the browser, which the page need not encode then. */
	| { type: 'drafted'; state: HistoryState; parts: EncodedParts }
	| { type: 'failed'; message: string };
export type ToHistoryWorker = { type: 'draft'; fields: NewHistoryFields; events?: number };

const scope = self as unknown as {
	postMessage(message: FromHistoryWorker): void;
	onmessage: ((event: MessageEvent<ToHistoryWorker>) => void) | null;
};

function draft({ fields, events }: ToHistoryWorker) {
	const mayReport = progressGate();
	try {
		const state = draftHistoryState(fields, {
			...(events === undefined ? {} : { events }),
			// The last article of each phase is always told, so the bar ends full.
			onProgress: (progress) => {
				if (mayReport(progress.done === progress.total)) scope.postMessage({ type: 'progress', progress });
			},
			onTop: (candidates) => scope.postMessage({ type: 'top', events: topEventsOf(candidates) })
		});
		scope.postMessage({ type: 'drafted', state, parts: encodeParts(state) });
	} catch (error) {
		scope.postMessage({ type: 'failed', message: (error as Error).message });
	}
}

scope.onmessage = (event) => {
	if (event.data.type === 'draft') draft(event.data);
};
scope.postMessage({ type: 'ready' });
