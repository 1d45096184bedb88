/**
 * Between a timeline document and the editor's state: a published document opened for editing, and the
 * document the editor publishes from its state.
 */
import type { ArticleData, ArticleTimelineDocument } from '../document/schema';
import type { ArticleMeta, EditorState, Review } from './state';

function articleMeta(article: ArticleData): ArticleMeta {
	const meta = { ...article };
	delete meta.text;
	delete meta.textFile;
	return meta;
}

/**
 * A document as an editor state; `text` is its article text, wherever the document keeps it. Every event
 * gets `review`. The document was published, so its ids are: links may point to them, and they stay.
 */
export function stateOf(document: ArticleTimelineDocument, text: string, review: Review): EditorState {
	return {
		version: 1,
		id: document.id,
		article: articleMeta(document.article),
		text,
		events: document.events.map((event, key) => ({ key, event, review })),
		lanes: document.lanes,
		categories: document.categories,
		publishedIds: document.events.map((event) => event.id)
	};
}

/**
 * The document the editor publishes: every event it has not rejected, with the lanes and categories they
 * use (a lane only a rejected event had would be drawn empty), and the article, whose text is inline, or
 * named as `textFile` for the caller to write beside the document. It shares its objects with the state.
 */
export function documentOf(state: EditorState, options: { textFile?: string } = {}): ArticleTimelineDocument {
	const text = options.textFile === undefined ? { text: state.text } : { textFile: options.textFile };
	const events = state.events.filter((entry) => entry.review !== 'rejected').map((entry) => entry.event);
	const lanes = new Set(events.flatMap((event) => event.lanes));
	const categories = new Set(events.map((event) => event.category));
	return {
		version: 1,
		id: state.id,
		article: { ...state.article, ...text },
		lanes: state.lanes.filter((lane) => lanes.has(lane.id)),
		categories: state.categories.filter((category) => categories.has(category.id)),
		events
	};
}
