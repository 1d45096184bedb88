/**
 * The events of a document loaded by the worker, as the page holds them until they are read. Each batch
 * arrives as one JSON string, large enough to be kept outside the young generation; an event is a small
 * record that parses its batch the first time anything of it is read. Taking in 100,000 events then makes
 * 100,000 small objects rather than 100,000 graphs of ten, and the page's collector has little to copy
 * while the document loads. The views first read the events' columns (event-columns.ts), and then only
 * the events in view.
 */
import { DATE_STRIDE, readDate } from '$lib/model/date/date-columns';
import type { FuzzyDate } from '$lib/model/date/fuzzy-date';
import type { TimelineEventData } from '$lib/model/document/schema';
import type { ExcerptRange, TimelineEvent } from '$lib/model/document/timeline';

/** What a batch's JSON holds of each event; its dates come as columns (date-columns.ts), two to an event. */
export interface SentEvent {
	data: TimelineEventData;
	excerpts: ExcerptRange[];
}

export class EventBatch {
	#json: string | undefined;
	#events: SentEvent[] | undefined;
	/** The resolved date and the stated date of each event, DATE_STRIDE numbers each. */
	readonly dates: Float64Array;

	constructor(json: string, dates: Float64Array) {
		this.#json = json;
		this.dates = dates;
	}

	/** The batch as JSON, without parsing it here: as sent, or written again if it was parsed already. */
	get json(): string {
		return this.#json ?? JSON.stringify(this.#events);
	}

	get events(): SentEvent[] {
		if (!this.#events) {
			this.#events = JSON.parse(this.#json!) as SentEvent[];
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

	#date: FuzzyDate | undefined;
	#stated: FuzzyDate | undefined;

	get #event(): SentEvent {
		return this.#batch.events[this.#index]!;
	}
	get data(): TimelineEventData {
		return this.#event.data;
	}
	get date(): FuzzyDate {
		return (this.#date ??= readDate(this.#batch.dates, 2 * this.#index * DATE_STRIDE, this.data.date.edtf)!);
	}
	get stated(): FuzzyDate | undefined {
		return (this.#stated ??= readDate(this.#batch.dates, (2 * this.#index + 1) * DATE_STRIDE, this.data.stated?.edtf));
	}
	get excerpts(): ExcerptRange[] {
		return this.#event.excerpts;
	}
}

/** The batches a loaded timeline's events were sent in, in time order, EVENTS_PER_MESSAGE events each. */
const batchesOfTimeline = new WeakMap<object, readonly EventBatch[]>();

export function keepBatches(timeline: object, batches: readonly EventBatch[]) {
	batchesOfTimeline.set(timeline, batches);
}

/** A timeline's batches, when the loading worker sent it: the search sends them on to its worker unparsed. */
export function batchesOf(timeline: object): readonly EventBatch[] | undefined {
	return batchesOfTimeline.get(timeline);
}
