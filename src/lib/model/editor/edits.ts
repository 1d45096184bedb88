/**
 * The editor's changes, as pure functions from one state to the next: a draft from an article, a
 * decision on an event, an edit to its fields, an event or an excerpt made from words selected in the
 * text or from a date found there. Each returns a new state and leaves the old one as it was, for the
 * undo history. An edit to an event's title renames it too, until it is published (event-ids.ts).
 */
import { normaliseForMatching, type TextRange } from '../document/anchor';
import { categorise } from '../draft/categories';
import { draftTimeline } from '../draft/draft';
import { eventId, kebab, uniqueId } from '../draft/ids';
import { namesOf } from '../draft/names';
import { tagText } from '../draft/tagger';
import { uniqueSelector } from '../draft/selectors';
import { titleFromWords } from '../draft/titles';
import type { TemporalExpression } from '../extract/types';
import type { TimelineEventData } from '../document/schema';
import { sentenceSpans, spanAt } from '../text/sentences';
import { followTitle, nextKey, takenIds } from './event-ids';
import { uniqueRanges } from './marks';
import { foundDatesOf } from './found';
import type { ArticleMeta, EditorState, EventsWork, FoundDates, Review } from './state';

export interface NewArticle {
	text: string;
	/** The publication date, YYYY-MM-DD: the drafter makes the as-of of it. */
	published: string;
	article: Omit<ArticleMeta, 'asOf'>;
}

export function draftState({ text, published, article }: NewArticle): EditorState {
	const { document, expressions, skipped, events } = draftTimeline({
		text,
		published,
		title: article.title,
		publisher: article.publisher,
		language: article.language,
		...(article.url ? { url: article.url } : {})
	});
	return {
		version: 1,
		id: document.id,
		// The drafter's as-of: the publication date, stated when the article's date line gives it.
		article: { ...article, asOf: document.article.asOf },
		text,
		events: document.events.map((event, key) => {
			const doubt = events[key]?.doubt;
			return { key, event, review: 'proposed', ...(doubt ? { doubt } : {}) };
		}),
		lanes: document.lanes,
		categories: document.categories,
		// The dates the drafter found, kept for the marks in the text, which need not find them again.
		found: { published, expressions, skipped },
		// Nothing is published yet: every id follows its event's title.
		publishedIds: []
	};
}

/**
 * An edit to the event of `key`, given the id that event has in the state it is applied to: the page
 * knows an event by its key, since its id may change with its title.
 */
export function onEvent<S extends EventsWork>(key: number, edit: (state: S, id: string) => S): (state: S) => S {
	return (state) => {
		const entry = state.events.find((e) => e.key === key);
		return entry ? edit(state, entry.event.id) : state;
	};
}

function mapEvent<S extends EventsWork>(state: S, id: string, change: (event: TimelineEventData) => TimelineEventData): S {
	return { ...state, events: state.events.map((e) => (e.event.id === id ? { ...e, event: change(e.event) } : e)) };
}

export function setReview<S extends EventsWork>(state: S, id: string, review: Review): S {
	return { ...state, events: state.events.map((e) => (e.event.id === id ? { ...e, review } : e)) };
}

export function setArticle(state: EditorState, article: ArticleMeta): EditorState {
	return { ...state, article };
}

/** An event's fields changed; a new title gives it a new id when it is not published (event-ids.ts). */
export function updateEvent<S extends EventsWork>(state: S, id: string, patch: Partial<TimelineEventData>): S {
	const next = mapEvent(state, id, (event) => {
		const changed = { ...event, ...patch };
		for (const key of Object.keys(patch) as (keyof TimelineEventData)[]) if (patch[key] === undefined) delete changed[key];
		return changed;
	});
	return patch.title === undefined ? next : followTitle(next, id);
}

type Labelled = { id: string; label: string };

/**
 * The id of the lane or category a label names: a known one by its label (any case) or its id, else a
 * new one, added to `list` (which the caller owns).
 */
function idForLabel(list: Labelled[], label: string): string {
	const known = list.find((item) => item.label.toLowerCase() === label.toLowerCase() || item.id === label);
	if (known) return known.id;
	const item = { id: uniqueId(kebab(label), new Set(list.map((l) => l.id))), label };
	list.push(item);
	return item.id;
}

/** Lanes named by their labels: known labels keep their lane, new ones get one. */
export function setLaneLabels<S extends EventsWork>(state: S, id: string, labels: readonly string[]): S {
	const lanes = [...state.lanes];
	const ids = labels
		.map((label) => label.trim())
		.filter(Boolean)
		.map((label) => idForLabel(lanes, label));
	return updateEvent({ ...state, lanes }, id, { lanes: [...new Set(ids)] });
}

/** A category by its label: a known one, or a new one; none for no label. */
export function setCategoryLabel<S extends EventsWork>(state: S, id: string, label: string): S {
	if (!label.trim()) return updateEvent(state, id, { category: undefined });
	const categories = [...state.categories];
	const category = idForLabel(categories, label.trim());
	return updateEvent({ ...state, categories }, id, { category });
}

/** Words selected in the text, trimmed of the spaces and punctuation a selection drags along. */
export function trimRange(text: string, range: TextRange): TextRange | undefined {
	let { start, end } = range;
	while (start < end && /[\s,;:]/.test(text[start]!)) start++;
	while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
	return end > start ? { start, end } : undefined;
}

/**
 * A new event, accepted, from words of the text: its excerpt, a title from the words (its id from the
 * title), and its date from `date`, the date found in them (or none yet, which the validator then asks for).
 */
function addEvent(state: EditorState, range: TextRange, date: TemporalExpression | undefined): { state: EditorState; id: string } {
	const words = state.text.slice(range.start, range.end);
	const statedText = date ? date.text : words;
	// The words are read once, for the title and for the names in them.
	const tokens = tagText(words);
	const title = titleFromWords(words, date ? [{ start: date.start - range.start, end: date.end - range.start }] : [], tokens) || words;
	const id = eventId(title, takenIds(state));
	// Lanes from the names in the words, as a draft's: a known lane by its label, else a new one; else none.
	const lanes = [...state.lanes];
	const inText = tokens.map((t) => ({ ...t, start: t.start + range.start, end: t.end + range.start }));
	const laneIds = namesOf(state.text, inText).map((name) => idForLabel(lanes, name.text));
	const category = categorise(words, words);
	const categories = !category || state.categories.some((c) => c.id === category.id) ? state.categories : [...state.categories, { ...category }];
	const event: TimelineEventData = {
		id,
		title,
		summary: words,
		origin: 'article',
		...(category ? { category: category.id } : {}),
		lanes: [...new Set(laneIds)].slice(0, 3),
		stated: date?.edtf ? { text: statedText, edtf: date.edtf } : { text: statedText },
		// Chronoscope draws from a known start: "until 1995" is dated by the day it ended, as a draft dates it.
		date: { edtf: date?.edtf?.replace(/^\.\.\//, '') ?? '', method: 'stated', citations: [] },
		excerpts: [uniqueSelector(state.text, normaliseForMatching(state.text), range)]
	};
	return { state: { ...state, lanes, categories, events: [...state.events, { key: nextKey(state), event, review: 'accepted' }] }, id };
}

/** A new event from words selected in the text, dated by the first date found in them. */
export function addEventFromRange(state: EditorState, range: TextRange, expressions: readonly TemporalExpression[]): { state: EditorState; id: string } {
	const date = expressions.find((e) => e.start >= range.start && e.end <= range.end && e.edtf !== undefined && e.type !== 'duration' && e.type !== 'set');
	return addEvent(state, range, date);
}

/**
 * A new event from a date found in the text (one a draft made no event of): its excerpt the sentence
 * the date stands in, its date the date's, its title, lanes and category from the sentence, as for
 * selected words. None for an index that names no date found.
 */
export function addEventFromExpression(state: EditorState, index: number, expressions: readonly TemporalExpression[]): { state: EditorState; id: string } | undefined {
	const date = expressions[index];
	if (!date || date.end > state.text.length) return undefined;
	const sentence = spanAt(sentenceSpans(state.text), date.start);
	const range = { start: Math.min(sentence?.start ?? date.start, date.start), end: Math.max(sentence?.end ?? date.end, date.end) };
	return addEvent(state, range, date);
}

export function addExcerpt(state: EditorState, id: string, range: TextRange): EditorState {
	const selector = uniqueSelector(state.text, normaliseForMatching(state.text), range);
	return mapEvent(state, id, (event) => ({ ...event, excerpts: [...event.excerpts, selector] }));
}

export function removeExcerpt<S extends EventsWork>(state: S, id: string, index: number): S {
	return mapEvent(state, id, (event) => ({ ...event, excerpts: event.excerpts.filter((_, i) => i !== index) }));
}

/** Accepts every proposed event but those the drafter marked for review, which the editor decides one by one, and those held in reserve. */
export function acceptAll<S extends EventsWork>(state: S): S {
	// In a history, the candidates in reserve stay proposed: accepting them all would publish every one.
	return { ...state, events: state.events.map((e) => (e.review === 'proposed' && !e.doubt && !e.reserve ? { ...e, review: 'accepted' } : e)) };
}

/**
 * After the publication date has changed: the dates inferred from it ("Tuesday", "in March"), read again
 * from the same words against the new date, as a draft would read them. An event keeps everything else
 * the editor gave it; one whose words no longer make a date is left as it is. `found`, the dates found
 * in the text already, is used when it counts from the state's publication date (rather than finding them
 * again), and a changed state keeps the dates found from it.
 */
export function rereadInferredDates(state: EditorState, found?: FoundDates): { state: EditorState; changed: number } {
	const { article, text } = state;
	const published = article.asOf.date;
	const known = found?.published === published ? found : foundDatesOf(state);
	const draft = draftTimeline({ text, published, title: article.title, publisher: article.publisher, ...(known ? { expressions: known.expressions } : {}) });
	const { document } = draft;
	const normalised = normaliseForMatching(text);
	const rangesOf = (event: TimelineEventData) => uniqueRanges(normalised, event.excerpts);
	const drafted = document.events.map((event) => ({ event, ranges: rangesOf(event) }));
	let changed = 0;
	const events = state.events.map((item) => {
		const { event } = item;
		if (event.date.method !== 'inferred' || !event.stated) return item;
		const mine = rangesOf(event);
		const same = drafted.find((d) => d.event.stated?.text === event.stated?.text && d.ranges.some((r) => mine.some((m) => r.start < m.end && m.start < r.end)));
		if (!same || (same.event.date.edtf === event.date.edtf && same.event.stated?.edtf === event.stated.edtf)) return item;
		changed++;
		const date = { ...event.date, edtf: same.event.date.edtf, ...(same.event.date.note ? { note: same.event.date.note } : {}) };
		return { ...item, event: { ...event, stated: { ...event.stated, edtf: same.event.stated?.edtf }, date } };
	});
	return { state: changed ? { ...state, events, found: { published, expressions: draft.expressions, skipped: draft.skipped } } : state, changed };
}
