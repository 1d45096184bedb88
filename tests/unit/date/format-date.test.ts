import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDay, formatExtent, formatFuzzyDate } from '../../../src/lib/model/date/format-date';
import { parseIsoDay, resolveFuzzyDate } from '../../../src/lib/model/date/fuzzy-date';
import { formatYear, MS_PER_DAY, yearStart } from '../../../src/lib/model/date/time';
import { describeEventDate } from '../../../src/lib/model/document/describe';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { day, seedDocument, seedText } from '../helpers';

const asOf = day(2024, 7, 5);
const show = (edtf: string, options: { timeZoneName?: string; approximate?: boolean } = {}) => formatFuzzyDate(resolveFuzzyDate(edtf, asOf), { asOf, ...options });

describe('formatFuzzyDate', () => {
	it.each([
		['198X', '1980s'],
		['19', '20th century'],
		['2024-03', 'Mar 2024'],
		['2024', '2024'],
		['2024-03-22', '22 Mar 2024'],
		['1979-12-24/1989-02-15', '24 Dec 1979 – 15 Feb 1989'],
		['2004-09-01/2004-09-03', '1–3 Sep 2004'],
		['2003-02-14/..', '14 Feb 2003 – ongoing as of 5 Jul 2024'],
		['1979-12-24~', 'c. 24 Dec 1979'],
		['2024?', '2024?'],
		['-0499', '500 BCE'],
		['0000', '1 BCE'],
		['0050', '50 CE'],
		['Y-13800000000', '13.8 billion years ago'],
		['Y-170000', '172 thousand years ago'.replace(' thousand', ',000')]
	])('%s reads "%s"', (edtf, text) => {
		expect(show(edtf)).toBe(text);
	});

	it('shows a date-time in its own offset, with the zone name', () => {
		expect(show('2021-08-30T23:59:00+04:30', { timeZoneName: 'Kabul time' })).toBe('30 Aug 2021, 23:59 Kabul time (UTC+04:30)');
		expect(show('2024-03-22T20:00:00+03:00', { approximate: true })).toBe('c. 22 Mar 2024, 20:00 UTC+03:00');
		expect(show('1969-07-20T20:17:00Z')).toBe('20 Jul 1969, 20:17 UTC');
	});
});

describe('formatExtent', () => {
	it.each([
		['across years', day(1979, 12, 24), day(2025, 7, 4), '1979 – 2025'],
		['within a year', day(2024, 3, 22), day(2024, 7, 5), 'Mar – Jul 2024'],
		['a whole year', day(2024, 1, 1), day(2025, 1, 1), '2024'],
		['within a month', day(2004, 9, 1), day(2004, 9, 4), '1–3 Sep 2004'],
		['a whole month', day(2024, 3, 1), day(2024, 4, 1), 'Mar 2024'],
		['one day', day(2024, 3, 22), day(2024, 3, 23), '22 Mar 2024'],
		['within a day', day(2024, 3, 22) + 3_600_000, day(2024, 3, 22) + 7_200_000, '22 Mar 2024'],
		['from BCE', yearStart(-752), day(1969, 7, 21), '753 BCE – 1969'],
		['in the first millennium', yearStart(-26), yearStart(15), '27 BCE – 14 CE'],
		['from deep time', yearStart(-13_800_000_000), day(1969, 7, 21), '13.8 billion years ago – 1969']
	])('%s: "%s"', (_, start, end, text) => {
		expect(formatExtent(start, end)).toBe(text);
	});
});

describe('formatYear', () => {
	it.each([
		[1979, '1979'],
		[1, '1 CE'],
		[0, '1 BCE'],
		[-99_999, '100,000 BCE'],
		[-4_500_000_000, '4.5 billion years ago'],
		[-66_000_000, '66 million years ago']
	])('%d is "%s"', (year, text) => expect(formatYear(year)).toBe(text));
});

describe('one numbering of years, with no year 0: the as-of day in a header and the dates in a list', () => {
	it.each([
		['-0001-12-31', '31 Dec 2 BCE'],
		['0000-01-01', '1 Jan 1 BCE'],
		['0000-12-31', '31 Dec 1 BCE'],
		['0001-01-01', '1 Jan 1 CE'],
		['0001-12-31', '31 Dec 1 CE']
	])('%s is "%s" in the header (formatDay) and in the list (formatFuzzyDate)', (iso, text) => {
		expect(formatDay(parseIsoDay(iso))).toBe(text);
		expect(show(iso)).toBe(text);
	});

	it('counts 1 BCE, then 1 CE, at the boundary and for spans across it', () => {
		expect([formatYear(-1), formatYear(0), formatYear(1)]).toEqual(['2 BCE', '1 BCE', '1 CE']);
		expect(show('0000/0001')).toBe('1 BCE – 1 CE');
		expect(show('0000-12-31/0001-01-01')).toBe('31 Dec 1 BCE – 1 Jan 1 CE');
		expect(formatExtent(yearStart(0), yearStart(2))).toBe('1 BCE – 1 CE');
		expect(formatExtent(yearStart(0), yearStart(1))).toBe('1 BCE');
		// A day of the last year BCE and the first CE: 1 Jan 1 CE follows 31 Dec 1 BCE.
		expect(formatDay(parseIsoDay('0001-01-01') - MS_PER_DAY)).toBe('31 Dec 1 BCE');
	});

	it('names the same year for a day whichever formatter writes it, in any year a day can be written for', () => {
		fc.assert(
			fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, dayOfMonth) => {
				const iso = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
				const header = formatDay(parseIsoDay(iso));
				expect(show(iso)).toBe(header);
				expect(header.endsWith(` ${formatYear(year)}`)).toBe(true);
				// Years as historians count them: none is 0, and the one after "1 BCE" is "1 CE".
				expect(formatYear(year)).not.toMatch(/^0 /);
			})
		);
	});
});

describe('describeEventDate', () => {
	const timeline = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
	const event = (id: string) => timeline.events.find((e) => e.data.id === id)!;

	it('shows the stated and the resolved date together', () => {
		expect(describeEventDate(event('soviet-war-in-afghanistan'), timeline).full).toBe('1980s, per the article · 24 Dec 1979 – 15 Feb 1989');
		expect(describeEventDate(event('taliban-banned-in-russia'), timeline).full).toBe('since 2003, per the article · 14 Feb 2003 – ongoing as of 5 Jul 2024');
		expect(describeEventDate(event('crocus-city-hall-attack'), timeline).full).toBe('Mar 2024, per the article · c. 22 Mar 2024, 20:00 Moscow time (UTC+03:00)');
	});

	it('says when the article gives no date, alludes to an event, or came before it', () => {
		expect(describeEventDate(event('putin-astana-remarks'), timeline).stated).toBe('undated in the article (“made during a meeting in Astana”)');
		expect(describeEventDate(event('beslan-school-siege'), timeline).stated).toBe('alluded to, undated in the article');
		expect(describeEventDate(event('russia-recognises-taliban'), timeline).stated).toBe('after the article');
	});
});
