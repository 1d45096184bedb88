import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateSyntheticEvents, idRanks, syntheticDocument, syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import { compareIds } from '../../../src/lib/model/document/time-order';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { day } from '../helpers';

describe('synthetic timelines', () => {
	it('are the same for the same seed and differ for another', () => {
		expect(generateSyntheticEvents(50, 3)).toEqual(generateSyntheticEvents(50, 3));
		expect(generateSyntheticEvents(50, 3)).not.toEqual(generateSyntheticEvents(50, 4));
	});

	it('hold about 70% points and 30% spans between 1975 and 2025', () => {
		const events = generateSyntheticEvents(10_000, 1);
		const spans = events.filter((e) => e.endDay > e.startDay).length / events.length;
		expect(spans).toBeGreaterThan(0.27);
		expect(spans).toBeLessThan(0.33);
		const timeline = syntheticTimeline(10_000, 1);
		expect(timeline.events[0]!.date.start).toBeGreaterThanOrEqual(day(1975));
		expect(timeline.events.at(-1)!.date.end).toBeLessThanOrEqual(day(2025));
	});

	it('resolve directly to what loadTimeline makes of the same document, in the same order', () => {
		// 3,000 events put many on the same day, so ties in time order are broken by id as loadTimeline does.
		const loaded = loadTimeline(syntheticDocument(3_000, 5), { file: 'synthetic' });
		expect(loaded.faults).toEqual([]);
		const direct = syntheticTimeline(3_000, 5);
		const summary = (e: (typeof direct.events)[number]) => [e.order, e.data.id, e.date.edtf, e.date.start, e.date.end, e.date.isSpan, e.date.from.year];
		expect(direct.events.map(summary)).toEqual(loaded.timeline!.events.map(summary));
	});

	it('give each event the record its document holds, read field by field and serialised', () => {
		const document = syntheticDocument(2_000, 9);
		const direct = syntheticTimeline(2_000, 9);
		const byId = new Map(document.events.map((event) => [event.id, event]));
		const fields = (e: (typeof document.events)[number]) => ({
			id: e.id,
			title: e.title,
			summary: e.summary,
			origin: e.origin,
			category: e.category,
			lanes: e.lanes,
			date: e.date,
			excerpts: e.excerpts
		});
		for (const event of direct.events) {
			const expected = byId.get(event.data.id)!;
			expect(fields(event.data)).toEqual(expected);
			expect(JSON.parse(JSON.stringify(event.data))).toEqual(JSON.parse(JSON.stringify(expected)));
			// The resolved date names the same EDTF as the record; the record's date is one object.
			expect(event.date.edtf).toBe(expected.date.edtf);
			expect(event.data.date).toBe(event.data.date);
		}
		expect(direct.document.events.map((event) => event.id).sort()).toEqual(document.events.map((event) => event.id).sort());
	});

	it('rank ids in the order time order breaks ties in (by code unit), without comparing them', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 3_000 }), (count) => {
				const ids = Array.from({ length: count }, (_, i) => `event-${i + 1}`);
				const sorted = [...ids].sort(compareIds);
				const ranks = idRanks(count);
				expect(ids.map((id, i) => sorted[ranks[i]!] === id).every(Boolean)).toBe(true);
			}),
			{ numRuns: 60 }
		);
	});

	it('share what is the same between events, and never mutate it', () => {
		const timeline = syntheticTimeline(5_000, 2);
		const points = timeline.events.filter((event) => !event.date.isSpan);
		const sameDay = points.filter((event) => event.date.start === points[0]!.date.start);
		expect(sameDay.length).toBeGreaterThan(0);
		// Points on the same day share one resolved date, equal to what each would have alone.
		expect(new Set(sameDay.map((event) => event.date)).size).toBe(1);
		expect(new Set(timeline.events.map((event) => event.data.id)).size).toBe(5_000);
		expect(new Set(timeline.events.map((event) => event.data.title)).size).toBe(5_000);
	});
});
