import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fastBound } from '../../../src/lib/model/date/edtf-fast';
import { FuzzyDateError, resolveFuzzyDate, resolveFuzzyDateWithEdtf, type FuzzyDate } from '../../../src/lib/model/date/fuzzy-date';
import { day } from '../helpers';

const AS_OF = day(2024, 7, 5);

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, '0');
const digits = (min: number, max: number, width = 2) => fc.integer({ min, max }).map((value) => pad(value, width));

/** Years as EDTF writes them in four digits: negative ones, year 0 and the malformed -0000 among them. */
const year = fc.oneof(
	fc.integer({ min: -9999, max: 9999 }).map((value) => `${value < 0 ? '-' : ''}${pad(value, 4)}`),
	fc.constantFrom('0000', '-0000', '0001', '-0001', '-0004', '0099', '0100', '1900', '2000', '2023', '2024')
);
/** Mostly real months; 00 and 13-20 are none, 21-24 are EDTF seasons. */
const month = fc.oneof(digits(1, 12), digits(0, 24));
/** Mostly days every month has; 29-31 are not in every month, 00 and 32 in none. */
const dayOfMonth = fc.oneof(digits(1, 28), digits(0, 32));
const qualifier = fc.constantFrom('', '', '~', '?', '%');

const calendarDate = fc.oneof(
	fc.tuple(year, qualifier).map(([y, q]) => `${y}${q}`),
	fc.tuple(year, month, qualifier).map(([y, m, q]) => `${y}-${m}${q}`),
	fc.tuple(year, month, dayOfMonth, qualifier).map(([y, m, d, q]) => `${y}-${m}-${d}${q}`),
	// A leap day, valid or not, in any year.
	fc.tuple(year, qualifier).map(([y, q]) => `${y}-02-29${q}`)
);

/** 198X, 19XX, 198, 19: positive and negative, with qualifiers (which edtf takes on the short forms only). */
const decadeOrCentury = fc
	.tuple(fc.constantFrom('', '-'), fc.integer({ min: 0, max: 999 }), fc.constantFrom('X', 'XX', 'short decade', 'short century'), qualifier)
	.map(([sign, value, form, q]) => {
		const three = pad(value, 3);
		if (form === 'X') return `${sign}${three}X${q}`;
		if (form === 'XX') return `${sign}${three.slice(0, 2)}XX${q}`;
		return form === 'short decade' ? `${sign}${three}${q}` : `${sign}${three.slice(0, 2)}${q}`;
	});

const time = fc
	.tuple(digits(0, 24), digits(0, 60), fc.option(digits(0, 60)), fc.constantFrom('', '', '', '', '', '.5'))
	.map(([hh, mm, ss, fraction]) => (ss === null ? `${hh}:${mm}` : `${hh}:${mm}:${ss}${fraction}`));
const zone = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom('', 'Z', 'Z', '+04:30', '-05:00') },
	// The edges of the offsets edtf takes: +00:00 to +14:00, -00:01 to -12:00.
	{
		weight: 3,
		arbitrary: fc.constantFrom('+00:00', '-00:00', '-00:01', '+00:59', '+13:59', '+14:00', '+14:01', '+14:30', '-11:59', '-12:00', '-12:01', '-12:30', '+12:45', '+05:60')
	},
	{
		weight: 2,
		arbitrary: fc
			.tuple(fc.constantFrom('+', '-', '−'), digits(0, 15), fc.constantFrom('00', '01', '30', '45', '59', '60'), fc.constantFrom(':', ':', ':', ''))
			.map(([sign, hh, mm, colon]) => `${sign}${hh}${colon}${mm}`)
	},
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('+', '-'), digits(0, 15)).map(([sign, hh]) => `${sign}${hh}`) }
);
/** edtf takes no qualifier on a date-time: seldom given, so that most date-times are ones it takes. */
const rareQualifier = fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: qualifier });
const dateTime = fc.tuple(year, fc.oneof(digits(1, 12), month), dayOfMonth, time, zone, rareQualifier).map(([y, m, d, t, z, q]) => `${y}-${m}-${d}T${t}${z}${q}`);

/** Forms the fast path leaves to edtf, so that falling back is compared too. */
const other = fc.oneof(
	fc.bigInt({ min: 10_000n, max: 100_000_000_000n }).map((value) => `Y-${value}`),
	fc.constantFrom('Y2024', '12345', '2024-XX', '2024-03-XX', '19X5', 'XXXX', '1XXX', '2024-21', '{2024,2025}', '[2024..2025]', '2024~?', '~', '', '+1979', '1979-1', '1979-12-1')
);

const bound = fc.oneof({ weight: 3, arbitrary: calendarDate }, { weight: 2, arbitrary: decadeOrCentury }, { weight: 3, arbitrary: dateTime }, { weight: 1, arbitrary: other });
const edtfText = fc.oneof(
	{ weight: 4, arbitrary: bound },
	{ weight: 3, arbitrary: fc.tuple(bound, bound).map(([a, b]) => (a < b ? `${a}/${b}` : `${b}/${a}`)) },
	{ weight: 1, arbitrary: fc.tuple(bound, bound).map(([a, b]) => `${a}/${b}`) },
	{ weight: 1, arbitrary: bound.map((b) => `${b}/..`) },
	{ weight: 1, arbitrary: fc.constantFrom('../', '/', '..').chain((edge) => bound.map((b) => (edge === '..' ? `${b}/` : `${edge}${b}`))) }
);

/** What resolving gives: the date, or the fault's message. */
function outcome(resolve: (text: string, asOf: number) => FuzzyDate, text: string): { date: FuzzyDate } | { fault: string } {
	try {
		return { date: resolve(text, AS_OF) };
	} catch (error) {
		return { fault: error instanceof FuzzyDateError ? error.message : `not a FuzzyDateError: ${String(error)}` };
	}
}

describe('the fast EDTF path', () => {
	it('resolves every form exactly as the edtf package does, faults included', () => {
		fc.assert(
			fc.property(edtfText, (text) => {
				// toStrictEqual: an offset that is present but undefined differs from one that is absent.
				expect(outcome(resolveFuzzyDate, text)).toStrictEqual(outcome(resolveFuzzyDateWithEdtf, text));
			}),
			{ numRuns: 3000 }
		);
	});

	it('reads the common forms itself, so that the comparison above is of the fast path', () => {
		const validYear = fc.integer({ min: -9999, max: 9999 });
		const common = fc.oneof(
			fc.tuple(validYear, qualifier).map(([y, q]) => `${y < 0 ? '-' : ''}${pad(y, 4)}${q}`),
			fc.tuple(validYear, digits(1, 12), qualifier).map(([y, m, q]) => `${y < 0 ? '-' : ''}${pad(y, 4)}-${m}${q}`),
			fc.tuple(validYear, digits(1, 12), digits(1, 28), qualifier).map(([y, m, d, q]) => `${y < 0 ? '-' : ''}${pad(y, 4)}-${m}-${d}${q}`),
			fc.integer({ min: 0, max: 999 }).map((value) => `${pad(value, 3)}X`),
			fc.integer({ min: 0, max: 99 }).map((value) => `${pad(value, 2)}XX`),
			fc
				.tuple(
					fc.integer({ min: 100, max: 9999 }),
					digits(1, 12),
					digits(1, 28),
					digits(0, 23),
					digits(0, 59),
					fc.constantFrom('Z', '+04:30', '-05:00', '+14:00', '-12:00', ':00Z', ':59+05:45')
				)
				.map(([y, m, d, hh, mm, rest]) => `${pad(y, 4)}-${m}-${d}T${hh}:${mm}${rest}`)
		);
		fc.assert(
			fc.property(common, (text) => {
				expect(fastBound(text), text).toBeDefined();
			})
		);
		for (const leapDay of ['2000-02-29', '2024-02-29', '0000-02-29', '-0004-02-29', '-0400-02-29']) expect(fastBound(leapDay), leapDay).toBeDefined();
		expect(fastBound('1979-12-24T10:30:00Z')).toMatchObject({ precision: 'minute', utcOffsetMinutes: 0 });
	});

	it('leaves to edtf what it does not read exactly as edtf does', () => {
		for (const text of [
			'-0000',
			'2024-13',
			'2024-02-30',
			'2023-02-29',
			'198X~',
			'-198X',
			'1979-12-24T24:00Z',
			'1979-12-24T10:30',
			'0050-01-01T10:30Z',
			'1979-12-24T10:30:00.5Z',
			'1979-12-24T10:30+0430'
		]) {
			expect(fastBound(text), text).toBeUndefined();
		}
	});
});
