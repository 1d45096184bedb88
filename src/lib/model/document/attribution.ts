/**
 * The credit an article's licence asks for (CC BY: the title, linked to the original, the publisher, the
 * licence, linked, and whether the text was changed), as the views and the exports write it.
 */
import type { ArticleData, Licence, TimelineDocument } from './schema';
import { articlesOf, isHistory, publishersOf } from './articles';
import { formatInteger } from '../text/format-number';
import { isolatedName } from '../text/untrusted-text';

/** What a credit names. */
export type CreditedArticle = Pick<ArticleData, 'title' | 'publisher' | 'url' | 'licence'>;

/** What the lines quote from the document, shown (untrusted-text.ts) and isolated from the words around it. */
const quote = isolatedName;

/**
 * The export's source line: "Source: The Defense News, “Title”. Timeline by Chronoscope.", with the
 * original's address when the document gives it.
 */
export function sourceLine(article: CreditedArticle): string {
	return `Source: ${quote(article.publisher)}, “${quote(article.title)}”${article.url ? `, ${quote(article.url)}` : ''}. Timeline by Chronoscope.`;
}

/** The export's source line for a document loaded from an address (?src=): "Source: https://…/timeline.json". */
export function documentSourceLine(src: string): string {
	return `Source: ${quote(src)}`;
}

/**
 * The export's licence line, for a licensed article: "The article is licensed under CC BY 2.5
 * (https://creativecommons.org/licenses/by/2.5/). Changes: photo captions left out."
 */
export function licenceLine(article: CreditedArticle): string | undefined {
	const { licence } = article;
	if (!licence) return undefined;
	return `The article is licensed under ${quote(licence.name)} (${quote(licence.url)}).${licence.changes ? ` Changes: ${quote(licence.changes.replace(/\.$/, ''))}.` : ''}`;
}

/** A history's sources in a few words: "14 articles from Wikinews", "300 articles from 4 publishers". */
export function sourcesSummary(articles: readonly Pick<ArticleData, 'publisher'>[]): string {
	const publishers = publishersOf(articles);
	const count = `${formatInteger(articles.length)} ${articles.length === 1 ? 'article' : 'articles'}`;
	return publishers.length === 1 ? `${count} from ${quote(publishers[0]!)}` : `${count} from ${formatInteger(publishers.length)} publishers`;
}

/** The licences a history's articles are under, each once (by name and address), in the order they first appear. */
export function licencesOf(articles: readonly Pick<ArticleData, 'licence'>[]): Licence[] {
	const seen = new Map<string, Licence>();
	for (const { licence } of articles) {
		if (!licence) continue;
		const key = `${licence.name}\n${licence.url}`;
		if (!seen.has(key)) seen.set(key, { name: licence.name, url: licence.url });
	}
	return [...seen.values()];
}

/** A history's licence line: "The articles are licensed under CC BY 2.5 (https://…)." */
export function licencesLine(licences: readonly Licence[]): string | undefined {
	if (licences.length === 0) return undefined;
	const named = licences.map((licence) => `${quote(licence.name)} (${quote(licence.url)})`);
	const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
	return `The articles are licensed under ${list}.`;
}

/** The export's credit lines for a document of either shape: its one article's, or a history's sources in short. */
export function creditLines(document: Pick<TimelineDocument, 'article' | 'articles'>): { source: string; licence?: string } {
	const articles = articlesOf(document);
	const licence = isHistory(document) ? licencesLine(licencesOf(articles)) : articles[0] && licenceLine(articles[0]);
	const source = isHistory(document) ? `Sources: ${sourcesSummary(articles)}. Timeline by Chronoscope.` : articles[0] ? sourceLine(articles[0]) : 'Timeline by Chronoscope.';
	return { source, ...(licence ? { licence } : {}) };
}

/** Who a timeline's words come from, for its byline: its one article's publisher, or "14 articles from Wikinews". */
export function bylineOf(document: Pick<TimelineDocument, 'article' | 'articles'>): string {
	const articles = articlesOf(document);
	return isHistory(document) ? sourcesSummary(articles) : (articles[0]?.publisher ?? '');
}
