/**
 * Where an article refers to a day: each temporal expression the extraction engine resolves to a day
 * (a date or a time on a day; "Monday" read against the publication date), in its sentence. A line that
 * is nothing but a date (Wikinews' "Friday, January 4, 2019" above the text) dates no sentence, and one
 * sentence naming the same day twice is one mention.
 */
import { extractTemporalExpressions } from '../extract/extract';
import type { TemporalExpression } from '../extract/types';
import { sentenceSpans, spanAt, type Span } from '../text/sentences';
import type { HistoryArticle } from './articles';

export interface Mention {
	/** The id of the article. */
	article: string;
	/** YYYY-MM-DD. */
	day: string;
	/** The sentence, as UTF-16 offsets into the article's text, and its text. */
	sentence: Span;
	text: string;
	/** The words that date it, as offsets into the article's text. */
	expression: Span;
	/**
	 * Whether this is the article's first mention of a day: news opens with what it reports, so the day an
	 * article leads with, and the sentence it says it in, count for more.
	 */
	lead: boolean;
	/** The host the article was published on (from its URL), if known. */
	publisher?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
/** Words outside the date that make a sentence more than a date line. */
const MIN_OTHER_WORDS = 3;

/** The day an expression falls on, if it names one: a date or a time on a day, not a set ("every Monday") or span. */
export function dayOf(expression: TemporalExpression): string | undefined {
	if (expression.type !== 'date' && expression.type !== 'time') return undefined;
	return DAY.exec(expression.value)?.[0];
}

/** The publisher of an article: its URL's host without "www.". */
export function publisherOf(article: HistoryArticle): string | undefined {
	if (!article.url) return undefined;
	try {
		return new URL(article.url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}

function isDateLine(text: string, sentence: Span, expressions: readonly TemporalExpression[]): boolean {
	let rest = text.slice(sentence.start, sentence.end);
	for (const e of expressions) if (e.start >= sentence.start && e.end <= sentence.end) rest = rest.replace(e.text, ' ');
	return (rest.match(/\p{L}{2,}/gu) ?? []).length < MIN_OTHER_WORDS;
}

export interface ArticleMentions {
	article: HistoryArticle;
	sentences: Span[];
	mentions: Mention[];
	/** Every temporal expression the engine found in the text, kept so that drafting the article need not look again. */
	expressions: readonly TemporalExpression[];
}

/** An article's sentences and its mentions of days, in text order. */
export function articleMentions(article: HistoryArticle): ArticleMentions {
	const { text } = article;
	const sentences = sentenceSpans(text);
	const { expressions } = extractTemporalExpressions(text, article.published);
	const publisher = publisherOf(article);
	const mentions: Mention[] = [];
	const seen = new Set<string>();
	for (const expression of expressions) {
		const day = dayOf(expression);
		const sentence = day && spanAt(sentences, expression.start);
		if (!day || !sentence || seen.has(`${sentence.start} ${day}`)) continue;
		if (isDateLine(text, sentence, expressions)) continue;
		seen.add(`${sentence.start} ${day}`);
		mentions.push({
			article: article.id,
			day,
			sentence,
			text: text.slice(sentence.start, sentence.end),
			expression: { start: expression.start, end: expression.end },
			lead: mentions.length === 0,
			...(publisher ? { publisher } : {})
		});
	}
	return { article, sentences, mentions, expressions };
}
