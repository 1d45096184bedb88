import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { astronomicalYear, formatYear, historicalYear } from '../../../src/lib/model/date/time';

describe('historical years', () => {
	it.each([
		[2024, 2024, '2024'],
		[1, 1, '1 CE'],
		[0, -1, '1 BCE'],
		[-1, -2, '2 BCE'],
		[-752, -753, '753 BCE']
	])('astronomical %i is historical %i, written "%s"', (astronomical, historical, written) => {
		expect(historicalYear(astronomical)).toBe(historical);
		expect(astronomicalYear(historical)).toBe(astronomical);
		expect(formatYear(astronomical)).toBe(written);
	});

	it('has no year zero, and the two numberings undo each other', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e6, max: 1e6 }), (year) => {
				expect(historicalYear(year)).not.toBe(0);
				expect(astronomicalYear(historicalYear(year))).toBe(year);
			})
		);
	});
});
