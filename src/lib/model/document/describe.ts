/**
 * Words for an event's dates, sources and name, as the views and exports show them: what they quote from
 * the document is shown as untrusted-text.ts shows a name, and isolated from the words around it (so that
 * "22 مارس 2024" stays in its own order inside an English sentence); the views show these words as they are.
 */
import { formatBound, formatFuzzyDate } from '../date/format-date';
import type { Citation, Disagreement } from './schema';
import type { Timeline, TimelineEvent } from './timeline';
import { isolated, isolatedName, shownName } from '../text/untrusted-text';

/** A name quoted from the document, shown and isolated. */
const quote = isolatedName;

export interface EventDateText {
	/** "1980s, per the article", "“made during a meeting in Astana”, undated in the article", "after the article" */
	stated: string;
	/** "24 Dec 1979 – 15 Feb 1989" */
	resolved: string;
	/** Both, joined: "1980s, per the article · 24 Dec 1979 – 15 Feb 1989" */
	full: string;
}

export function describeEventDate(event: TimelineEvent, timeline: Pick<Timeline, 'asOf' | 'hasArticleEvents'>): EventDateText {
	const { date } = event.data;
	const options = { asOf: timeline.asOf, ...(date.timeZone ? { timeZoneName: date.timeZone } : {}), ...(date.approximate ? { approximate: true } : {}) };
	const resolved = formatFuzzyDate(event.date, options);
	let stated: string;
	// A document with no article of its own (a converted TimelineJS3 document) states its own dates.
	if (!timeline.hasArticleEvents) stated = event.data.stated ? `“${quote(event.data.stated.text)}” in the document` : 'as the document dates it';
	else if (event.stated) {
		const words = event.stated.ongoing ? `since ${formatBound(event.stated.from)}` : formatFuzzyDate(event.stated, { asOf: timeline.asOf });
		stated = `${words}, per the article`;
	} else if (event.data.stated) stated = `undated in the article (“${quote(event.data.stated.text)}”)`;
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

/** A source in a few words: "Wikipedia", "AP, 2021-08-31". */
export function citeBriefly(citation: Citation): string {
	return [quote(citation.publisher ?? citation.title), citation.date].filter(Boolean).join(', ');
}

/** "people killed: 145 (official toll; Wikipedia) or 149 (later prosecution figure; Wikipedia)" */
export function describeDisagreement(disagreement: Disagreement): string {
	const alternatives = disagreement.alternatives.map((alternative) => {
		const why = [alternative.note && quote(alternative.note), alternative.citations.map(citeBriefly).join(', ')].filter(Boolean).join('; ');
		return `${quote(alternative.value)} (${why})`;
	});
	return `${quote(disagreement.about)}: ${alternatives.join(' or ')}`;
}

/**
 * Whether an event is shown as context: added beside an article whose own events the document holds.
 * (Here rather than in timeline.ts, which the viewer must not import: it brings the schema's validation.)
 */
export function isContext(timeline: Pick<Timeline, 'hasArticleEvents'>, event: TimelineEvent): boolean {
	return timeline.hasArticleEvents && event.data.origin === 'context';
}

/** An event's accessible name, as the chart's targets and the exported SVG's titles give it: its title and dates. */
export function eventName(event: TimelineEvent, timeline: Pick<Timeline, 'asOf' | 'hasArticleEvents'>): string {
	const context = isContext(timeline, event) ? ' (context)' : '';
	return `${isolated(eventLabel(event))}${context}, ${describeEventDate(event, timeline).full}`;
}

/** An event's title as its label on the chart (canvas and SVG) and in its name: shown as a name, never as it came. */
export function eventLabel(event: TimelineEvent): string {
	return shownName(event.data.title);
}

/** A name for the text: the text itself when it is short, else its first `max` characters (whole code points) and an ellipsis. */
export function shortened(text: string, max = 300): string {
	if (text.length <= max) return text;
	let cut = text.slice(0, max - 1);
	// A surrogate pair split in two would leave half a character.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}
