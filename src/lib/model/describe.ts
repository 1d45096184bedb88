/** Words for an event's dates, as the views and exports show them. */
import { formatBound, formatFuzzyDate } from './format-date';
import type { Timeline, TimelineEvent } from './timeline';

export interface EventDateText {
	/** "1980s, per the article", "“made during a meeting in Astana”, undated in the article", "after the article" */
	stated: string;
	/** "24 Dec 1979 – 15 Feb 1989" */
	resolved: string;
	/** Both, joined: "1980s, per the article · 24 Dec 1979 – 15 Feb 1989" */
	full: string;
}

export function describeEventDate(event: TimelineEvent, timeline: Pick<Timeline, 'asOf'>): EventDateText {
	const { date } = event.data;
	const options = { asOf: timeline.asOf, ...(date.timeZone ? { timeZoneName: date.timeZone } : {}), ...(date.approximate ? { approximate: true } : {}) };
	const resolved = formatFuzzyDate(event.date, options);
	let stated: string;
	if (event.stated) {
		const words = event.stated.ongoing ? `since ${formatBound(event.stated.from)}` : formatFuzzyDate(event.stated, { asOf: timeline.asOf });
		stated = `${words}, per the article`;
	}
	else if (event.data.stated) stated = `undated in the article (“${event.data.stated.text}”)`;
	else if (event.date.start > timeline.asOf) stated = 'after the article';
	else if (event.excerpts.length > 0) stated = 'alluded to, undated in the article';
	else stated = 'context, not in the article';
	return { stated, resolved, full: `${stated} · ${resolved}` };
}

/** The method of resolution in words. */
export const METHOD_TEXT = {
	stated: 'stated in the article',
	inferred: 'inferred from the article and its context',
	external: 'from external sources'
} as const;
