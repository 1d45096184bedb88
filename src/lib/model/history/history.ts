/**
 * A history drafted from many articles: every day the articles refer to, gathered into events (the
 * mentions of one day that speak of the same thing, across articles), ranked by how much the coverage
 * makes of them, in the spirit of DATEWISE (Gholipour Ghalandari & Ifrim, ACL 2020). Each event keeps all
 * its mentions, so a timeline made from it can cite every article that reports it; summary.ts picks the
 * days and sentences of a timeline summary from it.
 */
import type { TemporalExpression } from '../extract/types';
import type { HistoryArticle } from './articles';
import { groupMentions } from './events';
import { articleMentions, type ArticleMentions, type Mention } from './mentions';
import { eventScore, RANK_WEIGHTS, type RankWeights } from './rank';
import { rankSentences } from './represent';
import { EMPTY_VECTOR, TermSpace, type SparseVector } from './vectors';
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
	/** The mention whose sentence best tells what happened (represent.ts). */
	representative: Mention;
}

export interface History {
	/** Ranked, highest score first; on a tie, the earlier day first. */
	events: HistoryEvent[];
	/** The TF-IDF vector of a mention's sentence, over every sentence of the articles. */
	vectorOf(mention: Mention): SparseVector;
	/** The score of any mentions of one day taken as one event (a day's events together, or some of them). */
	scoreOf(mentions: readonly Mention[], day: string): number;
	/** The temporal expressions found in each article's text, by article id. */
	expressions: ReadonlyMap<string, readonly TemporalExpression[]>;
}

/** A name held by at most this share of the sentences (or this many, in a small collection) tells events apart. */
const DISTINCTIVE_SHARE = 0.02;
const DISTINCTIVE_COUNT = 3;

export interface HistoryOptions {
	weights?: RankWeights;
	/** Told after each article's dates are read: how many of the articles are read. */
	onArticleRead?: (done: number, total: number) => void;
}

/** Each mention's sentence as a TF-IDF vector; every sentence of the articles counts towards how common a word is. */
function sentenceVectors(read: readonly ArticleMentions[]): { vectors: Map<Mention, SparseVector>; space: TermSpace } {
	const space = new TermSpace();
	const counts = new Map<Mention, Map<number, number>>();
	for (const { article, sentences, mentions } of read) {
		const bySentence = new Map<number, Map<number, number>>();
		for (const s of sentences) bySentence.set(s.start, space.add(contentWords(article.text.slice(s.start, s.end))));
		for (const m of mentions) counts.set(m, bySentence.get(m.sentence.start)!);
	}
	return { vectors: new Map([...counts].map(([m, c]) => [m, space.vector(c)])), space };
}

function byDay(mentions: readonly Mention[]): Map<string, Mention[]> {
	const days = new Map<string, Mention[]>();
	for (const m of mentions) {
		const same = days.get(m.day);
		if (same) same.push(m);
		else days.set(m.day, [m]);
	}
	return days;
}

export function draftHistory(articles: readonly HistoryArticle[], options: HistoryOptions = {}): History {
	const read = articles.map((article, index) => {
		const mentions = articleMentions(article);
		options.onArticleRead?.(index + 1, articles.length);
		return mentions;
	});
	const { vectors, space } = sentenceVectors(read);
	const distinctive = (name: string) => {
		const { documents, of } = space.frequency(name);
		return documents <= Math.max(DISTINCTIVE_COUNT, DISTINCTIVE_SHARE * of);
	};
	const vectorOf = (m: Mention) => vectors.get(m) ?? EMPTY_VECTOR;
	const published = new Map(articles.map((a) => [a.id, a.published]));
	const scoreOf = (mentions: readonly Mention[], day: string) => eventScore(mentions, day, (id) => published.get(id)!, options.weights ?? RANK_WEIGHTS);

	const events: HistoryEvent[] = [];
	for (const [day, mentions] of byDay(read.flatMap((r) => r.mentions)))
		for (const group of groupMentions(mentions, vectorOf, distinctive))
			events.push({
				day,
				mentions: group,
				articles: [...new Set(group.map((m) => m.article))],
				score: scoreOf(group, day),
				// An event told only in fragments is still an event: its first mention stands for it.
				representative: rankSentences(group, vectorOf)[0] ?? group[0]!
			});
	events.sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	return { events, vectorOf, scoreOf, expressions: new Map(read.map((r) => [r.article.id, r.expressions])) };
}
