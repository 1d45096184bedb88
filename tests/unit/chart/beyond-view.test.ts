import { describe, expect, it } from 'vitest';
import { eventsBeyond } from '../../../src/lib/model/chart/beyond-view';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { day, seedDocument, seedText } from '../helpers';

const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;

describe('eventsBeyond', () => {
	it('counts the events either side of an empty view and names the nearest of each', () => {
		const beyond = eventsBeyond(seed.events, [day(2024, 10, 7), day(2024, 10, 7) + 8 * 3_600_000])!;
		expect(beyond.before?.count).toBe(9);
		expect(beyond.after?.count).toBe(2);
		expect(beyond.after?.nearest.data.id).toBe('taliban-ban-suspended');
		// The ongoing spans end at the as-of day, after the Astana remarks of the day before.
		expect(beyond.before?.nearest.date.end).toBe(Math.max(...seed.events.filter((e) => e.date.end <= day(2024, 10, 7)).map((e) => e.date.end)));
	});

	it('is undefined for a view that any event overlaps, and has one side only at either end of time', () => {
		expect(eventsBeyond(seed.events, [day(2024, 3, 22), day(2024, 3, 23)])).toBeUndefined();
		expect(eventsBeyond(seed.events, [day(1900), day(1901)])).toEqual({ after: { count: seed.events.length, nearest: seed.events[0] } });
		expect(eventsBeyond(seed.events, [day(2100), day(2101)])!.after).toBeUndefined();
	});
});
