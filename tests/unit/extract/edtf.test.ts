import { describe, expect, it } from 'vitest';
import { toEdtf } from '../../../src/lib/model/extract/edtf';
import { resolveFuzzyDate } from '../../../src/lib/model/date/fuzzy-date';

describe('TIMEX3 values as EDTF', () => {
	const cases: [Parameters<typeof toEdtf>, string | undefined][] = [
		[['date', '2024-03'], '2024-03'],
		[['date', '198'], '198X'],
		[['date', '19'], '19XX'],
		[['date', '2003', undefined, 'since'], '2003/..'],
		[['date', '2003', undefined, 'until'], '../2003'],
		[['date', '1979-12-24', 'APPROX'], '1979-12-24~'],
		[['date', '198', 'START'], '1980/1983'],
		[['date', '2019', 'END'], '2019-09/2019-12'],
		[['date', '2024-02', 'END'], '2024-02-21/2024-02-29'],
		[['date', '2019-W04'], '2019-01-21/2019-01-27'],
		[['date', '2019-W04-WE'], '2019-01-26/2019-01-27'],
		[['date', '2019-SU'], '2019-06/2019-08'],
		[['date', '2006-WI'], '2006-12/2007-02'],
		[['date', '2019-Q2'], '2019-04/2019-06'],
		[['time', '2021-08-30T23:59'], '2021-08-30T23:59:00'],
		[['time', '2021-08-30TMO'], '2021-08-30'],
		[['date', 'PRESENT_REF'], undefined],
		[['duration', 'P20Y'], undefined],
		[['set', 'P1Y'], undefined]
	];
	it.each(cases)('%j → %s', (args, expected) => expect(toEdtf(...args)).toBe(expected));

	it('writes EDTF that the viewer reads, open starts apart (the viewer needs a known start)', () => {
		const asOf = Date.UTC(2024, 6, 5);
		for (const [args, expected] of cases)
			if (expected && !expected.startsWith('..')) expect(() => resolveFuzzyDate(expected, asOf), `${expected} from ${args.join(' ')}`).not.toThrow();
	});
});
