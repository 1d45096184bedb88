import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markText } from '../../../src/lib/model/editor/marks';

describe('markText', () => {
	const text = 'Title\nIn March 2024, IS-K attacked.\nSince 2003.';
	const expressions = [
		{ start: 9, end: 19 },
		{ start: 42, end: 46 }
	];
	const excerpts = [{ range: { start: 6, end: 34 }, eventId: 'attack' }];

	it('cuts paragraphs into runs, each knowing its date and the excerpts over it', () => {
		const paragraphs = markText(text, expressions, excerpts);
		expect(paragraphs.map((p) => p.runs.map((r) => [r.text, r.expression, r.events]))).toEqual([
			[['Title', undefined, []]],
			[
				['In ', undefined, ['attack']],
				['March 2024', 0, ['attack']],
				[', IS-K attacked', undefined, ['attack']],
				['.', undefined, []]
			],
			[
				['Since ', undefined, []],
				['2003', 1, []],
				['.', undefined, []]
			]
		]);
	});

	it('keeps every character of the text but the line breaks, in order, at its offset', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(80), fc.nat(10)), { maxLength: 5 }), (t, cuts) => {
				const ranges = cuts.map(([s, l]) => ({ start: Math.min(s, t.length), end: Math.min(s + l, t.length) })).filter((r) => r.end > r.start);
				const sorted = [...ranges].sort((a, b) => a.start - b.start).filter((r, i, all) => i === 0 || r.start >= all[i - 1]!.end);
				const runs = markText(
					t,
					sorted,
					ranges.map((range) => ({ range, eventId: 'e' }))
				).flatMap((p) => p.runs);
				expect(runs.map((r) => r.text).join('')).toBe(t.replace(/\n/g, ''));
				for (const r of runs) expect(t.slice(r.start, r.end)).toBe(r.text);
			})
		);
	});
});
