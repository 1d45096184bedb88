import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnLetters, readClockTime, readWholeNumber } from '../../../src/lib/model/read/sheet-cells';
import { readTimelineJsSheet, SHEET_COLUMNS } from '../../../src/lib/model/read/timelinejs-sheet';
import { convertTimelineJs } from '../../../src/lib/model/read/timelinejs';
import { loadTimeline } from '../../../src/lib/model/document/timeline';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8');
const HEADER = SHEET_COLUMNS.join(',');

/** A sheet row from the cells it fills: { Year: '1969', Headline: 'x' }. */
function row(cells: Partial<Record<(typeof SHEET_COLUMNS)[number], string>>): string {
	return SHEET_COLUMNS.map((column) => cells[column] ?? '').join(',');
}
const sheet = (...rows: string[]) => [HEADER, ...rows].join('\n');

function read(text: string, file = 'sheet.csv') {
	const result = readTimelineJsSheet(text, file);
	if ('error' in result) throw new Error(result.error);
	return convertTimelineJs(result.document, file);
}

describe('a TimelineJS3 sheet exported as CSV', () => {
	it('reads as the TimelineJS3 document it was made from: title slide, events, era, blank rows skipped', () => {
		const fromSheet = read(fixture('timelinejs-sheet.csv'), 'moon.csv');
		const fromJson = convertTimelineJs(JSON.parse(fixture('timelinejs.json')), 'moon.json');
		expect(loadTimeline(fromSheet, { file: 'moon.csv' }).faults).toEqual([]);
		expect(fromSheet.article!.title).toBe('A short history of the Moon');
		expect(fromSheet.article!.text).toBe('From its formation to the landings.');
		const summary = (document: typeof fromSheet) => document.events.map((event) => [event.title, event.date.edtf, event.lanes, event.category]);
		expect(summary(fromSheet)).toEqual(summary(fromJson));
		expect(summary(fromSheet)).toEqual([
			['The Moon forms', 'Y-4509999999', ['deep-time'], 'event'],
			// TimelineJS's "-763" is 763 BCE, as the document's own "15 June 763 BC" says: -0762 in EDTF.
			['An eclipse recorded in Assyria', '-0762-06-15', ['history'], 'event'],
			['Apollo 11 lands', '1969-07-20T20:17:00Z/1969-07-21', ['history'], 'event'],
			['Space Race', '1957/1975', ['eras'], 'era']
		]);
		const eclipse = fromSheet.events[1]!;
		expect(eclipse.stated).toEqual({ text: '15 June 763 BC' });
		expect(eclipse.summary).toBe('The Eponym Chronicle records a solar eclipse. Its date fixes the reigns around it.');
		expect(eclipse.date.citations.map((citation) => citation.title)).toEqual(['A short history of the Moon']);
		expect(eclipse.media).toEqual({ url: 'https://example.org/eclipse.jpg', caption: 'A clay tablet', credit: 'Example Museum' });
		expect(fromSheet.events[2]!.summary).toBe('Eagle lands & Armstrong says "one small step".');
		expect(fromSheet.article!.asOf.date).toBe('1975-12-31');
	});

	it('matches header names whatever their case and surrounding spaces, in any order, beside columns it does not know', () => {
		const text = ['  headline , YEAR,Alt Text', 'First,2001,', 'Second,"2,002",'].join('\r\n');
		expect(read(text).events.map((event) => [event.title, event.date.edtf])).toEqual([
			['First', '2001'],
			['Second', '2002']
		]);
	});

	it.each([
		['a sheet missing the Headline and Text columns', 'Year,Month,Day\n1969,7,20', /^sheet\.csv has neither a Headline nor a Text column: .*; it names Year, Month, Day$/],
		[
			'a sheet missing the Year column',
			'Headline,Text\nA,B',
			/^sheet\.csv has no Year column: a TimelineJS3 sheet's header \(row 1\) needs Year, and Headline or Text; it names Headline, Text$/
		],
		['a sheet with neither', 'Date,Title\n1969,A', /^sheet\.csv has no Year column, and neither a Headline nor a Text column: /],
		[
			'a stray quote after a quoted field',
			sheet(row({ Year: '1969', Headline: 'A' }), row({ Year: '1970', Headline: '"Apollo" 13' })),
			/^sheet\.csv: row 3: a quoted field has more text after its closing quote/
		],
		[
			'an unterminated quote',
			sheet(row({ Year: '1969', Headline: 'A' }), row({ Year: '1970', Headline: '"Apollo 13' }), row({ Year: '1971', Headline: 'C' })),
			/^sheet\.csv: row 3: a quoted field is never closed/
		],
		['a quote in the header', `Year,"Headline\n1969,A`, /^sheet\.csv: row 1: a quoted field is never closed/],
		[
			'a year that is not a number',
			sheet(row({ Year: '1969', Headline: 'A' }), row({ Year: 'soon', Headline: 'B' })),
			'sheet.csv: row 3, column A (Year): "soon" is not a whole number'
		],
		['a day that is not a number', sheet(row({ Year: '1969', Day: 'third', Headline: 'A' })), 'sheet.csv: row 2, column C (Day): "third" is not a whole number'],
		[
			'a year of a megabyte, quoted by its start',
			sheet(row({ Year: 'x'.repeat(1_000_000), Headline: 'A' })),
			`sheet.csv: row 2, column A (Year): "${'x'.repeat(57)}…" is not a whole number`
		],
		['an event without a year', sheet(row({ Headline: 'A' })), 'sheet.csv: row 2, column A (Year) is empty: every event and era needs a year'],
		[
			'an end month without an end year',
			sheet(row({ Year: '1969', 'End Month': '8', Headline: 'A' })),
			'sheet.csv: row 2, column F (End Month) is given but column E (End Year) is empty'
		],
		[
			'a time that is no time of day',
			sheet(row({ Year: '1969', Time: '25:00', Headline: 'A' })),
			'sheet.csv: row 2, column D (Time): "25:00" is not a time of day such as 14:30 or 2:30 PM'
		],
		['a row with too few fields', sheet(row({ Year: '1969', Headline: 'A' }), '1970,,,'), 'sheet.csv: row 3 has 4 fields where the header (row 1) has 18'],
		[
			'a second title slide',
			sheet(row({ Headline: 'T', Type: 'title' }), row({ Year: '1969', Headline: 'A' }), row({ Headline: 'U', Type: 'Title' })),
			'sheet.csv: row 4 is a second title slide (Type "title"); row 2 is the title'
		],
		['a sheet of no events', sheet(row({ Headline: 'T', Type: 'title' }), row({})), 'sheet.csv holds no events: below its header (row 1), every row is blank or the title slide']
	])('refuses %s, naming the row and column', (_, text, expected) => {
		const result = readTimelineJsSheet(text, 'sheet.csv');
		const message = 'error' in result ? result.error : '';
		if (typeof expected === 'string') expect(message).toBe(expected);
		else expect(message).toMatch(expected);
	});

	it('keeps a quote inside an unquoted cell, as a spreadsheet does', () => {
		expect(read(sheet(row({ Year: '1969', Headline: 'The "Eagle" lands' }))).events[0]!.title).toBe('The "Eagle" lands');
	});
});

describe('sheet cells', () => {
	it.each([
		[0, 'A'],
		[17, 'R'],
		[25, 'Z'],
		[26, 'AA'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('column %i is %s', (index, letters) => expect(columnLetters(index)).toBe(letters));

	it.each([
		['1969', 1969],
		['-763', -763],
		['-4,510,000,000', -4510000000],
		[' 2 001 ', 2001],
		['1969.5', undefined],
		['soon', undefined],
		['', undefined]
	])('whole number %j is %s', (cell, value) => expect(readWholeNumber(cell)).toBe(value));

	it.each([
		['20:17', { hour: 20, minute: 17 }],
		['8:17 PM', { hour: 20, minute: 17 }],
		['12 a.m.', { hour: 0, minute: 0 }],
		['12:30pm', { hour: 12, minute: 30 }],
		['1430', { hour: 14, minute: 30 }],
		['930', { hour: 9, minute: 30 }],
		['14.30', { hour: 14, minute: 30 }],
		['07:05:59.5', { hour: 7, minute: 5 }],
		['24:00', undefined],
		['13 PM', undefined],
		['10:60', undefined],
		['noon', undefined]
	])('clock time %j is %j', (cell, time) => expect(readClockTime(cell)).toEqual(time));
});
