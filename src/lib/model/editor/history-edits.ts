/**
 * A history in the editor: the drafter's ranked candidates made the editor's state, and the edits only a
 * history has: two events that tell one thing merged, and an event that runs several things together
 * split by the article each part comes from. Pure functions from one state to the next, as edits.ts.
 */
import type { TimelineEventData } from '../document/schema';
import { FuzzyDateError, parseIsoDay, resolveFuzzyDate } from '../date/fuzzy-date';
import { utcDayStart } from '../date/time';
import { coverageOf, excerptIdentity, type Coverage } from '../document/articles';
import { eventId } from '../draft/ids';
import type { HistoryDraft } from '../history/document';
import { nextKey, renameEvents, takenIds } from './event-ids';
import { asOfDayOf, type EditorEvent, type HistoryState } from './state';

/**
 * The drafter's history as the editor's state: its articles, and every candidate in the order it was
 * ranked, each proposed; the document's own events (the first `top`) go in the timeline, the rest are
 * held in reserve until accepted. Nothing is published yet, so every id follows its title.
 */
export function historyStateOf(draft: HistoryDraft, top: number): HistoryState {
	const { document, candidates, labels } = draft;
	return {
		version: 1,
		kind: 'history',
		id: document.id,
		title: document.title ?? document.id,
		articles: (document.articles ?? []).map((article) => ({
			id: article.id,
			title: article.title,
			publisher: article.publisher,
			language: article.language,
			...(article.url ? { url: article.url } : {}),
			...(article.licence ? { licence: article.licence } : {}),
			published: article.published,
			text: article.text ?? ''
		})),
		events: candidates.map(({ event }, key): EditorEvent => ({ key, event, review: 'proposed', ...(key >= top ? { reserve: true as const } : {}) })),
		lanes: labels.lanes,
		categories: labels.categories,
		publishedIds: []
	};
}

/** The ids of the articles an event quotes, each once, in the order its excerpts first name them. */
export function reportingArticles(event: Pick<TimelineEventData, 'excerpts'>): string[] {
	return [...new Set(event.excerpts.flatMap((excerpt) => (excerpt.article === undefined ? [] : [excerpt.article])))];
}

/** In how many of the history's articles an event is reported, and by which publishers: what the published view will say of it. */
export function eventCoverageIn(state: Pick<HistoryState, 'articles'>, event: Pick<TimelineEventData, 'excerpts'>, indexOf = articleIndex(state)): Coverage {
	const excerpts = event.excerpts.flatMap((excerpt) => {
		const article = excerpt.article === undefined ? undefined : indexOf.get(excerpt.article);
		return article === undefined ? [] : [{ article }];
	});
	return coverageOf(excerpts, state.articles);
}

/** Each article's place in the history, by its id. */
export const articleIndex = (state: Pick<HistoryState, 'articles'>): Map<string, number> => new Map(state.articles.map((article, index) => [article.id, index]));

/**
 * The event `mergedId` merged into the event `keptId`: one event with the excerpts of both (each once) and
 * the lanes of both, keeping everything else of the first (its title, date, key and place), and its
 * review; it is held in reserve only if both were. An `updates` that named the second names the first.
 */
export function mergeEvents(state: HistoryState, keptId: string, mergedId: string): HistoryState {
	const kept = state.events.find((entry) => entry.event.id === keptId);
	const merged = state.events.find((entry) => entry.event.id === mergedId);
	if (!kept || !merged || kept === merged) return state;
	const seen = new Set(kept.event.excerpts.map(excerptIdentity));
	const excerpts = [...kept.event.excerpts];
	for (const excerpt of merged.event.excerpts) {
		const key = excerptIdentity(excerpt);
		if (seen.has(key)) continue;
		seen.add(key);
		excerpts.push(excerpt);
	}
	const lanes = [...new Set([...kept.event.lanes, ...merged.event.lanes])];
	const entry: EditorEvent = { ...kept, event: { ...kept.event, excerpts, lanes } };
	if (kept.reserve && !merged.reserve) delete entry.reserve;
	const events = state.events.flatMap((e) => (e === kept ? [entry] : e === merged ? [] : [e]));
	const renamed = renameEvents({ ...state, events }, new Map([[mergedId, keptId]]));
	// The first cannot come to update itself, where it updated the second.
	return {
		...renamed,
		events: renamed.events.map((e) => {
			if (e.event.updates !== e.event.id) return e;
			const event = { ...e.event };
			delete event.updates;
			return { ...e, event };
		})
	};
}

/**
 * The event `id` split by article: it keeps the excerpts of the first article it quotes (and its key, id
 * and place), and each other article's excerpts become an event of their own, just after it, with the
 * same fields and review and an id after the same title. An event quoting one article is left as it is.
 */
export function splitEvent(state: HistoryState, id: string): HistoryState {
	const entry = state.events.find((e) => e.event.id === id);
	if (!entry) return state;
	const [first, ...others] = reportingArticles(entry.event);
	if (first === undefined || others.length === 0) return state;
	const taken = takenIds(state);
	let key = nextKey(state);
	const part = (article: string) => entry.event.excerpts.filter((excerpt) => excerpt.article === article);
	const parts = others.map((article): EditorEvent => {
		const partId = eventId(entry.event.title, taken);
		taken.add(partId);
		return { ...entry, key: key++, event: { ...entry.event, id: partId, excerpts: part(article) } };
	});
	const kept: EditorEvent = { ...entry, event: { ...entry.event, excerpts: part(first) } };
	return { ...state, events: state.events.flatMap((e) => (e === entry ? [kept, ...parts] : [e])) };
}

/** The history's title changed. */
export function setHistoryTitle(state: HistoryState, title: string): HistoryState {
	return { ...state, title };
}

/** A date that starts with a day, month or year as most drafted dates do ("2019-09-01T11:00:00", "2020-03"). */
const LEADING_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T/~?%])/;

/** Where an event's date starts on the time axis, or NaN when it cannot be read (while its EDTF is being typed). */
function startOf(event: TimelineEventData, asOf: number): number {
	// Read from its leading digits where it has them: thousands of candidates are compared at once.
	const leading = LEADING_DATE.exec(event.date.edtf);
	if (leading) return utcDayStart(Number(leading[1]), Number(leading[2] ?? 1) - 1, Number(leading[3] ?? 1));
	try {
		return resolveFuzzyDate(event.date.edtf, asOf).start;
	} catch (error) {
		if (error instanceof FuzzyDateError) return Number.NaN;
		throw error;
	}
}

/**
 * The events the event `id` may be merged with, nearest in date first (two reports of one thing are of
 * one day, or of days a relative date read apart), at most `limit` of them; rejected ones are left out.
 */
export function mergeTargets(state: HistoryState, id: string, limit: number): EditorEvent[] {
	const entry = state.events.find((e) => e.event.id === id);
	if (!entry) return [];
	let asOf: number;
	try {
		asOf = parseIsoDay(asOfDayOf(state));
	} catch {
		asOf = 0;
	}
	const start = startOf(entry.event, asOf);
	const distance = (other: EditorEvent) => {
		const d = Math.abs(startOf(other.event, asOf) - start);
		return Number.isNaN(d) ? Infinity : d;
	};
	return state.events
		.filter((other) => other !== entry && other.review !== 'rejected')
		.map((other) => ({ other, distance: distance(other) }))
		.sort((a, b) => a.distance - b.distance)
		.slice(0, limit)
		.map(({ other }) => other);
}
