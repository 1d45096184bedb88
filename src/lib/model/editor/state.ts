/**
 * What the editor edits: an article (its text and metadata) and the events drafted from it, each with the
 * editor's decision; or a history of many articles and the events drafted across them. Plain data, so it
 * can be saved in the browser, restored, and kept in an undo history.
 */
import type { ArticleData, SourceArticleData, TimelineDocument, TimelineEventData } from '../document/schema';
import type { SkippedExpression } from '../draft/draft';
import type { TemporalExpression } from '../extract/types';

/** Whether the editor has looked at a drafted event yet, and kept it. */
export type Review = 'proposed' | 'accepted' | 'rejected';

export interface EditorEvent {
	/**
	 * The event's identity in the editor, which never changes: its id follows its title until it is
	 * published (see event-ids.ts), so the page and the undo history know an event by this instead. A
	 * number no other event of the state has.
	 */
	key: number;
	event: TimelineEventData;
	review: Review;
	/**
	 * Why the drafter asks the editor to look at this event before publishing it (a bare year far before
	 * the rest of the article): shown while the event is proposed, and "Accept all" leaves it proposed.
	 */
	doubt?: string;
	/**
	 * In a history, a candidate ranked below the events the timeline opens with: while it is proposed it is
	 * not published, and accepting it adds it to the timeline. Never set in a timeline of one article.
	 */
	reserve?: true;
}

/** Whether the editor's document publishes this event: accepted, or proposed and not held in reserve. */
export const isPublishedEntry = (entry: EditorEvent): boolean => entry.review === 'accepted' || (entry.review === 'proposed' && entry.reserve !== true);

/** The article's metadata without its text, which the state holds beside it. */
export type ArticleMeta = Omit<ArticleData, 'text' | 'textFile'>;

/** The dates found in the article's text, counted from a publication date (see found.ts). */
export interface FoundDates {
	/** The publication date they count from. */
	published: string;
	expressions: readonly TemporalExpression[];
	/** Those a draft makes no event of, and why. */
	skipped: readonly SkippedExpression[];
}

export interface EditorState {
	version: 1;
	id: string;
	article: ArticleMeta;
	text: string;
	events: EditorEvent[];
	lanes: TimelineDocument['lanes'];
	categories: TimelineDocument['categories'];
	/**
	 * The dates found in `text` when it was drafted, kept so that they are not looked for again; the text
	 * never changes under them. None in a document opened for editing, or in work saved by an earlier editor.
	 */
	found?: FoundDates;
	/**
	 * The event ids the timeline has been published with: every id of a document opened for editing, and
	 * each id a download wrote. Links point to them, so they no longer follow their events' titles, and no
	 * other event is given one. None in a draft (an empty list, or none at all). Saved work from before the
	 * editor kept them is read as having published every id it has (persist.ts).
	 */
	publishedIds?: readonly string[];
}

/** An article of a history as the editor holds it: its credit and publication day, and its text inline. */
export type HistorySource = Omit<SourceArticleData, 'text' | 'textFile' | 'asOf'> & { text: string };

/**
 * A history of many articles: its title, its articles, and the events drafted across them in the order
 * the drafter ranked them (the timeline's top events, then the candidates held in reserve), each excerpt
 * naming its article by id. How many articles report an event is read from its excerpts
 * (document/articles.ts, coverageOf), so a merge or a split says it at once.
 */
export interface HistoryState {
	version: 1;
	kind: 'history';
	id: string;
	title: string;
	articles: HistorySource[];
	events: EditorEvent[];
	lanes: TimelineDocument['lanes'];
	categories: TimelineDocument['categories'];
	/** As for one article: the event ids the timeline has been published with. */
	publishedIds?: readonly string[];
}

/** Whatever the editor has open: the timeline of one article, or a history. */
export type EditorWork = EditorState | HistoryState;

/** What every kind of work holds and the edits of events change: events, lanes, categories, published ids. */
export type EventsWork = Pick<EditorState, 'events' | 'lanes' | 'categories' | 'publishedIds'>;

export const isHistoryState = (work: EditorWork): work is HistoryState => 'kind' in work && work.kind === 'history';

/** The title a saved draft is listed by. */
export const titleOf = (work: EditorWork): string => (isHistoryState(work) ? work.title : work.article.title);

/** The day the work speaks from, against which its dates are read: its article's as-of day, or a history's latest article's. */
export function asOfDayOf(work: EditorWork): string {
	if (!isHistoryState(work)) return work.article.asOf.date;
	return work.articles.reduce((latest, article) => (article.published > latest ? article.published : latest), '');
}
