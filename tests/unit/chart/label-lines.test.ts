/** A label on two lines: broken at the space that makes its longer line shortest. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_WRAPPED_LENGTH, wrapLabel } from '../../../src/lib/model/chart/label-lines';

/** Widths that differ by letter, as a font's do. */
const measure = (text: string) => [...text].reduce((sum, char) => sum + (char === ' ' ? 3 : /[A-Z]/.test(char) ? 8 : 6), 0);
const words = fc.array(fc.stringMatching(/^[A-Za-z]{1,12}$/), { minLength: 2, maxLength: 16 });

describe('wrapLabel', () => {
	it('breaks a label at the space that makes its longer line shortest, no line left empty', () => {
		fc.assert(
			fc.property(words, (parts) => {
				const text = parts.join(' ');
				const wrapped = wrapLabel(text, measure)!;
				const [first, second] = wrapped.lines;
				expect(`${first.text} ${second.text}`).toBe(text);
				expect(first.text && second.text).toBeTruthy();
				expect(first.width).toBe(measure(first.text));
				expect(second.width).toBe(measure(second.text));
				expect(wrapped.width).toBe(Math.max(first.width, second.width));
				// No other break is narrower.
				for (let i = 1; i < parts.length; i++) {
					const other = Math.max(measure(parts.slice(0, i).join(' ')), measure(parts.slice(i).join(' ')));
					expect(wrapped.width).toBeLessThanOrEqual(other);
				}
			})
		);
	});

	it('splits a long title about its middle', () => {
		const { lines } = wrapLabel("Russia's Supreme Court designates the Taliban a terrorist organisation", (text) => text.length)!;
		expect(lines.map((line) => line.text)).toEqual(["Russia's Supreme Court designates", 'the Taliban a terrorist organisation']);
	});

	it('leaves alone a label with no space to break at, or too long to be worth measuring at every space', () => {
		expect(wrapLabel('Supercalifragilistic', measure)).toBeUndefined();
		expect(wrapLabel(' Padded ', measure)).toBeUndefined();
		expect(wrapLabel('word '.repeat(MAX_WRAPPED_LENGTH / 5 + 1).trim(), measure)).toBeUndefined();
		expect(wrapLabel('word '.repeat(MAX_WRAPPED_LENGTH / 5).trim(), measure)?.lines).toHaveLength(2);
	});
});
