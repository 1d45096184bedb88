/** The page's records of events loaded by the worker: read from their batch's JSON when first read, the same objects after. */
import { describe, expect, it } from 'vitest';
import { DATE_STRIDE, writeDate } from '../../src/lib/model/date/date-columns';
import { EventBatch, LoadedEvent } from '../../src/lib/workers/loaded-events';
import { syntheticDocument } from '../../src/lib/model/document/synthetic';
import { loadTimeline } from '../../src/lib/model/document/timeline';

describe('events loaded by the worker', () => {
	const { timeline } = loadTimeline(JSON.parse(JSON.stringify(syntheticDocument(30, 2))), { file: 'doc.json' });
	const events = timeline!.events;

	it('read as the events they were made from, and parse their batch once', () => {
		const sent = events.slice(10, 20);
		const dates = new Float64Array(2 * sent.length * DATE_STRIDE);
		sent.forEach((event, i) => {
			writeDate(dates, 2 * i * DATE_STRIDE, event.date);
			writeDate(dates, (2 * i + 1) * DATE_STRIDE, event.stated);
		});
		const batch = new EventBatch(JSON.stringify(sent.map(({ data, excerpts }) => ({ data, excerpts }))), dates);
		const records = Array.from({ length: 10 }, (_, i) => new LoadedEvent(batch, i, 10 + i));
		records.forEach((record, i) => {
			const event = events[10 + i]!;
			expect(record.order).toBe(event.order);
			expect(record.data).toEqual(event.data);
			expect(record.date).toEqual(event.date);
			expect(record.stated).toEqual(event.stated);
			expect(record.excerpts).toEqual(event.excerpts);
		});
		// One parse: what a record gives is the same object every time it is read, and across its batch.
		expect(records[3]!.data).toBe(records[3]!.data);
		expect(records[3]!.date).toBe(records[3]!.date);
		expect(batch.events[3]!.data).toBe(records[3]!.data);
	});
});
