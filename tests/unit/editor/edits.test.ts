import { describe, expect, it } from 'vitest';
import { checkState, faultField } from '../../../src/lib/model/editor/check';
import {
	acceptAll,
	addEventFromRange,
	addExcerpt,
	draftState,
	removeExcerpt,
	rereadInferredDates,
	setCategoryLabel,
	setLaneLabels,
	setReview,
	trimRange,
	updateEvent
} from '../../../src/lib/model/editor/edits';
import { extractTemporalExpressions } from '../../../src/lib/model/extract/extract';
import { parseSaved, serialise } from '../../../src/lib/model/editor/persist';
import { seedText } from '../helpers';

const seed = () =>
	draftState({
		text: seedText(),
		published: '2024-07-05',
		article: { title: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism', publisher: 'The Defense News', language: 'en' }
	});

describe('editing a draft', () => {
	it('drafts the seed article as proposed events, and every change leaves the state before it as it was', () => {
		const state = seed();
		expect(state.events.map((e) => [e.event.stated?.text, e.review])).toEqual([
			['since 2003', 'proposed'],
			['since 2021', 'proposed'],
			['In March', 'proposed'],
			['in 2021', 'proposed'],
			['in the 1980s', 'proposed']
		]);
		const id = state.events[0]!.event.id;
		const rejected = setReview(state, id, 'rejected');
		expect(rejected.events[0]!.review).toBe('rejected');
		expect(state.events[0]!.review).toBe('proposed');
		expect(acceptAll(rejected).events.map((e) => e.review)).toEqual(['rejected', 'accepted', 'accepted', 'accepted', 'accepted']);
	});

	it('marks for review what the drafter doubts, which "Accept all" leaves for the editor, and a saved doubt that is not words is left out', () => {
		const state = draftState({
			text: 'Protesters marched on Monday. On Tuesday the police arrested them. A document from 1810 was shown.',
			published: '2019-12-31',
			article: { title: 'March', publisher: 'Wikinews', language: 'en' }
		});
		expect(state.events.map((e) => [e.event.date.edtf, typeof e.doubt])).toEqual([
			['2019-12-30', 'undefined'],
			['2019-12-31', 'undefined'],
			['1810', 'string']
		]);
		expect(acceptAll(state).events.map((e) => e.review)).toEqual(['accepted', 'accepted', 'proposed']);
		const damaged = { ...state, events: state.events.map((e) => (e.doubt ? { ...e, doubt: 42 as unknown as string } : e)) };
		expect(parseSaved(serialise({ state: damaged, savedAt: '', tab: 'a' })).work!.state.events.some((e) => 'doubt' in e)).toBe(false);
		expect(parseSaved(serialise({ state, savedAt: '', tab: 'a' })).work!.state.events[2]!.doubt).toBe(state.events[2]!.doubt);
	});

	it('drops a field set to undefined, and keeps the others', () => {
		const state = seed();
		const id = state.events[0]!.event.id;
		const edited = updateEvent(updateEvent(state, id, { disagreements: [{ about: 'start', alternatives: [] }] }), id, {
			disagreements: undefined,
			title: 'Russia bans the Taliban'
		});
		expect(edited.events[0]!.event).not.toHaveProperty('disagreements');
		expect(edited.events[0]!.event.title).toBe('Russia bans the Taliban');
	});

	it('names lanes and categories by their labels, making new ones for new labels', () => {
		const state = seed();
		const id = state.events[0]!.event.id;
		const next = setCategoryLabel(setLaneLabels(state, id, ['russia', ' Taliban ', 'Supreme Court', '']), id, 'Courts');
		expect(next.events[0]!.event.lanes).toEqual(['russia', 'taliban', 'supreme-court']);
		expect(next.lanes.at(-1)).toEqual({ id: 'supreme-court', label: 'Supreme Court' });
		expect(next.events[0]!.event.category).toBe('courts');
		expect(setCategoryLabel(state, id, 'conflict').events[0]!.event.category).toBe('conflict');
	});

	it('makes an event from selected words, dated by the date in them, anchored to them alone', () => {
		const state = seed();
		const text = state.text;
		const words = "The Soviet Union's invasion of Afghanistan in the 1980s left a legacy of conflict and mistrust";
		const start = text.indexOf(words);
		const { state: next, id } = addEventFromRange(state, { start, end: start + words.length }, extractTemporalExpressions(text, '2024-07-05').expressions);
		const made = next.events.find((e) => e.event.id === id)!;
		expect(made.review).toBe('accepted');
		expect(made.event).toMatchObject({ stated: { text: 'the 1980s', edtf: '198X' }, date: { edtf: '198X' }, excerpts: [{ exact: words }], category: 'conflict' });
		// Its lanes are the names in the words: the draft's lane where it is known (Afghanistan), a new one where not.
		expect(made.event.lanes).toEqual(['soviet-union', 'afghanistan']);
		expect(next.lanes).toEqual([...state.lanes, { id: 'soviet-union', label: 'Soviet Union' }]);
		expect(checkState(next).faultsByEvent.get(id)).toBeUndefined();
	});

	it('asks for a date when the selected words have none', () => {
		const state = seed();
		const start = state.text.indexOf('a strategic calculation');
		const { state: next, id } = addEventFromRange(state, { start, end: start + 'a strategic calculation'.length }, []);
		expect(
			checkState(next)
				.faultsByEvent.get(id)
				?.map((f) => faultField(f).field)
		).toContain('date.edtf');
		// Words that name no one and nothing of a kind: no lane and no category, rather than a placeholder.
		expect(next.events.at(-1)!.event.lanes).toEqual([]);
		expect(next.events.at(-1)!.event.category).toBeUndefined();
		expect(next.lanes).toEqual(state.lanes);
	});

	it('adds and removes excerpts, each made to match one place', () => {
		const state = seed();
		const id = state.events[0]!.event.id;
		const at = state.text.indexOf('Taliban', 200);
		const added = addExcerpt(state, id, { start: at, end: at + 'Taliban'.length });
		const selector = added.events[0]!.event.excerpts[1]!;
		expect(selector.exact).toBe('Taliban');
		expect(selector.prefix ?? selector.suffix).toBeTruthy();
		expect(checkState(added).faults).toEqual([]);
		expect(removeExcerpt(added, id, 1).events[0]!.event.excerpts).toEqual(state.events[0]!.event.excerpts);
	});

	it('reads the dates inferred from the publication date again when it changes, and only those', () => {
		const state = draftState({
			text: 'The ban was passed in 2003. The talks failed yesterday.',
			published: '2024-07-05',
			article: { title: 'T', publisher: 'P', language: 'en' }
		});
		const talks = state.events[1]!.event.id;
		const edited = updateEvent(state, talks, { title: 'Talks fail' });
		const later = { ...edited, article: { ...edited.article, asOf: { ...edited.article.asOf, date: '2024-07-10' } } };
		const { state: reread, changed } = rereadInferredDates(later);
		expect(changed).toBe(1);
		expect(reread.events.map((e) => [e.event.title, e.event.date.edtf, e.event.date.note])).toEqual([
			[state.events[0]!.event.title, '2003', '“in 2003”: the date as the article gives it.'],
			['Talks fail', '2024-07-09', '“yesterday”: counted from the publication date, 2024-07-10.']
		]);
		expect(rereadInferredDates(reread)).toEqual({ state: reread, changed: 0 });
	});

	it.each([
		[' , in March, ', { start: 3, end: 11 }],
		['  ', undefined]
	])('trims %j to the words selected', (text, expected) => expect(trimRange(text, { start: 0, end: text.length })).toEqual(expected));
});

describe('checking a draft', () => {
	it.each([
		['$.events[3].date.edtf', { index: 3, field: 'date.edtf' }],
		['$.events[0].excerpts[1]', { index: 0, field: 'excerpts.1' }],
		['$.events[2]', { index: 2, field: '' }],
		['$.article.title', { field: 'article.title' }]
	])('%s names %j', (path, expected) => expect(faultField({ file: 'f', path, reason: 'r' })).toEqual(expected));

	it('previews the events without faults, and counts the ones it leaves out', () => {
		const state = seed();
		const broken = updateEvent(state, state.events[1]!.event.id, { date: { ...state.events[1]!.event.date, edtf: '2021-13' } });
		const checked = checkState(broken);
		expect([...checked.faultsByEvent.keys()]).toEqual([state.events[1]!.event.id]);
		expect(checked.hidden).toBe(1);
		expect(checked.preview?.events).toHaveLength(4);
	});

	it('has no preview while the article itself is at fault, and says where', () => {
		const state = seed();
		const checked = checkState({ ...state, article: { ...state.article, title: '' } });
		expect(checked.preview).toBeUndefined();
		expect(checked.otherFaults.map((f) => f.path)).toEqual(['$.article.title']);
	});

	it('publishes neither rejected events nor the lanes only they used', () => {
		const state = seed();
		const attack = state.events.find((e) => e.event.stated?.text === 'In March')!.event.id;
		const { document } = checkState(setReview(state, attack, 'rejected'));
		expect(document.events.map((e) => e.id)).not.toContain(attack);
		expect(document.lanes.map((l) => l.id)).not.toContain('is-k');
	});
});
