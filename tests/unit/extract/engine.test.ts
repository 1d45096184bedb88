import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTemporalExpressions, ExtractionError } from '../../../src/lib/model/extract/extract';
import { SEED_DIR } from '../helpers';

describe('the engine on the seed article', () => {
	const text = readFileSync(join(SEED_DIR, 'article.txt'), 'utf8');
	const { expressions } = extractTemporalExpressions(text, '2024-07-05');
	const at = (before: string, words: string) => expressions.find((e) => e.start === text.indexOf(before + words) + before.length);

	it('finds what the issue names, with their values', () => {
		expect(at('since ', '2003')).toMatchObject({ text: '2003', type: 'date', value: '2003', edtf: '2003/..' });
		expect(at('power since ', '2021')).toMatchObject({ value: '2021', edtf: '2021/..' });
		expect(at('withdrawal in ', '2021')).toMatchObject({ value: '2021', edtf: '2021' });
		expect(at('', 'In March')).toBeUndefined();
		expect(at('In ', 'March')).toMatchObject({ text: 'March', value: '2024-03' });
		expect(at('in ', 'the 1980s')).toMatchObject({ value: '198', edtf: '198X' });
		expect(at('in ', 'nearly two decades')).toMatchObject({ type: 'duration', value: 'P20Y', mod: 'APPROX' });
	});

	it('finds nothing that is not a temporal expression', () => {
		expect(expressions.map((e) => e.text)).toEqual(['2003', '2021', 'years', 'March', 'nearly two decades', '2021', 'the 1980s']);
	});
});

describe('the engine on bad input', () => {
	it('refuses a publication date that is not a day', () => {
		for (const bad of ['2024-7-5', '2023-02-29', '5 July 2024', '']) expect(() => extractTemporalExpressions('in 2003', bad)).toThrow(ExtractionError);
	});

	it('finds nothing in an empty text or one without dates', () => {
		expect(extractTemporalExpressions('', '2024-07-05').expressions).toEqual([]);
		expect(extractTemporalExpressions('The cat sat on the mat.', '2024-07-05').expressions).toEqual([]);
	});

	it('reads no-break spaces, curly quotes, en dashes and control characters', () => {
		const text = 'From\u00a01963\u00a0to 1974 and 1979–1989, \u201cin March\u201d\u0007 and at\u00a02:45\u00a0a.m.';
		const found = extractTemporalExpressions(text, '2024-07-05').expressions;
		expect(found.map((e) => e.text)).toEqual(['1963', '1974', '1979', '1989', 'March', '2:45\u00a0a.m.']);
		expect(found[0]!.rangeWith).toBe(1);
		expect(found[2]!.rangeWith).toBe(3);
	});

	it('gives offsets that slice to the text, in order and without overlaps, for any text', () => {
		const pieces = fc.constantFrom(
			'in 2003',
			' since ',
			'March 22',
			'the 1980s',
			' nearly two decades',
			' 2:45 a.m.',
			' Friday',
			'\u00a0',
			'–',
			'1979',
			' every year',
			'now',
			'\n',
			'x',
			'’',
			'😀',
			' '
		);
		fc.assert(
			fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				const found = extractTemporalExpressions(text, '2024-07-05').expressions;
				let end = 0;
				for (const e of found) {
					expect(text.slice(e.start, e.end)).toBe(e.text);
					expect(e.start).toBeGreaterThanOrEqual(end);
					expect(e.end).toBeGreaterThan(e.start);
					end = e.end;
				}
			}),
			{ numRuns: 300 }
		);
	});
});
