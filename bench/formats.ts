/** The same synthetic events in each target's own format. */
import { generateSyntheticEvents, type SyntheticEvent } from '../src/lib/model/document/synthetic';
import { MS_PER_DAY, utcDayStart } from '../src/lib/model/date/time';

const FIRST_DAY = utcDayStart(1975, 0, 1);
const dayOf = (day: number) => new Date(FIRST_DAY + day * MS_PER_DAY);
const iso = (day: number) => dayOf(day).toISOString().slice(0, 10);

/** vis-timeline items: points and ranges, no groups (its default stacking). */
export function visItems(events: readonly SyntheticEvent[]) {
	return events.map((event) =>
		event.endDay > event.startDay
			? { id: event.id, content: event.title, title: event.summary, start: iso(event.startDay), end: iso(event.endDay + 1), type: 'range' }
			: { id: event.id, content: event.title, title: event.summary, start: iso(event.startDay), type: 'point' }
	);
}

const tjsDate = (day: number) => {
	const date = dayOf(day);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** A TimelineJS3 document. */
export function timelineJsDocument(events: readonly SyntheticEvent[]) {
	return {
		title: { text: { headline: `Synthetic timeline of ${events.length} events`, text: 'Benchmark data' } },
		events: events.map((event) => ({
			start_date: tjsDate(event.startDay),
			...(event.endDay > event.startDay ? { end_date: tjsDate(event.endDay) } : {}),
			text: { headline: event.title, text: event.summary },
			unique_id: event.id
		}))
	};
}

export function benchEvents(count: number, seed: number) {
	return generateSyntheticEvents(count, seed);
}
