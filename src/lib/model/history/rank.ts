/**
 * How much the coverage makes of a day's event: how many articles report it, how often they mention it,
 * how many lead with it (mentions.ts), how many look back on it from a later day, and from how many
 * publishers. The weights were set by measurement on the development stories of `npm run bench:history`
 * (docs/history.md): leading and looking back each add to date F1; counting an article's publication day
 * as a mention of that day takes from it, so it is not counted.
 */
import type { Mention } from './mentions';

export interface RankWeights {
	/** Per article that mentions the event. */
	articles: number;
	/** Per doubling of its mentions. */
	mentions: number;
	/** Per article whose first dated sentence is about it. */
	leads: number;
	/** Per article published after the day that still mentions it. */
	later: number;
	/** Per publisher beyond the first. */
	publishers: number;
}

export const RANK_WEIGHTS: RankWeights = { articles: 1, mentions: 1, leads: 1, later: 0.5, publishers: 0.5 };

/** The score of mentions of one day taken as one event; `publishedOf` gives an article's publication day by its id. */
export function eventScore(mentions: readonly Mention[], day: string, publishedOf: (article: string) => string, weights: RankWeights = RANK_WEIGHTS): number {
	const articles = new Set(mentions.map((m) => m.article));
	const leads = new Set(mentions.filter((m) => m.lead).map((m) => m.article));
	const later = [...articles].filter((id) => publishedOf(id) > day);
	const publishers = new Set(mentions.flatMap((m) => (m.publisher ? [m.publisher] : [])));
	return (
		weights.articles * articles.size +
		weights.mentions * Math.log2(1 + mentions.length) +
		weights.leads * leads.size +
		weights.later * later.length +
		weights.publishers * Math.max(0, publishers.size - 1)
	);
}
