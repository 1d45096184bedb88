/**
 * A timeline summary of a history, as the field scores one: at most L days, in time order, each with at
 * most K sentences taken verbatim from the articles (represent.ts chooses them). Days are ranked by the
 * score of all their mentions together, so that an article is counted once for a day however many events
 * it tells of on it.
 */
import type { History } from './history';
import type { Mention } from './mentions';
import { chooseSentences } from './represent';

export interface SummaryOptions {
	/** At most this many days (L). */
	dates: number;
	/** At most this many sentences a day (K). */
	sentences: number;
	/** Only days from this one (YYYY-MM-DD, inclusive). */
	from?: string;
	/** Only days up to this one (YYYY-MM-DD, inclusive). */
	to?: string;
	/** Only sentences that hold one of these words (in any case), as news-tls keeps to a story's keywords. */
	keywords?: readonly string[];
}

export type TimelineSummary = [day: string, sentences: string[]][];

function keywordFilter(keywords: readonly string[] | undefined): (m: Mention) => boolean {
	const words = (keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean);
	if (words.length === 0) return () => true;
	return (m) => {
		const lower = m.text.toLowerCase();
		return words.some((w) => lower.includes(w));
	};
}

export function timelineSummary(history: History, options: SummaryOptions): TimelineSummary {
	const eligible = keywordFilter(options.keywords);
	const inSpan = (day: string) => (!options.from || day >= options.from) && (!options.to || day <= options.to);
	const days = new Map<string, Mention[]>();
	for (const event of history.events) {
		if (!inSpan(event.day)) continue;
		const mentions = event.mentions.filter(eligible);
		if (mentions.length > 0) days.set(event.day, [...(days.get(event.day) ?? []), ...mentions]);
	}
	const ranked = [...days].map(([day, mentions]) => ({ day, mentions, score: history.scoreOf(mentions, day) })).sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : 1));
	const timeline: TimelineSummary = [];
	for (const { day, mentions } of ranked) {
		if (timeline.length >= options.dates) break;
		const sentences = chooseSentences(mentions, history.vectorOf, options.sentences).map((m) => m.text);
		if (sentences.length > 0) timeline.push([day, sentences]);
	}
	return timeline.sort(([a], [b]) => (a < b ? -1 : 1));
}
