/**
 * How a drafted event's date is said and checked beyond what the engine read: the note on how it was
 * read, "earlier this week" as the days before publication, and the doubt on a bare year far before the
 * rest of an article about the present.
 */
import { dayValue, parseDay, shift } from '../extract/calendar';
import { DAY, daysBetween, NAMES_A_MONTH, type Candidate } from './candidates';

/** Relative dates that count from a date named earlier ("ten years later", "the following day"). */
const COUNTED_FROM_ANCHOR = /\b(?:later|earlier|after that|before that|following|previous|next day|that (?:day|year|month|week))\b/i;
/** How many years before the article's other events a date may be, in an article about the present, before it is doubted. */
const FAR_YEARS = 5;
/** How near the publication date most events of an article about the present are. */
const PRESENT_DAYS = 45;

/** How the date of an event was read, for its note: as given, counted from publication or from a date before it, or from the day words were said. */
export function dateNote(statedWords: string, candidate: Candidate, published: string, saidOn?: string): string {
	if (candidate.edtf.endsWith('/..')) return `“${statedWords}”: the article gives when it began; it was still going on as of ${published}.`;
	if (candidate.endOnly) return `“${statedWords}”: when it ended; the article does not say when it began.`;
	if (saidOn) return `“${statedWords}”: said in a quotation on ${saidOn}, and counted from that day.`;
	if (candidate.method === 'stated') return `“${statedWords}”: the date as the article gives it.`;
	if (COUNTED_FROM_ANCHOR.test(statedWords)) return `“${statedWords}”: counted from the date the article names before it.`;
	if (NAMES_A_MONTH.test(statedWords)) return `“${statedWords}” gives no year: read as the nearest one to the publication date, ${published}.`;
	return `“${statedWords}”: counted from the publication date, ${published}.`;
}

/**
 * "Earlier this week", said on a Saturday, is Monday to Friday: the part of the week (or month) before the
 * day it was said; "later this week" the part after it.
 */
function partOfTheWeekOrMonth(words: string, edtf: string, published: string): string {
	const which = /\b(earlier|later)\s+this\s+(week|month)\b/i.exec(words)?.[1]?.toLowerCase();
	const said = parseDay(published);
	if (!which || !said) return edtf;
	const [from, to] = edtf.includes('/')
		? edtf.split('/')
		: [`${edtf}-01`, /^\d{4}-\d{2}$/.test(edtf) ? dayValue(shift(shift(parseDay(`${edtf}-01`)!, 'month', 1), 'day', -1)) : ''];
	if (!from || !to || !DAY.test(from) || !DAY.test(to)) return edtf;
	const before = dayValue(shift(said, 'day', -1));
	const after = dayValue(shift(said, 'day', 1));
	if (which === 'earlier') return before >= from && before <= to ? (before === from ? from : `${from}/${before}`) : edtf;
	return after >= from && after <= to ? (after === to ? to : `${after}/${to}`) : edtf;
}

/**
 * A drafted date as its words mean it, beyond the span the engine gives: "earlier this week" is the days
 * before publication (partOfTheWeekOrMonth), and a deadline "by the end of January" is its last day.
 */
export function dateAsSaid(words: string, edtf: string, published: string): string {
	const date = partOfTheWeekOrMonth(words, edtf, published);
	return /^by the end of\b/i.test(words) && /^[\d-]+\/[\d-]+$/.test(date) ? date.split('/')[1]! : date;
}

/** The first year a date touches, for comparing how far apart events are. */
const firstYear = (edtf: string) => Number(/^-?\d+/.exec(edtf.replace(/X/g, '0'))?.[0] ?? NaN);

/**
 * In an article about the present (most of its events within weeks of its publication), a bare year
 * years before all the others is more likely a misread number than history: it is drafted, with a doubt.
 */
export function farBefore(edtfs: readonly string[], published: string): (edtf: string) => boolean {
	const recent = edtfs.filter((e) => DAY.test(e.slice(0, 10)) && Math.abs(daysBetween(published, e.slice(0, 10))) <= PRESENT_DAYS).length;
	if (edtfs.length < 3 || recent * 2 < edtfs.length) return () => false;
	const years = edtfs.map((edtf) => ({ edtf, year: firstYear(edtf) }));
	return (edtf) => {
		const others = years.filter((y) => y.edtf !== edtf).map((y) => y.year);
		return others.length > 0 && firstYear(edtf) < Math.min(...others) - FAR_YEARS;
	};
}
