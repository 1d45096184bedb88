/**
 * The page's side of the search worker (search-worker.ts): sends a timeline's searchable records to it in
 * batches, each in a task of its own so that the page stays live while a large timeline is sent, and asks
 * it queries. Only the answer to the latest query is handed on: an answer to an earlier one arriving after
 * it is dropped.
 */
import type { Timeline } from '$lib/model/document/timeline';
import type { SearchFilters } from '$lib/model/search/search-index';
import { searchLabels, searchRecord } from '$lib/model/search/search-record';
import type { FromSearchWorker, IndexFigures, SearchAnswer, ToSearchWorker } from './search-protocol';
import { columnsOf } from '$lib/model/document/event-columns';
import { batchesOf } from './loaded-events';
import { startWorker } from './start-worker';
import { EVENTS_PER_MESSAGE } from './worker-protocol';
import workerUrl from './search-worker.ts?worker&url';

export type { IndexFigures, SearchAnswer } from './search-protocol';

/** Records per message: reading and copying this many events is a short task for the page. */
const RECORDS_PER_MESSAGE = 1000;
/** The loading worker's batches sent on per task: copying their JSON is all the page does with them. */
const BATCHES_PER_TASK = 4;

export interface SearchListener {
	answer(answer: SearchAnswer): void;
	built(figures: IndexFigures): void;
	failed(reason: string): void;
}

/** Marks on the page's performance timeline, for the benchmark and a reader's profiler: when the index was asked for and built, and its figures. */
const mark = (name: 'start' | 'built', detail?: IndexFigures) => performance.mark(`chronoscope:search:${name}`, { detail });

/** Yields to the page's other work (input, drawing) between batches. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export class SearchClient {
	#worker: Worker | undefined;
	#closed = false;
	#lastId = 0;
	readonly #listener: SearchListener;

	constructor(timeline: Timeline, listener: SearchListener) {
		this.#listener = listener;
		void this.#start(timeline);
	}

	async #start(timeline: Timeline) {
		mark('start');
		let worker: Worker;
		try {
			worker = await startWorker(workerUrl);
		} catch (error) {
			this.#listener.failed((error as Error).message);
			return;
		}
		if (this.#closed) return worker.terminate();
		this.#worker = worker;
		worker.onmessage = ({ data }: MessageEvent<FromSearchWorker>) => {
			if (data.type === 'built') {
				mark('built', data.figures);
				this.#listener.built(data.figures);
			} else if (data.type === 'answer' && data.id === this.#lastId) this.#listener.answer(data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#listener.failed(event.message || 'the search stopped');
		};
		const post = (message: ToSearchWorker) => worker.postMessage(message);
		post({ type: 'begin', labels: searchLabels(timeline), texts: timeline.articles.map((article) => article.text) });
		// A query asked before the worker ran: the worker answers it once the index is built.
		if (this.#waiting) post(this.#waiting);
		this.#waiting = undefined;
		const batches = batchesOf(timeline);
		if (batches) {
			// A document the loading worker read: its batches go on as JSON, never parsed on the page.
			const { start, end } = columnsOf(timeline);
			for (let i = 0; i < batches.length; i++) {
				if (i % BATCHES_PER_TASK === 0) await nextTask();
				if (this.#closed) return;
				const from = i * EVENTS_PER_MESSAGE;
				const to = from + EVENTS_PER_MESSAGE;
				post({ type: 'batch', json: batches[i]!.json, start: start.slice(from, to), end: end.slice(from, to) });
			}
		} else {
			const { events } = timeline;
			const texts = timeline.articles.map((article) => article.text);
			for (let from = 0; from < events.length; from += RECORDS_PER_MESSAGE) {
				await nextTask();
				if (this.#closed) return;
				post({ type: 'records', records: events.slice(from, from + RECORDS_PER_MESSAGE).map((event) => searchRecord(event, texts)) });
			}
		}
		post({ type: 'end' });
	}

	#waiting: ToSearchWorker | undefined;

	/** Asks for the events matching `text` and `filters`; the listener hears the answer, unless a later query overtakes it. */
	query(text: string, filters: SearchFilters) {
		const message: ToSearchWorker = { type: 'query', id: ++this.#lastId, text, filters: { ...filters } };
		if (this.#worker) this.#worker.postMessage(message);
		else this.#waiting = message;
	}

	close() {
		this.#closed = true;
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
