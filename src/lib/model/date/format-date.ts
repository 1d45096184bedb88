import { lightFormat } from 'date-fns';
import { UTCDate } from './utc-date';
import type { DateBound, FuzzyDate } from './fuzzy-date';
import { MS_PER_DAY, MS_PER_MINUTE, formatYear, isDateYear, yearOf, type TimeMs } from './time';

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function formatOffset(minutes: number): string {
	if (minutes === 0) return 'UTC';
	const sign = minutes < 0 ? '−' : '+';
	const abs = Math.abs(minutes);
	return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Month names as the views abbreviate them (date-fns's "MMM" in English). date-fns's lightFormat writes
 * the numbers; its full format, with its locale, was the largest library in every page's JavaScript, for
 * these twelve words.
 */
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar" for a time in March (UTC). */
export function formatMonth(time: TimeMs | Date): string {
	return MONTH_ABBREVIATIONS[new UTCDate(time).getMonth()] as string;
}

/** "24 Dec" for a date already in UTC. */
const dayAndMonth = (date: InstanceType<typeof UTCDate>) => `${lightFormat(date, 'd')} ${MONTH_ABBREVIATIONS[date.getMonth()]}`;

/** "24 Dec": the day of the month and the month (UTC). */
export function formatDayAndMonth(time: TimeMs | Date): string {
	return dayAndMonth(new UTCDate(time));
}

/** A calendar day, "24 Dec 1979", for any year (date-fns formats the day, formatYear the year). */
export function formatDay(time: TimeMs): string {
	const date = new UTCDate(time);
	return `${dayAndMonth(date)} ${formatYear(date.getFullYear())}`;
}

/** One bound as precisely as it is known: "1980s", "Mar 2024", "30 Aug 2021, 23:59 Kabul time (UTC+04:30)". */
export function formatBound(bound: DateBound, timeZoneName?: string): string {
	let text: string;
	switch (bound.precision) {
		case 'millennium':
			text = bound.year > 0 ? `${ordinal(Math.floor(bound.year / 1000) + 1)} millennium` : `${formatYear(bound.year)}–${formatYear(bound.year + 999)}`;
			break;
		case 'century':
			text = bound.year > 0 ? `${ordinal(Math.floor(bound.year / 100) + 1)} century` : `${formatYear(bound.year)}–${formatYear(bound.year + 99)}`;
			break;
		case 'decade':
			text = bound.year >= 1000 ? `${bound.year}s` : `${formatYear(bound.year)}–${formatYear(bound.year + 9)}`;
			break;
		case 'year':
			text = formatYear(bound.year);
			break;
		case 'month':
			text = `${formatMonth(bound.start)} ${formatYear(bound.year)}`;
			break;
		case 'day':
			text = formatDay(bound.start);
			break;
		case 'minute': {
			const offset = bound.utcOffsetMinutes ?? 0;
			const local = new UTCDate(bound.start + offset * MS_PER_MINUTE);
			const zone = timeZoneName ? `${timeZoneName} (${formatOffset(offset)})` : formatOffset(offset);
			text = `${formatDay(local.getTime())}, ${lightFormat(local, 'HH:mm')} ${zone}`;
			break;
		}
	}
	if (bound.approximate) text = `c. ${text}`;
	if (bound.uncertain) text = `${text}?`;
	return text;
}

export interface FormatOptions {
	/** The article's as-of day, which ends an ongoing span. */
	asOf: TimeMs;
	/** A name for the time zone of a date-time ("Kabul time"). */
	timeZoneName?: string;
	/** Approximate beyond what EDTF can say (a time of day). */
	approximate?: boolean;
}

/** A resolved date for display: "24 Dec 1979 – 15 Feb 1989", "1–3 Sep 2004", "14 Feb 2003 – ongoing as of 5 Jul 2024". */
export function formatFuzzyDate(date: FuzzyDate, options: FormatOptions): string {
	const from = formatBound(date.from, options.timeZoneName);
	let text: string;
	if (date.ongoing) {
		text = `${from} – ongoing as of ${formatDay(options.asOf)}`;
	} else if (!date.to) {
		text = from;
	} else {
		const to = formatBound(date.to, options.timeZoneName);
		const sameMonth =
			date.from.precision === 'day' && date.to.precision === 'day' && !date.from.approximate && !date.from.uncertain && from.slice(from.indexOf(' ')) === to.slice(to.indexOf(' '));
		text = sameMonth ? `${from.slice(0, from.indexOf(' '))}–${to}` : `${from} – ${to}`;
	}
	if (options.approximate && !date.approximate) text = `c. ${text}`;
	return text;
}

/**
 * The stretch of time a timeline's events cover, [start, end), as a reader would say it: "1979 – 2025"
 * across years, "Mar – Jul 2024" within one, "1–3 Sep 2004" within a month, "22 Mar 2024" within a day,
 * "753 BCE – 14 CE" and "13.8 billion years ago – 1969" further back; a whole year or month by its name.
 */
export function formatExtent(start: TimeMs, end: TimeMs): string {
	const last = Math.max(start, end - 1);
	const [firstYear, lastYear] = [yearOf(start), yearOf(last)];
	if (firstYear !== lastYear || !isDateYear(firstYear)) {
		const [from, to] = [formatYear(firstYear), formatYear(lastYear)];
		return from === to ? from : `${from} – ${to}`;
	}
	const [a, b] = [new UTCDate(start), new UTCDate(last)];
	if (a.getMonth() !== b.getMonth()) {
		if (a.getMonth() === 0 && a.getDate() === 1 && b.getMonth() === 11 && b.getDate() === 31) return formatYear(firstYear);
		return `${formatMonth(start)} – ${formatMonth(last)} ${formatYear(firstYear)}`;
	}
	if (a.getDate() !== b.getDate()) {
		if (a.getDate() === 1 && new UTCDate(last + MS_PER_DAY).getDate() === 1) return `${formatMonth(start)} ${formatYear(firstYear)}`;
		return `${a.getDate()}–${formatDay(last)}`;
	}
	return formatDay(start);
}

/**
 * Views at least this wide write their edges as days: rounded to the nearest midnight, an edge then moves
 * by at most 1% of the view, so a link reopens the same view at the same level of the axis. Narrower
 * views write minutes.
 */
export const DAYS_FROM_SPAN = 50 * MS_PER_DAY;

/** A time for the URL, as coarse as the view allows: a day, a minute, or a year beyond four digits. */
export function formatTimeParam(time: TimeMs, viewSpan: number): string {
	const year = yearOf(time);
	if (year < -9999 || year > 9999) return `Y${year}`;
	const date = new UTCDate(time);
	const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
	return viewSpan >= DAYS_FROM_SPAN ? `${yyyy}-${lightFormat(date, 'MM-dd')}` : `${yyyy}-${lightFormat(date, "MM-dd'T'HH:mm'Z'")}`;
}
