/**
 * The search worker: builds a timeline's search index from the records the page sends, off the page's
 * thread, and answers queries against it (search-protocol.ts).
 */
import { parseQuery, queryWords } from '$lib/model/search/query';
import { SearchIndexBuilder, type SearchIndex } from '$lib/model/search/search-index';
import { recordOf } from '$lib/model/search/search-record';
import type { SentEvent } from './loaded-events';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';

const scope = self as unknown as {
	postMessage(message: FromSearchWorker, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
};

let builder: SearchIndexBuilder | undefined;
let index: SearchIndex | undefined;
let started = 0;
let texts: readonly string[] = [];
/** The latest query, waiting for the index or for the worker's next turn. */
let pending: Extract<ToSearchWorker, { type: 'query' }> | undefined;
let scheduled = false;

function answer() {
	scheduled = false;
	if (!index || !pending) return;
	const { id, text, filters } = pending;
	pending = undefined;
	const parsed = parseQuery(text);
	if (parsed.kind === 'refused') {
		scope.postMessage({ type: 'answer', id, text, matches: new Int32Array(0), words: [], note: parsed.reason, refused: true });
		return;
	}
	const matches = index.search(parsed.kind === 'terms' ? parsed.terms : [], filters);
	const note = parsed.kind === 'empty' ? parsed.reason : undefined;
	scope.postMessage({ type: 'answer', id, text, matches, words: queryWords(parsed), ...(note ? { note } : {}) }, [matches.buffer]);
}

/** Answers on the worker's next turn, after any queries already waiting: only the last of them is answered. */
function schedule() {
	if (scheduled) return;
	scheduled = true;
	setTimeout(answer);
}

scope.onmessage = ({ data: message }) => {
	switch (message.type) {
		case 'begin':
			started = performance.now();
			index = undefined;
			texts = message.texts;
			builder = new SearchIndexBuilder(message.labels);
			return;
		case 'batch': {
			const events = JSON.parse(message.json) as SentEvent[];
			events.forEach(({ data, excerpts }, i) => builder?.add(recordOf(data, excerpts, texts, message.start[i]!, message.end[i]!)));
			return;
		}
		case 'records':
			for (const record of message.records) builder?.add(record);
			return;
		case 'end': {
			if (!builder) return;
			index = builder.build();
			builder = undefined;
			const size = index.size;
			scope.postMessage({ type: 'built', figures: { events: index.count, words: size.words, postings: size.postings, bytes: size.bytes, buildMs: performance.now() - started } });
			schedule();
			return;
		}
		case 'query':
			pending = message;
			schedule();
			return;
	}
};
scope.postMessage({ type: 'ready' });
