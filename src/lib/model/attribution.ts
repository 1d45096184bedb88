/**
 * The credit an article's licence asks for (CC BY: the title, linked to the original, the publisher, the
 * licence, linked, and whether the text was changed), as the views and the exports write it.
 */
import type { ArticleData } from './schema';

/** What a credit names. */
export type CreditedArticle = Pick<ArticleData, 'title' | 'publisher' | 'url' | 'licence'>;

/**
 * The export's source line: "Source: The Defense News, “Title”. Timeline by Chronoscope.", with the
 * original's address when the document gives it.
 */
export function sourceLine(article: CreditedArticle): string {
	return `Source: ${article.publisher}, “${article.title}”${article.url ? `, ${article.url}` : ''}. Timeline by Chronoscope.`;
}

/**
 * The export's licence line, for a licensed article: "The article is licensed under CC BY 2.5
 * (https://creativecommons.org/licenses/by/2.5/). Changes: photo captions left out."
 */
export function licenceLine(article: CreditedArticle): string | undefined {
	const { licence } = article;
	if (!licence) return undefined;
	return `The article is licensed under ${licence.name} (${licence.url}).${licence.changes ? ` Changes: ${licence.changes.replace(/\.$/, '')}.` : ''}`;
}
