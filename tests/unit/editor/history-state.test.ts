import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkState } from '../../../src/lib/model/editor/check';
import { articleTextFile, documentOf } from '../../../src/lib/model/editor/document';
import { acceptAll, onEvent, setReview, updateEvent } from '../../../src/lib/model/editor/edits';
import { markPublished } from '../../../src/lib/model/editor/event-ids';
import { eventCoverageIn, mergeEvents, mergeTargets, reportingArticles, setHistoryTitle, splitEvent } from '../../../src/lib/model/editor/history-edits';
import { addedArticleOf, draftHistoryState } from '../../../src/lib/model/editor/new-history';
import { draftKey, freeDraftId, listSavedDrafts, parseSaved, serialise } from '../../../src/lib/model/editor/persist';
import { asOfDayOf, isPublishedEntry, type HistoryState } from '../../../src/lib/model/editor/state';
import { formatFault, loadTimeline } from '../../../src/lib/model/document/timeline';
import { coverageText } from '../../../src/lib/model/document/articles';
import { readArticles } from '../../../src/lib/model/history/articles';
import { history, historyEditorState } from '../../fixtures/history';

/** The small history of the fixtures (three articles, one event in all three) as the editor holds it. */
const damState = historyEditorState;

function story(id: string) {
	const read = readArticles(readFileSync(join(import.meta.dirname, '../../../bench/history/stories', id, 'articles.jsonl'), 'utf8'));
	if ('fault' in read) throw new Error(read.fault.message);
	return read.articles;
}

const faultsOf = (state: HistoryState) => loadTimeline(documentOf(state), { file: 'timeline.json' }).faults.map(formatFault);

// Twelve Wikinews articles on natural disasters: the top event is reported by two of them.
const disasters = draftHistoryState({ title: 'Natural disasters', publisher: 'Wikinews', articles: story('natural-disasters').map(addedArticleOf) }, { events: 10 });

describe('a history drafted as the editor state', () => {
	it('holds every candidate, ranked; the top ones are in the timeline, the rest in reserve', () => {
		expect(disasters.kind).toBe('history');
		expect(disasters.articles).toHaveLength(12);
		expect(disasters.events.length).toBeGreaterThan(10);
		expect(disasters.events.map((e) => e.key)).toEqual(disasters.events.map((_, i) => i));
		expect(disasters.events.map((e) => e.reserve === true)).toEqual(disasters.events.map((_, i) => i >= 10));
		expect(disasters.events.every((e) => e.review === 'proposed')).toBe(true);
		expect(documentOf(disasters).events).toEqual(disasters.events.slice(0, 10).map((e) => e.event));
	});

	it('publishes a valid history document, which loads with every excerpt in the article it names', () => {
		expect(faultsOf(disasters)).toEqual([]);
		const { timeline } = loadTimeline(documentOf(disasters), { file: 'timeline.json' });
		expect(timeline!.articles.map((a) => a.text)).toEqual(disasters.articles.map((a) => a.text));
		expect(timeline!.document.title).toBe('Natural disasters');
	});

	it('names each article text as a file beside the document, which loads from those files', () => {
		const document = documentOf(disasters, { textFiles: true });
		expect(document.articles!.map((a) => a.textFile)).toEqual(disasters.articles.map((a) => `${a.id}.txt`));
		expect(document.articles!.every((a) => a.text === undefined)).toBe(true);
		const texts = new Map(disasters.articles.map((a) => [articleTextFile(a), a.text]));
		expect(loadTimeline(document, { file: 'timeline.json', texts }).faults).toEqual([]);
	});

	it('says in how many of its articles each candidate is reported, from its excerpts', () => {
		const [top] = disasters.events;
		expect(reportingArticles(top!.event)).toHaveLength(2);
		expect(coverageText(eventCoverageIn(disasters, top!.event))).toBe('in 2 of 12 articles, from Wikinews');
	});

	it('publishes a candidate in reserve once accepted, and leaves the reserve out of "Accept all"', () => {
		const candidate = disasters.events[12]!;
		const accepted = setReview(disasters, candidate.event.id, 'accepted');
		expect(documentOf(accepted).events.map((e) => e.id)).toContain(candidate.event.id);
		const all = acceptAll(disasters);
		expect(all.events.filter((e) => e.review === 'accepted')).toHaveLength(10);
		expect(documentOf(all).events).toHaveLength(10);
		const rejected = setReview(disasters, disasters.events[0]!.event.id, 'rejected');
		expect(documentOf(rejected).events).toHaveLength(9);
	});

	it('is checked as a whole: faults of one event are its own, and the preview leaves it out', () => {
		const broken = updateEvent(disasters, disasters.events[1]!.event.id, { date: { ...disasters.events[1]!.event.date, edtf: '2019-13' } });
		const checked = checkState(broken);
		expect(checked.faultsByEvent.get(broken.events[1]!.event.id)?.map((f) => f.path)).toEqual(['$.events[1].date.edtf']);
		expect(checked.hidden).toBe(1);
		expect(checked.preview?.events).toHaveLength(9);
	});

	it('keeps the check before while a change leaves the published document as it was', () => {
		const before = checkState(disasters);
		const candidate = disasters.events[12]!.event.id;
		// A candidate in reserve retitled, or rejected: nothing published changes, so neither does the preview.
		expect(checkState(updateEvent(disasters, candidate, { title: 'Retitled' }), undefined, before)).toBe(before);
		expect(checkState(setReview(disasters, candidate, 'rejected'), undefined, before)).toBe(before);
		const accepted = checkState(setReview(disasters, candidate, 'accepted'), undefined, before);
		expect(accepted).not.toBe(before);
		expect(accepted.document.events).toHaveLength(11);
		expect(checkState(setHistoryTitle(disasters, 'Storms'), undefined, before).document.title).toBe('Storms');
	});

	it('speaks as of its latest article, and keeps its title and ids once published', () => {
		expect(asOfDayOf(disasters)).toBe('2020-11-07');
		expect(setHistoryTitle(disasters, 'Storms').title).toBe('Storms');
		const published = markPublished(disasters);
		expect(published.publishedIds).toEqual(documentOf(disasters).events.map((e) => e.id));
		const id = published.events[0]!.event.id;
		expect(updateEvent(published, id, { title: 'Something else' }).events[0]!.event.id).toBe(id);
	});
});

describe('merging and splitting events of a history', () => {
	it('merges two events: the first keeps its title, date and place, with the excerpts and lanes of both', () => {
		const state = damState();
		const second = { ...state.events[1]!, event: { ...state.events[1]!.event, lanes: ['michigan'] } };
		const before = { ...state, events: [state.events[0]!, second] };
		const merged = mergeEvents(before, 'inquiry-opens', 'dam-collapses');
		expect(merged.events).toHaveLength(1);
		const [only] = merged.events;
		expect(only!.key).toBe(1);
		expect(only!.event.title).toBe('Inquiry opens');
		expect(only!.event.date.edtf).toBe('2020-06-01');
		expect(only!.event.excerpts.map((e) => [e.article, e.exact])).toEqual([
			['inquiry', 'An inquiry opened on Monday'],
			['first-report', 'The Edenville Dam collapsed on Tuesday'],
			['inquiry', 'collapse of the Edenville Dam on May 19'],
			['local-paper', 'the dam failed on May 19']
		]);
		expect(only!.event.lanes).toEqual(['michigan']);
		expect(faultsOf(merged)).toEqual([]);
		// The state merged from is as it was, for undo.
		expect(before.events).toHaveLength(2);
	});

	it('keeps a merged event in the timeline when either was, and moves references to the second onto the first', () => {
		const state = damState();
		const events = [
			{ ...state.events[0]!, reserve: true as const },
			{ ...state.events[1]!, event: { ...state.events[1]!.event, updates: 'dam-collapses' } }
		];
		const merged = mergeEvents({ ...state, events }, 'dam-collapses', 'inquiry-opens');
		expect(merged.events[0]!.reserve).toBeUndefined();
		expect(merged.events[0]!.event.updates).toBeUndefined();
		const both = mergeEvents({ ...state, events: events.map((e) => ({ ...e, reserve: true as const })) }, 'dam-collapses', 'inquiry-opens');
		expect(both.events[0]!.reserve).toBe(true);
		expect(mergeEvents(state, 'dam-collapses', 'dam-collapses')).toBe(state);
		expect(mergeEvents(state, 'dam-collapses', 'gone')).toBe(state);
	});

	it('splits an event by article: the first keeps its key and id, each other article gets an event of its own just after it', () => {
		const state = damState();
		const split = splitEvent(state, 'dam-collapses');
		expect(split.events.map((e) => [e.key, e.event.id, reportingArticles(e.event)])).toEqual([
			[0, 'dam-collapses', ['first-report']],
			[2, 'edenville-dam-collapses', ['inquiry']],
			[3, 'edenville-dam-collapses-2', ['local-paper']],
			[1, 'inquiry-opens', ['inquiry']]
		]);
		expect(split.events.slice(0, 3).every((e) => e.event.title === 'Edenville Dam collapses')).toBe(true);
		expect(faultsOf(split)).toEqual([]);
		// One article's event has nothing to split.
		expect(splitEvent(split, 'inquiry-opens')).toBe(split);
	});

	it('keeps the document valid, the keys and ids unique and every excerpt, whatever merges, splits and decisions are made', () => {
		const op = fc.oneof(
			fc.record({ kind: fc.constant('merge' as const), a: fc.nat(40), b: fc.nat(40) }),
			fc.record({ kind: fc.constant('split' as const), a: fc.nat(40) }),
			fc.record({ kind: fc.constant('review' as const), a: fc.nat(40), review: fc.constantFrom('proposed' as const, 'accepted' as const, 'rejected' as const) }),
			fc.record({ kind: fc.constant('title' as const), a: fc.nat(40), title: fc.constantFrom('Dam breaks', 'Inquiry', '') })
		);
		fc.assert(
			fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
				let state = damState();
				const excerpts = (s: HistoryState) => new Set(s.events.flatMap((e) => e.event.excerpts.map((x) => `${x.article} ${x.exact}`)));
				const all = excerpts(state);
				for (const o of ops) {
					const at = (n: number) => state.events[n % state.events.length]!;
					if (o.kind === 'merge') state = mergeEvents(state, at(o.a).event.id, at(o.b).event.id);
					else if (o.kind === 'split') state = splitEvent(state, at(o.a).event.id);
					else if (o.kind === 'review') state = onEvent<HistoryState>(at(o.a).key, (s, id) => setReview(s, id, o.review))(state);
					else state = onEvent<HistoryState>(at(o.a).key, (s, id) => updateEvent(s, id, { title: o.title }))(state);
				}
				expect(new Set(state.events.map((e) => e.key)).size).toBe(state.events.length);
				expect(new Set(state.events.map((e) => e.event.id)).size).toBe(state.events.length);
				expect(excerpts(state)).toEqual(all);
				const published = state.events.filter(isPublishedEntry);
				const faults = faultsOf(state).filter((f) => !f.includes('must not be empty'));
				expect(faults).toEqual(published.length === 0 ? ['timeline.json: at $.events: must hold at least one event'] : []);
			}),
			{ numRuns: 150 }
		);
	});
});

describe('the events offered to merge into one', () => {
	it('are the others not rejected, nearest in date first, ranking kept between equals', () => {
		const [top, ...rest] = disasters.events;
		const offered = mergeTargets(disasters, top!.event.id, 5);
		expect(offered).toHaveLength(5);
		expect(offered).not.toContain(top);
		const day = (e: (typeof rest)[number]) => Math.abs(Date.parse(e.event.date.edtf.slice(0, 10)) - Date.parse(top!.event.date.edtf.slice(0, 10)));
		expect(offered.map(day)).toEqual([...offered.map(day)].sort((a, b) => a - b));
		const rejected = setReview(disasters, offered[0]!.event.id, 'rejected');
		expect(mergeTargets(rejected, top!.event.id, 5).map((e) => e.key)).not.toContain(offered[0]!.key);
		// An event whose date is being typed is offered last, not dropped.
		const typing = updateEvent(disasters, rest[0]!.event.id, { date: { ...rest[0]!.event.date, edtf: '2019-1' } });
		expect(mergeTargets(typing, top!.event.id, disasters.events.length).at(-1)!.key).toBe(rest[0]!.key);
		expect(mergeTargets(disasters, 'gone', 5)).toEqual([]);
	});
});

describe('a history saved in the browser', () => {
	const save = (state: unknown) => JSON.stringify({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' });

	it('comes back exactly as it was saved, listed by its title', () => {
		const state = splitEvent(setReview(disasters, disasters.events[11]!.event.id, 'accepted'), disasters.events[0]!.event.id);
		expect(parseSaved(serialise({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' })).work).toEqual({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' });
		const storage = { length: 1, key: () => draftKey(state.id), getItem: (key: string) => (key === draftKey(state.id) ? save(state) : null) };
		expect(listSavedDrafts(storage)).toEqual([{ id: state.id, title: 'Natural disasters', savedAt: '2026-12-01T10:00:00.000Z' }]);
		// The same history drafted again keeps its id; another of the same title gets one of its own.
		expect(freeDraftId(storage, state)).toBe(state.id);
		expect(freeDraftId(storage, { ...state, articles: state.articles.slice(1) })).toBe(`${state.id}-2`);
	});

	it('is refused when its articles are not of the shape the editor reads', () => {
		const state = damState();
		for (const change of [
			{ title: 3 },
			{ articles: 'x' },
			{ articles: [{ ...state.articles[0], text: 1 }] },
			{ articles: [state.articles[0], state.articles[0]] },
			{ kind: 'other' }
		]) {
			expect(parseSaved(save({ ...state, ...change })).problem, JSON.stringify(change)).toMatch(/another version/);
		}
	});

	it('keeps only what a history may hold: a reserve that is not `true` is in the timeline, and found dates are left out', () => {
		const state = damState();
		const work = parseSaved(
			save({
				...state,
				found: {},
				events: [
					{ ...state.events[0], reserve: 'yes' },
					{ ...state.events[1], reserve: true }
				]
			})
		).work!;
		expect(work.state).toEqual({ ...state, events: [state.events[0], { ...state.events[1], reserve: true }] });
	});

	it('leaves a single article untouched by the reserve', () => {
		const one = {
			version: 1,
			id: 'x',
			article: { title: 'T', publisher: 'P', language: 'en', asOf: { date: '2024-07-05', method: 'external' } },
			text: 'In 2019.',
			lanes: [],
			categories: []
		};
		const event = { key: 0, event: history().events[1], review: 'proposed', reserve: true };
		expect(parseSaved(save({ ...one, events: [event] })).work!.state.events[0]!.reserve).toBeUndefined();
	});
});
