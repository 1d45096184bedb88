/**
 * The events of a document loaded by the worker, as the page holds them until they are read. Each batch
 * arrives as one JSON string, large enough to be kept outside the young generation; an event is a small
 * record that parses its batch the first time anything of it is read. Taking in 100,000 events then makes
 * 100,000 small objects rather than 100,000 graphs of ten, and the page's collector has little to copy
 * while the document loads. The views first read the events' columns (event-columns.ts), and then only
 * the events in view.
 */
import type { FuzzyDate } from '$lib/model/fuzzy-date';
import type { TimelineEventData } from '$lib/model/schema';
import type { TimelineEvent } from '$lib/model/timeline';
import type { TextRange } from '$lib/model/anchor';

export class EventBatch {
	#json: string | undefined;
	#events: TimelineEvent[] | undefined;

	constructor(json: string) {
		this.#json = json;
	}

	get events(): TimelineEvent[] {
		if (!this.#events) {
			this.#events = JSON.parse(this.#json!) as TimelineEvent[];
			this.#json = undefined;
		}
		return this.#events;
	}
}

export class LoadedEvent implements TimelineEvent {
	order: number;
	readonly #batch: EventBatch;
	readonly #index: number;

	constructor(batch: EventBatch, index: number, order: number) {
		this.#batch = batch;
		this.#index = index;
		this.order = order;
	}

	get #event(): TimelineEvent {
		return this.#batch.events[this.#index]!;
	}
	get data(): TimelineEventData {
		return this.#event.data;
	}
	get date(): FuzzyDate {
		return this.#event.date;
	}
	get stated(): FuzzyDate | undefined {
		return this.#event.stated;
	}
	get excerpts(): TextRange[] {
		return this.#event.excerpts;
	}
}
