/**
 * What the editor edits: an article (its text and metadata) and the events drafted from it, each with the
 * editor's decision. Plain data, so it can be saved in the browser, restored, and kept in an undo history.
 */
import type { ArticleData, TimelineDocument, TimelineEventData } from '../document/schema';

/** Whether the editor has looked at a drafted event yet, and kept it. */
export type Review = 'proposed' | 'accepted' | 'rejected';

export interface EditorEvent {
	event: TimelineEventData;
	review: Review;
}

/** The article's metadata without its text, which the state holds beside it. */
export type ArticleMeta = Omit<ArticleData, 'text' | 'textFile'>;

export interface EditorState {
	version: 1;
	id: string;
	article: ArticleMeta;
	text: string;
	events: EditorEvent[];
	lanes: TimelineDocument['lanes'];
	categories: TimelineDocument['categories'];
}
