import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkState, faultField } from '../../../src/lib/model/editor/check';
import { stateOf } from '../../../src/lib/model/editor/document';
import { addEventFromExpression, draftState, setReview } from '../../../src/lib/model/editor/edits';
import { datesNotDrafted, findDates } from '../../../src/lib/model/editor/found';
import { record, startHistory, undo } from '../../../src/lib/model/editor/history';
import type { EditorState } from '../../../src/lib/model/editor/state';
import type { TemporalExpression } from '../../../src/lib/model/extract/types';
import type { ArticleTimelineDocument } from '../../../src/lib/model/document/schema';
import { seedDocument, seedText } from '../helpers';

/** A Wikinews article (CC BY 2.5, credited in bench/extract/devset/README.md), which the editor's end-to-end tests draft too. */
const LEONOV = readFileSync('bench/extract/devset/2019-10-12-alexei-leonov-obituary.txt', 'utf8');
const leonov = () => draftState({ text: LEONOV, published: '2019-10-12', article: { title: 'Cosmonaut Alexei Leonov dies at age 85', publisher: 'Wikinews', language: 'en' } });
const notDrafted = (state: EditorState) => datesNotDrafted(state, state.found!).map((s) => state.found!.expressions[s.expression]!.text);
const indexOf = (state: EditorState, text: string) => state.found!.expressions.findIndex((e) => e.text === text);

describe('the dates found but not drafted', () => {
	it('are those the draft skipped, while no event not rejected has them in an excerpt', () => {
		const state = leonov();
		expect(notDrafted(state)).toEqual(['Saturday, October 12, 2019', 'just over twelve minutes']);
		// An excerpt that only passes over a date does not make it an event: the published seed's events
		// quote "nearly two decades", but none is dated by it.
		const opened = stateOf(seedDocument() as unknown as ArticleTimelineDocument, seedText(), 'accepted');
		const found = findDates(opened.text, opened.article.asOf.date);
		expect(datesNotDrafted(opened, found).map((s) => found.expressions[s.expression]!.text)).toEqual(['years', 'nearly two decades']);
	});

	it('become an event in one step: the sentence the date stands in, dated by it, accepted', () => {
		const state = leonov();
		const made = addEventFromExpression(state, indexOf(state, 'just over twelve minutes'), state.found!.expressions)!;
		const entry = made.state.events.at(-1)!;
		expect(entry).toMatchObject({ key: state.events.length, review: 'accepted' });
		const sentence =
			'On March 18, 1965, he performed the first manned extravehicular activity (EVA), or "spacewalk", remaining alone outside the spacecraft for just over twelve minutes.';
		expect(entry.event).toMatchObject({
			id: made.id,
			summary: sentence,
			origin: 'article',
			stated: { text: 'just over twelve minutes' },
			date: { edtf: '', method: 'stated', citations: [] },
			excerpts: [{ type: 'TextQuoteSelector', exact: sentence }]
		});
		expect(entry.event.title).toBe('He remains alone outside the spacecraft');
		expect(entry.event.title).not.toContain('twelve minutes');
		// A duration gives no date: the validator asks for one, beside the field.
		expect(
			new Set(
				checkState(made.state)
					.faultsByEvent.get(made.id)
					?.map((f) => faultField(f).field)
			)
		).toEqual(new Set(['date.edtf']));
		expect(notDrafted(made.state)).toEqual(['Saturday, October 12, 2019']);
		// The others are as they were.
		expect(made.state.events.slice(0, -1)).toEqual(state.events);
	});

	it('dated by the date found: the date line is the day it names', () => {
		const state = leonov();
		const made = addEventFromExpression(state, indexOf(state, 'Saturday, October 12, 2019'), state.found!.expressions)!;
		const event = made.state.events.at(-1)!.event;
		expect(event).toMatchObject({ stated: { text: 'Saturday, October 12, 2019', edtf: '2019-10-12' }, date: { edtf: '2019-10-12' }, lanes: [] });
		expect(event.excerpts[0]!.exact).toBe('Saturday, October 12, 2019');
		expect(checkState(made.state).faultsByEvent.get(made.id)).toBeUndefined();
		expect(notDrafted(made.state)).toEqual(['just over twelve minutes']);
	});

	it('dated from a known start, as a selection is: a leading ../ is dropped', () => {
		const text = 'The ban held until 1995. Nothing else.';
		const state = draftState({ text, published: '2024-07-05', article: { title: 'T', publisher: 'P', language: 'en' } });
		const start = text.indexOf('1995');
		const until: TemporalExpression = { start, end: start + 4, text: '1995', type: 'date', value: '1995', edtf: '../1995' };
		const event = addEventFromExpression(state, 0, [until])!.state.events.at(-1)!.event;
		expect(event).toMatchObject({ stated: { text: '1995', edtf: '../1995' }, date: { edtf: '1995' }, excerpts: [{ exact: 'The ban held until 1995.' }] });
		expect(addEventFromExpression(state, 1, [until])).toBeUndefined();
	});

	it('come back when the event made of them is undone, or rejected', () => {
		const state = leonov();
		let history = startHistory(state);
		const made = addEventFromExpression(state, indexOf(state, 'just over twelve minutes'), state.found!.expressions)!;
		history = record(history, made.state);
		expect(notDrafted(history.present)).toHaveLength(1);
		expect(notDrafted(setReview(history.present, made.id, 'rejected'))).toHaveLength(2);
		history = undo(history);
		expect(history.present).toBe(state);
		expect(notDrafted(history.present)).toHaveLength(2);
	});

	it('each, in any order, make one more event with an id of its own, and leave the list', () => {
		const text = LEONOV + '\n\nIt had rained for three days. Flights run every Monday. The talks, the longest since 2003, failed.';
		const base = draftState({ text, published: '2019-10-12', article: { title: 'T', publisher: 'P', language: 'en' } });
		const skipped = base.found!.skipped.map((s) => s.expression);
		expect(skipped.length).toBeGreaterThan(3);
		fc.assert(
			fc.property(fc.shuffledSubarray(skipped), (order) => {
				let state = base;
				for (const index of order) {
					const made = addEventFromExpression(state, index, base.found!.expressions)!;
					expect(made.state.events).toHaveLength(state.events.length + 1);
					state = made.state;
				}
				const ids = state.events.map((e) => e.event.id);
				expect(new Set(ids).size).toBe(ids.length);
				expect(new Set(state.events.map((e) => e.key)).size).toBe(ids.length);
				const left = datesNotDrafted(state, base.found!).map((s) => s.expression);
				expect(left).toEqual(skipped.filter((i) => !order.includes(i)));
			}),
			{ numRuns: 20 }
		);
	});
});
