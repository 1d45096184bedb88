/**
 * The articles a document is drawn from, read the same way whatever its shape: a one-article document's
 * `article`, or a history's `articles`, each with an id its excerpts name. Every reader asks here rather
 * than reading `article` itself, so that both shapes load, show and credit alike.
 */
import type { ArticleData, ArticleTimelineDocument, SourceArticleData, TimelineDocument } from './schema';
import { formatInteger } from '../text/format-number';
import { formatDay } from '../date/format-date';
import { parseIsoDay } from '../date/fuzzy-date';

/** An article as the views credit and show it: a one-article document's has no id and may have no publication day. */
export type AnyArticle = ArticleData | SourceArticleData;

type WithArticles = Pick<TimelineDocument, 'article' | 'articles'>;

/** The document's articles, in its own order: one for a document of one article. */
export function articlesOf(document: WithArticles): readonly AnyArticle[] {
	return document.articles ?? (document.article ? [document.article] : []);
}

/** Whether the document is drawn from one article, given as `article`. */
export const hasOneArticle = (document: TimelineDocument): document is ArticleTimelineDocument => document.article !== undefined && document.articles === undefined;

/** Whether the document is a history: its articles are listed, each with an id, rather than given as one. */
export const isHistory = (document: WithArticles): boolean => document.articles !== undefined;

/** The timeline's title: its own, or its one article's. */
export function timelineTitle(document: Pick<TimelineDocument, 'title' | 'article' | 'articles' | 'id'>): string {
	return document.title ?? document.article?.title ?? document.articles?.[0]?.title ?? document.id;
}

/** The day an article speaks from: its as-of day, else the day it was published. */
export function articleDay(article: AnyArticle): string | undefined {
	return article.asOf?.date ?? ('published' in article ? article.published : undefined);
}

/** The articles' publishers, each once, in the order they first appear. */
export function publishersOf(articles: readonly Pick<AnyArticle, 'publisher'>[]): string[] {
	return [...new Set(articles.map((article) => article.publisher))];
}

/** How much of a history's coverage reports an event: in how many of its articles, from which publishers. */
export interface Coverage {
	articles: number;
	of: number;
	publishers: string[];
}

/** The coverage of an event whose excerpts are in `excerpts` (each naming its article's index in `articles`). */
export function coverageOf(excerpts: readonly { article: number }[], articles: readonly Pick<AnyArticle, 'publisher'>[]): Coverage {
	const reporting = [...new Set(excerpts.map((excerpt) => excerpt.article))].flatMap((index) => articles[index] ?? []);
	return { articles: reporting.length, of: articles.length, publishers: publishersOf(reporting) };
}

/** "in 12 of 300 articles, from 4 publishers"; "in 1 of 14 articles, from Wikinews". */
export function coverageText({ articles, of, publishers }: Coverage): string {
	const from = publishers.length === 1 ? `from ${publishers[0]}` : `from ${formatInteger(publishers.length)} publishers`;
	return `in ${formatInteger(articles)} of ${formatInteger(of)} ${of === 1 ? 'article' : 'articles'}${publishers.length > 0 ? `, ${from}` : ''}`;
}

/** "3 Jan 2020": the day a history's article was published, for its credit; nothing for a one-article document's. */
export function publishedText(article: AnyArticle): string | undefined {
	if (!('published' in article)) return undefined;
	try {
		return formatDay(parseIsoDay(article.published));
	} catch {
		return article.published;
	}
}

/** "Wikinews, 3 Jan 2020": who published an article, and the day, where the document gives it. */
export function publishedBy(article: AnyArticle): string {
	const day = publishedText(article);
	return day ? `${article.publisher}, ${day}` : article.publisher;
}

/** What tells two excerpts apart: the article they quote (in a history), their words and their context. */
export const excerptIdentity = (excerpt: { article?: string; exact: string; prefix?: string; suffix?: string }): string =>
	[excerpt.article ?? '', excerpt.exact, excerpt.prefix ?? '', excerpt.suffix ?? ''].join('\n');
