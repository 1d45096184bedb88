/**
 * A timeline summary of a history, as the field scores one: at most L days, in time order, each with at
 * most K sentences taken verbatim from the articles. Days are taken in the order of their events' scores;
 * a day's sentences are those of its mentions most alike to all of them (the centroid of their TF-IDF
 * vectors, as the centroid summarisers of the field choose), weighted by how fit each is to stand alone,
 * never the same sentence twice nor one that says again what a chosen one says.
 */
import type { History, HistoryEvent } from './history';
import type { Mention } from './mentions';
import { sentenceQuality } from './quality';
import { dot, normalised, sum } from './vectors';

export interface SummaryOptions {
	/** At most this many days (L). */
	dates: number;
	/** At most this many sentences a day (K). */
	sentences: number;
	/** Only days from this one (YYYY-MM-DD, inclusive). */
	from?: string;
	/** Only days up to this one (YYYY-MM-DD, inclusive). */
	to?: string;
	/** Only sentences that hold one of these words (any case), as news-tls filters by a story's keywords. */
	keywords?: readonly string[];
}

export type TimelineSummary = [day: string, sentences: string[]][];

/** A chosen sentence this alike to another (cosine) says nothing new. */
const REDUNDANT = 0.5;

function keywordFilter(keywords: readonly string[] | undefined): (m: Mention) => boolean {
	const words = (keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean);
	if (words.length === 0) return () => true;
	return (m) => {
		const lower = m.text.toLowerCase();
		return words.some((w) => lower.includes(w));
	};
}

/** Up to `k` sentences that best represent the mentions of one day. */
export function daySentences(history: History, mentions: readonly Mention[], k: number): string[] {
	const unique = [...new Map(mentions.map((m) => [m.text, m])).values()].filter((m) => sentenceQuality(m.text) > 0);
	const centroid = normalised(sum(unique.map(history.vectorOf)));
	const ranked = unique.map((m) => ({ m, score: dot(history.vectorOf(m), centroid) * sentenceQuality(m.text) })).sort((a, b) => b.score - a.score);
	const chosen: Mention[] = [];
	for (const { m } of ranked) {
		if (chosen.length >= k) break;
		if (chosen.some((c) => dot(history.vectorOf(c), history.vectorOf(m)) > REDUNDANT)) continue;
		chosen.push(m);
	}
	return chosen.map((m) => m.text);
}

export function timelineSummary(history: History, options: SummaryOptions): TimelineSummary {
	const eligible = keywordFilter(options.keywords);
	const days = new Map<string, { score: number; mentions: Mention[] }>();
	const inSpan = (e: HistoryEvent) => (!options.from || e.day >= options.from) && (!options.to || e.day <= options.to);
	for (const event of history.events.filter(inSpan)) {
		const mentions = event.mentions.filter(eligible);
		if (mentions.length === 0) continue;
		const day = days.get(event.day) ?? { score: 0, mentions: [] };
		day.score += event.score;
		day.mentions.push(...mentions);
		days.set(event.day, day);
	}
	const ranked = [...days].sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1));
	const timeline: TimelineSummary = [];
	for (const [day, { mentions }] of ranked) {
		if (timeline.length >= options.dates) break;
		const sentences = daySentences(history, mentions, options.sentences);
		if (sentences.length > 0) timeline.push([day, sentences]);
	}
	return timeline.sort(([a], [b]) => (a < b ? -1 : 1));
}
