import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, differenceInCalendarDays } from 'date-fns';
import {
	dayOfValue,
	dayValue,
	easterSunday,
	isoWeekday,
	makeDay,
	nthWeekday,
	parseDay,
	valueAt,
	weekdayFrom,
	yearForMonth,
	type CalendarUnit
} from '../../../src/lib/model/extract/calendar';

const day = fc
	.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
	.map((d) => makeDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!);
const direction = fc.constantFrom('past' as const, 'future' as const, 'unknown' as const);

describe('calendar arithmetic', () => {
	it('reads back the days it writes, and no day that does not exist', () => {
		fc.assert(
			fc.property(day, (d) => {
				expect(parseDay(dayValue(d))?.getTime()).toBe(d.getTime());
			})
		);
		for (const bad of ['2023-02-29', '2024-13-01', '2024-7-5', '2024-06-31']) expect(parseDay(bad)).toBeUndefined();
	});

	it('finds the weekday asked for, within a week in the direction asked', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: 1, max: 7 }), direction, fc.boolean(), (reference, weekday, towards, strict) => {
				const found = weekdayFrom(reference, weekday, towards, strict);
				const delta = differenceInCalendarDays(found, reference);
				expect(isoWeekday(found)).toBe(weekday);
				if (towards === 'future') expect(delta).toBeGreaterThanOrEqual(strict ? 1 : 0);
				else expect(delta).toBeLessThanOrEqual(strict ? -1 : 0);
				expect(Math.abs(delta)).toBeLessThanOrEqual(7);
			})
		);
	});

	it('puts a month said without its year within a year of the reference, on the side its tense says when far', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: 1, max: 12 }), direction, (reference, month, towards) => {
				const year = yearForMonth(reference, month, towards, 15);
				const offsetDays = differenceInCalendarDays(makeDay(year, month, 15)!, reference);
				expect(Math.abs(offsetDays)).toBeLessThanOrEqual(366);
				if (towards === 'past') expect(offsetDays).toBeLessThanOrEqual(31);
				if (towards === 'future') expect(offsetDays).toBeGreaterThanOrEqual(-31);
			})
		);
	});

	it('writes the unit containing a day, and reads its first day back', () => {
		const units: CalendarUnit[] = ['day', 'week', 'month', 'quarter', 'year', 'decade'];
		fc.assert(
			fc.property(day, fc.constantFrom(...units), (d, unit) => {
				const first = dayOfValue(valueAt(d, unit))!;
				expect(first.unit).toBe(unit);
				expect(first.day.getTime()).toBeLessThanOrEqual(d.getTime());
				expect(valueAt(first.day, unit)).toBe(valueAt(d, unit));
			})
		);
	});

	it('knows the movable holidays', () => {
		expect(dayValue(easterSunday(2019))).toBe('2019-04-21');
		expect(dayValue(easterSunday(2024))).toBe('2024-03-31');
		expect(dayValue(easterSunday(2000))).toBe('2000-04-23');
		expect(dayValue(nthWeekday(2024, 11, 4, 4))).toBe('2024-11-28');
		expect(dayValue(addDays(nthWeekday(1998, 11, 1, 1), 1))).toBe('1998-11-03');
	});
});
