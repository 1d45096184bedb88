/**
 * How much the coverage makes of an event: how many articles report it, how often they mention it, how
 * many of them look back on it from a later day, and from how many publishers. The weights are set by
 * `npm run bench:history` on the development stories (bench/history/README.md gives the measurements).
 */
import type { Mention } from './mentions';

export interface RankWeights {
	/** Per article that mentions the event. */
	articles: number;
	/** Per doubling of its mentions. */
	mentions: number;
	/** Per article published after the day that still mentions it. */
	later: number;
	/** Per publisher beyond the first. */
	publishers: number;
}

export const RANK_WEIGHTS: RankWeights = { articles: 1, mentions: 1, later: 0.5, publishers: 0.5 };

/** The event's score; `publishedOf` gives an article's publication day by its id. */
export function eventScore(mentions: readonly Mention[], day: string, publishedOf: (article: string) => string, weights: RankWeights = RANK_WEIGHTS): number {
	const articles = new Set(mentions.map((m) => m.article));
	const publishers = new Set(mentions.flatMap((m) => (m.publisher ? [m.publisher] : [])));
	const later = [...articles].filter((id) => publishedOf(id) > day).length;
	return weights.articles * articles.size + weights.mentions * Math.log2(1 + mentions.length) + weights.later * later + weights.publishers * Math.max(0, publishers.size - 1);
}
