import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_STRIDE, readDate, writeDate } from '../../../src/lib/model/date/date-columns';
import { resolveFuzzyDate } from '../../../src/lib/model/date/fuzzy-date';

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const day = fc.record({ y: fc.integer({ min: 1, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const edtfs = fc.oneof(
	day.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
	day.map(({ y, m }) => `${pad(y, 4)}-${pad(m, 2)}~`),
	day.map(({ y }) => `${pad(y, 4)}?`),
	day.map(({ y }) => `${pad(y, 4).slice(0, 3)}X`),
	day.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T10:30:00+04:30`),
	fc.tuple(day, day).map(([a, b]) => [`${pad(a.y, 4)}-${pad(a.m, 2)}`, `${pad(b.y, 4)}-${pad(b.m, 2)}`].sort().join('/')),
	day.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}/..`),
	fc.integer({ min: 10_000, max: 13_800_000_000 }).map((years) => `Y-${years}`)
);

describe('dates as columns', () => {
	it('read back as the date written, every field and its absence', () => {
		fc.assert(
			fc.property(edtfs, fc.integer({ min: 0, max: 5 }), (edtf, slot) => {
				const date = resolveFuzzyDate(edtf, Date.UTC(2024, 6, 5));
				const columns = new Float64Array(6 * DATE_STRIDE);
				writeDate(columns, slot * DATE_STRIDE, date);
				expect(readDate(columns, slot * DATE_STRIDE, edtf)).toStrictEqual(date);
			})
		);
	});

	it('say when there is no date', () => {
		const columns = new Float64Array(DATE_STRIDE).fill(7);
		writeDate(columns, 0, undefined);
		expect(readDate(columns, 0, '2024')).toBeUndefined();
	});
});
