import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInteger } from '../../../src/lib/model/text/format-number';

describe('formatInteger', () => {
	it.each([
		[0, '0'],
		[7, '7'],
		[999, '999'],
		[1000, '1,000'],
		[100_000, '100,000'],
		[1_234_567, '1,234,567'],
		[-4500, '-4,500']
	])('%d is "%s"', (value, text) => expect(formatInteger(value)).toBe(text));

	it('writes any whole number as en-GB does', () => {
		fc.assert(fc.property(fc.maxSafeInteger(), (value) => formatInteger(value) === value.toLocaleString('en-GB')));
	});
});
