/**
 * Between a timeline document and the editor's state: a published document opened for editing, and the
 * document the editor publishes from its state.
 */
import type { ArticleData, ArticleTimelineDocument, SourceArticleData, TimelineDocument } from '../document/schema';
import {
	isHistoryState,
	isPublishedEntry,
	type ArticleMeta,
	type EditorState,
	type EditorWork,
	type EventsWork,
	type HistorySource,
	type HistoryState,
	type Review
} from './state';

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
 * A published history as an editor state: its articles with their texts (in the document's order), and
 * every event accepted. Its ids were published, so they stay.
 */
export function historyStateOfDocument(document: TimelineDocument, texts: readonly string[]): HistoryState {
	return {
		version: 1,
		kind: 'history',
		id: document.id,
		title: document.title ?? document.id,
		articles: (document.articles ?? []).map((article, index): HistorySource => {
			const credit: Partial<SourceArticleData> = { ...article };
			delete credit.text;
			delete credit.textFile;
			delete credit.asOf;
			return { ...(credit as Omit<SourceArticleData, 'text' | 'textFile' | 'asOf'>), text: texts[index] ?? '' };
		}),
		events: document.events.map((event, key) => ({ key, event, review: 'accepted' })),
		lanes: document.lanes,
		categories: document.categories,
		publishedIds: document.events.map((event) => event.id)
	};
}

/** The events a document publishes, with only the lanes and categories they use (a lane only a rejected event had would be drawn empty). */
function publishedOf(state: EventsWork): Pick<TimelineDocument, 'events' | 'lanes' | 'categories'> {
	const events = state.events.filter(isPublishedEntry).map((entry) => entry.event);
	const lanes = new Set(events.flatMap((event) => event.lanes));
	const categories = new Set(events.map((event) => event.category));
	return {
		lanes: state.lanes.filter((lane) => lanes.has(lane.id)),
		categories: state.categories.filter((category) => categories.has(category.id)),
		events
	};
}

/**
 * Each article of a history as a document gives it, made once per article and way of giving its text, so
 * that the documents made of one state share them (and a check can tell a document unchanged).
 */
const sourceArticles = { inline: new WeakMap<HistorySource, SourceArticleData>(), textFiles: new WeakMap<HistorySource, SourceArticleData>() };

function sourceArticle(article: HistorySource, textFiles: boolean): SourceArticleData {
	const made = sourceArticles[textFiles ? 'textFiles' : 'inline'];
	let data = made.get(article);
	if (!data) {
		const { text, ...credit } = article;
		data = { ...credit, ...(textFiles ? { textFile: articleTextFile(credit) } : { text }) };
		made.set(article, data);
	}
	return data;
}

/** The name of the text file a history's article is written to beside its document. */
export const articleTextFile = (article: { id: string }): string => `${article.id}.txt`;

/**
 * The document the editor publishes: every event it publishes (not rejected, and in a history not held in
 * reserve), with the lanes and categories they use. One article's text is inline, or named as `textFile`
 * for the caller to write beside the document; a history's articles each hold their text inline, or with
 * `textFiles` name it as `<article id>.txt`. It shares its objects with the state.
 */
export function documentOf(state: EditorState, options?: { textFile?: string }): ArticleTimelineDocument;
export function documentOf(state: HistoryState, options?: { textFiles?: boolean }): TimelineDocument;
export function documentOf(state: EditorWork, options?: { textFile?: string; textFiles?: boolean }): TimelineDocument;
export function documentOf(state: EditorWork, options: { textFile?: string; textFiles?: boolean } = {}): TimelineDocument {
	if (isHistoryState(state)) {
		const articles = state.articles.map((article) => sourceArticle(article, options.textFiles === true));
		return { version: 1, id: state.id, title: state.title, articles, ...publishedOf(state) };
	}
	const text = options.textFile === undefined ? { text: state.text } : { textFile: options.textFile };
	const { lanes, categories, events } = publishedOf(state);
	return { version: 1, id: state.id, article: { ...state.article, ...text }, lanes, categories, events };
}
