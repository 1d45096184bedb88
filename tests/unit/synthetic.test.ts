import { describe, expect, it } from 'vitest';
import { generateSyntheticEvents, syntheticDocument, syntheticTimeline } from '../../src/lib/model/synthetic';
import { loadTimeline } from '../../src/lib/model/timeline';
import { day } from './helpers';

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
});
