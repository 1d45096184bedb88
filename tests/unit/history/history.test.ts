import { describe, expect, it } from 'vitest';
import type { HistoryArticle } from '../../../src/lib/model/history/articles';
import { groupMentions } from '../../../src/lib/model/history/events';
import { draftHistory } from '../../../src/lib/model/history/history';
import { articleMentions } from '../../../src/lib/model/history/mentions';

const ARTICLES: HistoryArticle[] = [
	{
		id: 'warren-a',
		published: '2020-03-06',
		url: 'https://a.example/warren',
		text: 'Senator Elizabeth Warren ended her presidential campaign on Wednesday, after winning no state. On Tuesday, voters in fourteen states took part in the Democratic primaries.'
	},
	{
		id: 'warren-b',
		published: '2020-03-07',
		url: 'https://b.example/warren',
		text: 'On Wednesday, Elizabeth Warren withdrew from the race for the Democratic nomination. She thanked her supporters in Massachusetts.'
	},
	{
		id: 'jakarta',
		published: '2020-03-05',
		url: 'https://a.example/jakarta',
		text: 'Heavy rain flooded large parts of Jakarta on Wednesday, and thousands of residents were moved to shelters.'
	}
];

describe('a history of many articles', () => {
	const history = draftHistory(ARTICLES);

	it('makes one event of the articles that report one thing on one day, citing each', () => {
		const warren = history.events.find((e) => e.articles.includes('warren-a') && e.day === '2020-03-04')!;
		expect(warren.articles).toEqual(['warren-a', 'warren-b']);
		expect(warren.mentions.map((m) => m.article)).toEqual(['warren-a', 'warren-b']);
	});

	it('keeps apart what happened on the same day but shares no words or names', () => {
		const sameDay = history.events.filter((e) => e.day === '2020-03-04');
		expect(sameDay.map((e) => e.articles)).toEqual([['warren-a', 'warren-b'], ['jakarta']]);
	});

	it('ranks the event more of the coverage reports first', () => {
		expect(history.events[0]!.articles).toEqual(['warren-a', 'warren-b']);
		const scores = history.events.map((e) => e.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('keeps every mention in exactly one event, and represents each event by one of its own', () => {
		const all = ARTICLES.flatMap((a) => articleMentions(a).mentions).map((m) => `${m.article} ${m.sentence.start} ${m.day}`);
		const kept = history.events.flatMap((e) => e.mentions).map((m) => `${m.article} ${m.sentence.start} ${m.day}`);
		expect(kept.sort()).toEqual(all.sort());
		for (const e of history.events) {
			expect(e.mentions).toContain(e.representative);
			expect(e.mentions.every((m) => m.day === e.day)).toBe(true);
		}
	});

	it('scores a day the same whichever order its mentions come in', () => {
		const mentions = history.events.filter((e) => e.day === '2020-03-04').flatMap((e) => e.mentions);
		expect(history.scoreOf([...mentions].reverse(), '2020-03-04')).toBe(history.scoreOf(mentions, '2020-03-04'));
	});
});

describe('events', () => {
	it('link mentions that share two names even when little else is alike', () => {
		const mentions = ARTICLES.flatMap((a) => articleMentions(a).mentions).filter((m) => m.day === '2020-03-04');
		const groups = groupMentions(mentions, () => ({ terms: new Int32Array(0), weights: new Float64Array(0) }));
		expect(groups.map((g) => g.map((m) => m.article))).toEqual([['warren-a', 'warren-b'], ['jakarta']]);
	});
});
