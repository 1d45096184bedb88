/**
 * A history drafted from many articles: every day the articles refer to, gathered into events (the
 * mentions of one day that speak of the same thing, across articles), ranked by how much the coverage
 * makes of them, in the spirit of DATEWISE (Gholipour Ghalandari & Ifrim, ACL 2020). Each event keeps all
 * its mentions, so a timeline made from it can cite every article that reports it; summary.ts picks the
 * days and sentences of a timeline summary from it.
 */
import type { HistoryArticle } from './articles';
import { groupMentions } from './events';
import { readArticle, type Mention } from './mentions';
import { sentenceQuality } from './quality';
import { eventScore, RANK_WEIGHTS, type RankWeights } from './rank';
import { dot, EMPTY_VECTOR, normalised, sum, TermSpace, type SparseVector } from './vectors';
import { contentWords } from './words';

export interface HistoryEvent {
	/** YYYY-MM-DD. */
	day: string;
	/** Every mention of the event, in the order of the articles given and of their text. */
	mentions: Mention[];
	/** The ids of the articles that report it, in the order given. */
	articles: string[];
	/** How much the coverage makes of it (rank.ts); events are ranked by it. */
	score: number;
	/** The mention whose sentence best tells what happened: alike to the rest, and fit to stand alone. */
	representative: Mention;
}

export interface History {
	/** Ranked, highest score first; on a tie, the earlier day first. */
	events: HistoryEvent[];
	/** The TF-IDF vector of a mention's sentence, over every sentence of the articles. */
	vectorOf(mention: Mention): SparseVector;
}

export interface HistoryOptions {
	weights?: RankWeights;
}

function representativeOf(mentions: readonly Mention[], vectorOf: (m: Mention) => SparseVector): Mention {
	const centroid = normalised(sum(mentions.map(vectorOf)));
	let best = mentions[0]!;
	let bestScore = -1;
	for (const m of mentions) {
		const score = (0.1 + dot(vectorOf(m), centroid)) * sentenceQuality(m.text);
		if (score > bestScore) [best, bestScore] = [m, score];
	}
	return best;
}

export function draftHistory(articles: readonly HistoryArticle[], options: HistoryOptions = {}): History {
	const read = articles.map(readArticle);
	const space = new TermSpace();
	const counts = new Map<Mention, Map<number, number>>();
	for (const { article, sentences, mentions } of read) {
		// Every sentence counts towards how common a word is; only the dated ones need vectors.
		const bySentence = new Map<number, Map<number, number>>();
		for (const s of sentences) bySentence.set(s.start, space.add(contentWords(article.text.slice(s.start, s.end))));
		for (const m of mentions) counts.set(m, bySentence.get(m.sentence.start)!);
	}
	const vectors = new Map<Mention, SparseVector>();
	for (const [m, c] of counts) vectors.set(m, space.vector(c));
	const vectorOf = (m: Mention) => vectors.get(m) ?? EMPTY_VECTOR;

	const published = new Map(articles.map((a) => [a.id, a.published]));
	const publishedOf = (id: string) => published.get(id)!;
	const byDay = new Map<string, Mention[]>();
	for (const m of read.flatMap((r) => r.mentions)) {
		const same = byDay.get(m.day);
		if (same) same.push(m);
		else byDay.set(m.day, [m]);
	}

	const events: HistoryEvent[] = [];
	for (const [day, mentions] of byDay)
		for (const group of groupMentions(mentions, vectorOf))
			events.push({
				day,
				mentions: group,
				articles: [...new Set(group.map((m) => m.article))],
				score: eventScore(group, day, publishedOf, options.weights ?? RANK_WEIGHTS),
				representative: representativeOf(group, vectorOf)
			});
	events.sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	return { events, vectorOf };
}
