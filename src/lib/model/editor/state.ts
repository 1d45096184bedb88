/**
 * What the editor edits: an article (its text and metadata) and the events drafted from it, each with the
 * editor's decision. Plain data, so it can be saved in the browser, restored, and kept in an undo history.
 */
import type { ArticleData, TimelineDocument, TimelineEventData } from '../document/schema';
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
}

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
