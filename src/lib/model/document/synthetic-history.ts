/**
 * A synthetic history: the synthetic events (synthetic.ts) reported by many articles, each event in one to
 * three of them, with excerpts that anchor in the articles' generated texts. For measuring histories at
 * scale (300 articles and 5,000 events, as issue 28 asks), in the benchmark and the tests.
 */
import type { SourceArticleData, TimelineDocument, TimelineEventData } from './schema';
import { syntheticDocument } from './synthetic';
import { formatInteger } from '../text/format-number';

const PUBLISHERS = ['Wikinews', 'The Daily Record', 'Evening Post', 'Coast Herald'];

/**
 * The words of event `i` in its `r`th report: bracketed, so that no report's words are part of another's
 * ("[event 1 report 1]" is not inside "[event 11 report 1]").
 */
const reportWords = (i: number, r: number) => `[event ${i} report ${r}]`;

export function syntheticHistoryDocument(count: number, articleCount = 300, seed = 1): TimelineDocument {
	const base = syntheticDocument(count, seed);
	const day = base.article!.asOf.date;
	const sentences: string[][] = Array.from({ length: articleCount }, () => []);
	const articleId = (k: number) => `article-${k + 1}`;
	const events: TimelineEventData[] = base.events.map((event, i) => {
		const excerpts: TimelineEventData['excerpts'] = [];
		// One to three articles, spread over them all: the same event never twice in one article.
		const reports = Math.min(articleCount, 1 + (i % 3));
		for (let r = 0; r < reports; r++) {
			const k = (i * 7 + r * Math.ceil(articleCount / 3)) % articleCount;
			sentences[k]!.push(`The ${reportWords(i, r)} tells of ${event.title}.`);
			excerpts.push({ type: 'TextQuoteSelector', exact: reportWords(i, r), article: articleId(k) });
		}
		return { ...event, origin: 'article', stated: { text: 'that day' }, date: { ...event.date, method: 'stated', citations: [] }, excerpts };
	});
	const articles: SourceArticleData[] = sentences.map((said, k) => ({
		id: articleId(k),
		title: `Synthetic report ${k + 1}`,
		publisher: PUBLISHERS[k % PUBLISHERS.length]!,
		language: 'en',
		published: day,
		text: said.length > 0 ? said.join(' ') : 'This article reports no event.'
	}));
	return {
		version: 1,
		id: `synthetic-history-${count}`,
		title: `Synthetic history of ${formatInteger(count)} events from ${formatInteger(articleCount)} articles`,
		articles,
		lanes: base.lanes,
		categories: base.categories,
		events
	};
}
