/**
 * A view's state in its URL, so that a link or an embed reopens exactly what was shown: `from` and `to`
 * (ISO 8601 days, date-times when zoomed into hours, EDTF Y-years beyond four-digit years), `event`,
 * `lanes` (actor or category), `context` (hide) and `story` (1: story mode), and a search: `q` (its words),
 * `lane` and `category` (ids, comma-separated) and `since` and `until` (dates as `from` and `to` take them).
 * Unknown, malformed or repeated parameters are ignored with a note.
 */
import { DAYS_FROM_SPAN, formatTimeParam } from '../date/format-date';
import { MAX_QUERY_CHARACTERS } from '../search/query';
import type { GroupBy } from '../chart/lane-layout';
import { MS_PER_DAY, utcDayStart, yearStart, type TimeMs } from '../date/time';

export interface ViewState {
	from?: TimeMs;
	to?: TimeMs;
	event?: string;
	groupBy: GroupBy;
	showContext: boolean;
	/** Story mode: the reader steps from event to event, each on a card. */
	story?: boolean;
	/** The search, when there is one: its words and filters. */
	search?: SearchView;
}

/** A search as the URL holds it; an empty search is none. */
export interface SearchView {
	q: string;
	lanes: string[];
	categories: string[];
	since?: TimeMs | undefined;
	until?: TimeMs | undefined;
}

export const NO_SEARCH: SearchView = { q: '', lanes: [], categories: [] };

export function isSearching(search: SearchView | undefined): search is SearchView {
	return !!search && (search.q.trim() !== '' || search.lanes.length > 0 || search.categories.length > 0 || search.since !== undefined || search.until !== undefined);
}

/** The ids a document declares, for checking `lane` and `category`. */
export interface KnownIds {
	lanes: { has(id: string): boolean };
	categories: { has(id: string): boolean };
}

export interface ParsedView {
	view: ViewState;
	/** One sentence per ignored parameter, shown to the reader. */
	notes: string[];
}

/** The parameters this module reads. */
const VIEW_KEYS = new Set(['from', 'to', 'event', 'lanes', 'context', 'story', 'q', 'lane', 'category', 'since', 'until']);
/** Parameters other views own (embedding, loading documents); they are not "unknown". */
const OTHER_KNOWN = new Set(['src', 'theme', 'height', 'excerpts', 'search', 'n', 'seed']);

/** The heights in pixels an embed may be fixed to (`height`). */
export const EMBED_HEIGHTS = { min: 120, max: 5000 } as const;

/** The height an embed's `height` parameter fixes it to, if it is a whole number of pixels in range. */
export function embedHeight(value: string | null): number | undefined {
	if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
	const height = Number(value);
	return height >= EMBED_HEIGHTS.min && height <= EMBED_HEIGHTS.max ? height : undefined;
}

/** The theme a `theme` parameter asks for, if it is one the views have. */
export function themeOf(value: string | null): 'light' | 'dark' | undefined {
	return value === 'light' || value === 'dark' ? value : undefined;
}

/** A parameter that cannot be read (the views ignore it with a note). */
class ParamError extends Error {}

const URL_DAY = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?$/;
const URL_YEAR = /^Y(-?\d{5,})$/;

/**
 * A time in the URL: a year, month, day or date-time ("2024", "2024-03", "2024-03-01", "2024-03-22T17:30Z",
 * "-0499-01-01") or an EDTF Y-year ("Y-13800000000"). Read without the EDTF parser, which the views need not
 * load; `to` names the last day (month, year) shown, so the view runs to its end, and a date-time is an instant.
 */
function parseTime(value: string, edge: 'from' | 'to'): TimeMs {
	// A year beyond the calendar (99999999999-01-01) or beyond any number (Y followed by 400 digits) is no time.
	const time = timeOf(value, edge);
	if (!Number.isFinite(time)) throw new ParamError(`"${value}" is not a date`);
	return time;
}

function timeOf(value: string, edge: 'from' | 'to'): TimeMs {
	const big = URL_YEAR.exec(value);
	if (big) return yearStart(Number(big[1]) + (edge === 'to' ? 1 : 0));
	const match = URL_DAY.exec(value);
	if (!match) throw new ParamError(`"${value}" is not a date`);
	const [, y, m, d, hh, mm, ss] = match;
	const year = Number(y);
	const month = m === undefined ? undefined : Number(m) - 1;
	const day = d === undefined ? undefined : Number(d);
	if ((month !== undefined && (month < 0 || month > 11)) || (day !== undefined && (day < 1 || day > 31))) throw new ParamError(`"${value}" is not a date`);
	if (hh !== undefined) {
		const time = utcDayStart(year, month ?? 0, day ?? 1) + ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss ?? 0)) * 1000;
		if (Number(hh) > 23 || Number(mm) > 59) throw new ParamError(`"${value}" is not a date`);
		return time;
	}
	const start = utcDayStart(year, month ?? 0, day ?? 1);
	// A day that does not exist (31 June) rolls over in Date: refuse it rather than move.
	if (day !== undefined && new Date(start).getUTCDate() !== day) throw new ParamError(`"${value}" is not a date`);
	if (edge === 'from') return start;
	if (day !== undefined) return start + MS_PER_DAY;
	return month !== undefined ? utcDayStart(year, month + 1, 1) : utcDayStart(year + 1, 0, 1);
}

/** A time as a URL writes it (see parseTime), typed by a reader, read as `from` or `to` would be; undefined where it is not one. */
function readTyped(value: string, side: 'from' | 'to'): TimeMs | undefined {
	try {
		return parseTime(value.trim(), side);
	} catch (error) {
		if (error instanceof ParamError) return undefined;
		throw error;
	}
}

/** The start of the time a reader typed, or undefined where it is not one. */
export const readTime = (value: string): TimeMs | undefined => readTyped(value, 'from');

/** The end of the year, month or day a reader typed (2022 ends with 2022), or undefined where it is not a time. */
export const readTimeEnd = (value: string): TimeMs | undefined => readTyped(value, 'to');

/** A value as a note quotes it: short enough to read in a line. */
function shown(value: string): string {
	return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/**
 * `events` says which event ids exist (a Set will do, or a lookup that needs no index). A parameter given
 * more than once is read where it first comes, as URLSearchParams.get reads the views' other parameters.
 */
export function parseViewParams(params: URLSearchParams, events: { has(id: string): boolean }, known?: KnownIds): ParsedView {
	const view: ViewState = { groupBy: 'lane', showContext: true };
	const notes: string[] = [];
	const search: SearchView = { ...NO_SEARCH, lanes: [], categories: [] };
	const seen = new Set<string>();
	for (const [key, given] of params) {
		const value = shown(given);
		if (seen.has(key)) {
			if (VIEW_KEYS.has(key) || OTHER_KNOWN.has(key)) notes.push(`Ignored ${key}=${value}: ${key} is given once already.`);
			continue;
		}
		seen.add(key);
		switch (key) {
			case 'from':
			case 'to':
				try {
					view[key] = parseTime(given, key);
				} catch (error) {
					if (!(error instanceof ParamError)) throw error;
					notes.push(`Ignored ${key}=${value}: not a date (use YYYY-MM-DD).`);
				}
				break;
			case 'event':
				if (events.has(given)) view.event = given;
				else notes.push(`Ignored event=${value}: no event has that id.`);
				break;
			case 'lanes':
				if (given === 'actor') view.groupBy = 'lane';
				else if (given === 'category') view.groupBy = 'category';
				else notes.push(`Ignored lanes=${value}: use actor or category.`);
				break;
			case 'context':
				if (given === 'hide' || given === 'show') view.showContext = given === 'show';
				else notes.push(`Ignored context=${value}: use show or hide.`);
				break;
			case 'story':
				if (given === '1' || given === '0') view.story = given === '1';
				else notes.push(`Ignored story=${value}: use 1 or 0.`);
				break;
			case 'q':
				if (given.length <= MAX_QUERY_CHARACTERS) search.q = given;
				else notes.push(`Ignored q=${value}: a search is at most ${MAX_QUERY_CHARACTERS} characters.`);
				break;
			case 'lane':
			case 'category': {
				const ids = given.split(',').filter(Boolean);
				const declared = key === 'lane' ? known?.lanes : known?.categories;
				const unknown = declared ? ids.filter((id) => !declared.has(id)) : [];
				if (unknown.length) notes.push(`Ignored ${key}=${shown(unknown.join(','))}: no ${key} has that id.`);
				search[key === 'lane' ? 'lanes' : 'categories'] = [...new Set(ids.filter((id) => !unknown.includes(id)))];
				break;
			}
			case 'since':
			case 'until':
				try {
					search[key] = parseTime(given, key === 'since' ? 'from' : 'to');
				} catch (error) {
					if (!(error instanceof ParamError)) throw error;
					notes.push(`Ignored ${key}=${value}: not a date (use YYYY-MM-DD).`);
				}
				break;
			case 'search':
				if (given !== '1' && given !== '0') notes.push(`Ignored search=${value}: use 1 or 0.`);
				break;
			// Read by the views themselves (the theme by every view, the others by the embed), checked here so
			// that a value no view can follow is noted like any other.
			case 'theme':
				if (themeOf(given) === undefined) notes.push(`Ignored theme=${value}: use light or dark.`);
				break;
			case 'height':
				if (embedHeight(given) === undefined) notes.push(`Ignored height=${value}: use a number of pixels from ${EMBED_HEIGHTS.min} to ${EMBED_HEIGHTS.max}.`);
				break;
			case 'excerpts':
				if (given !== '1' && given !== '0') notes.push(`Ignored excerpts=${value}: use 1 or 0.`);
				break;
			default:
				if (!OTHER_KNOWN.has(key)) notes.push(`Ignored unknown parameter ${shown(key)}.`);
		}
	}
	if (view.from !== undefined && view.to !== undefined && !(view.to > view.from)) {
		notes.push('Ignored from and to: to must come after from.');
		delete view.from;
		delete view.to;
	}
	if (search.since !== undefined && search.until !== undefined && !(search.until > search.since)) {
		notes.push('Ignored since and until: until must come after since.');
		delete search.since;
		delete search.until;
	}
	if (isSearching(search)) view.search = search;
	// The views list the notes keyed by their text.
	return { view, notes: [...new Set(notes)] };
}

/** The URL parameters of a view; the visible range is written only when the reader has moved it. */
export function viewToParams(view: ViewState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
	const params = new URLSearchParams(base);
	for (const key of ['from', 'to', 'event', 'lanes', 'context', 'story', 'q', 'lane', 'category', 'since', 'until']) params.delete(key);
	if (view.from !== undefined && view.to !== undefined) {
		const span = view.to - view.from;
		// Written as days, the edges go to the nearest midnight, so that a view read from a URL writes
		// back the same URL despite floating-point noise; `to` names the last day shown (see parseTime).
		const inDays = span >= DAYS_FROM_SPAN;
		const nearestMidnight = (time: TimeMs) => (inDays && Math.abs(time) < 8.64e15 ? Math.round(time / MS_PER_DAY) * MS_PER_DAY : time);
		params.set('from', formatTimeParam(nearestMidnight(view.from), span));
		params.set('to', formatTimeParam(inDays ? nearestMidnight(view.to) - 1 : view.to, span));
	}
	if (view.event) params.set('event', view.event);
	if (view.groupBy === 'category') params.set('lanes', 'category');
	if (!view.showContext) params.set('context', 'hide');
	if (view.story) params.set('story', '1');
	const { search } = view;
	if (isSearching(search)) {
		// A query the search refuses for its length is not written: a megabyte pasted would be a megabyte of URL.
		const q = search.q.trim();
		if (q && q.length <= MAX_QUERY_CHARACTERS) params.set('q', q);
		if (search.lanes.length) params.set('lane', search.lanes.join(','));
		if (search.categories.length) params.set('category', search.categories.join(','));
		// Whole days: `until` names the last day searched.
		if (search.since !== undefined) params.set('since', formatTimeParam(search.since, DAYS_FROM_SPAN));
		if (search.until !== undefined) params.set('until', formatTimeParam(search.until - 1, DAYS_FROM_SPAN));
	}
	return params;
}
