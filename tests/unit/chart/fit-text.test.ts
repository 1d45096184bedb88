/** Cutting a title to fit: a label, the same cut as measuring the whole title at the cost of what could show; a name, to a length. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText } from '../../../src/lib/components/chart/measure-text';
import { shortened } from '../../../src/lib/model/document/describe';

/** Widths as a font gives them: every character its own, from 1 to 12 pixels. */
const width = (text: string) => [...text].reduce((sum, char) => sum + 1 + ((char.codePointAt(0) ?? 0) % 12), 0);

/** fitText as first written, measuring the whole text: the oracle. */
function fitWhole(text: string, maxWidth: number): { text: string; width: number } {
	if (width(text) <= maxWidth) return { text, width: width(text) };
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (width(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
		else high = mid - 1;
	}
	const cut = `${text.slice(0, low).trimEnd()}…`;
	return { text: cut, width: width(cut) };
}

describe('fitText', () => {
	it('cuts as measuring the whole text does', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (text, maxWidth) => {
				expect(fitText(text, maxWidth, width)).toEqual(fitWhole(text, maxWidth));
			}),
			{ numRuns: 2000 }
		);
	});

	it('measures only what could show of a 5 MB title', () => {
		const title = 'A title that goes on. '.repeat(250_000);
		let measured = 0;
		const counting = (text: string) => {
			measured += text.length;
			return width(text);
		};
		expect(fitText(title, 200, counting)).toEqual(fitWhole(title.slice(0, 1000), 200));
		expect(measured).toBeLessThan(20 * 401);
	});
});

describe('shortened', () => {
	it('keeps a short title, and cuts a long one to the length with an ellipsis, never inside a character', () => {
		expect(shortened('Putin Says Taliban ‘Our Allies’')).toBe('Putin Says Taliban ‘Our Allies’');
		expect(shortened('T'.repeat(5 * 1024 * 1024))).toBe(`${'T'.repeat(299)}…`);
		expect(shortened(`${'a'.repeat(298)}😀tail`)).toBe(`${'a'.repeat(298)}…`);
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: 2, max: 20 }), (text, max) => {
				const short = shortened(text, max);
				expect(short.length).toBeLessThanOrEqual(max);
				expect(short === text || (short.endsWith('…') && text.startsWith(short.slice(0, -1)))).toBe(true);
				expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
			})
		);
	});
});
