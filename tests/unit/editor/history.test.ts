import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapHistory, record, redo, startHistory, undo } from '../../../src/lib/model/editor/history';

describe('undo history', () => {
	it('undoes and redoes each change, and a new change drops what was undone', () => {
		let h = startHistory('a');
		h = record(h, 'b');
		h = record(h, 'c');
		expect(undo(h).present).toBe('b');
		expect(undo(undo(h)).present).toBe('a');
		expect(undo(undo(undo(h))).present).toBe('a');
		expect(redo(undo(h)).present).toBe('c');
		const branched = record(undo(h), 'd');
		expect(branched.future).toEqual([]);
		expect(redo(branched)).toBe(branched);
	});

	it('joins changes of one group (typing on in a field) into one step, and nothing else', () => {
		let h = startHistory('');
		for (const text of ['L', 'Le', 'Leo']) h = record(h, text, 'title');
		h = record(h, 'Leo!', 'summary');
		expect(h.past).toEqual(['', 'Leo']);
		expect(undo(h).present).toBe('Leo');
		expect(undo(undo(h)).present).toBe('');
		// After an undo, typing in the same field again is a new step.
		const again = record(undo(h), 'Leon', 'summary');
		expect(again.past).toEqual(['', 'Leo']);
	});

	it('keeps no step for a change that changes nothing, and at most the limit of steps', () => {
		const h = startHistory(1);
		expect(record(h, 1)).toBe(h);
		let long = h;
		for (let i = 2; i < 10; i++) long = record(long, i, undefined, 3);
		expect(long.past).toEqual([6, 7, 8]);
	});

	it('changes every state at once, past, present and future, and ends the group typed in', () => {
		let h = record(record(startHistory('a'), 'ab', 'title'), 'abc', 'title');
		h = undo(record(h, 'abcd'));
		const upper = mapHistory(h, (s) => s.toUpperCase());
		expect(upper).toEqual({ past: ['A'], present: 'ABC', future: ['ABCD'] });
		expect(mapHistory(h, (s) => s)).toBe(h);
		const typing = record(startHistory('a'), 'ab', 'title');
		expect(record(typing, 'abc', 'title').past).toEqual(['a']);
		expect(
			record(
				mapHistory(typing, (s) => s.toUpperCase()),
				'ABc',
				'title'
			).past
		).toEqual(['A', 'AB']);
	});

	it('comes back to where it started after undoing every change', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 30 }), (values) => {
				let h = startHistory<number | 'start'>('start');
				for (const v of values) h = record(h, v);
				for (let i = 0; i < values.length; i++) h = undo(h);
				expect(h.present).toBe('start');
				for (let i = 0; i < values.length; i++) h = redo(h);
				expect(h.present).toBe(values.length ? values.at(-1) : 'start');
			})
		);
	});
});
