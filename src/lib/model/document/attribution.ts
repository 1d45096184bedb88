/**
 * The credit an article's licence asks for (CC BY: the title, linked to the original, the publisher, the
 * licence, linked, and whether the text was changed), as the views and the exports write it.
 */
import type { ArticleData } from './schema';
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
