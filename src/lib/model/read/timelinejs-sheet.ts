/**
 * The TimelineJS3 Google Sheets template exported as CSV, read into a TimelineJS3 document for
 * convertTimelineJs. Papa Parse reads the CSV; this module finds the template's columns by name, checks
 * each row and builds its slide. Rows are numbered as a spreadsheet numbers them: the header is row 1.
 */
import Papa from 'papaparse';
import { clippedForFault } from '../text/untrusted-text';
import type { TjsDate, TjsDocument, TjsSlide } from './timelinejs';
import { columnLetters, readClockTime, readWholeNumber } from './sheet-cells';

/** The template's columns, as its header row names them. */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export type SheetResult = { document: TjsDocument } | { error: string };

/** Raised by a row's checks; turned into the result's error at the top. */
class SheetError extends Error {}

type Columns = Partial<Record<SheetColumn, number>>;

/** A cell as a fault quotes it. */
function quotedCell(text: string): string {
	return JSON.stringify(clippedForFault(text));
}

function quoteFault(code: Papa.ParseError['code']): string {
	if (code === 'MissingQuotes') return 'a quoted field is never closed (a stray or unterminated ")';
	if (code === 'InvalidQuotes') return 'a quoted field has more text after its closing quote (a stray ")';
	return 'a row has the wrong number of fields';
}

function findColumns(header: readonly string[], file: string): Columns {
	const byName = new Map<string, SheetColumn>(SHEET_COLUMNS.map((name) => [name.toLowerCase(), name]));
	const columns: Columns = {};
	header.forEach((cell, index) => {
		const name = byName.get(cell.trim().toLowerCase());
		if (name === undefined) return;
		const first = columns[name];
		if (first !== undefined) throw new SheetError(`${file}: row 1 names the column ${name} twice, in ${columnLetters(first)} and ${columnLetters(index)}`);
		columns[name] = index;
	});
	const missing = [
		...(columns.Year === undefined ? ['no Year column'] : []),
		...(columns.Headline === undefined && columns.Text === undefined ? ['neither a Headline nor a Text column'] : [])
	];
	if (missing.length > 0) {
		const named = header.map((cell) => cell.trim()).filter(Boolean);
		const found = named.length === 0 ? 'it names no columns' : `it names ${named.slice(0, 8).join(', ')}${named.length > 8 ? ', …' : ''}`;
		throw new SheetError(`${file} has ${missing.join(', and ')}: a TimelineJS3 sheet's header (row 1) needs Year, and Headline or Text; ${found}`);
	}
	return columns;
}

const DATE_COLUMNS = {
	start: ['Year', 'Month', 'Day', 'Time'],
	end: ['End Year', 'End Month', 'End Day', 'End Time']
} as const satisfies Record<string, readonly SheetColumn[]>;

/** The cells that are not blank; undefined when none is. */
function compact<T extends Record<string, string | undefined>>(fields: T): Partial<T> | undefined {
	const given = Object.entries(fields).filter(([, value]) => value !== undefined);
	return given.length === 0 ? undefined : (Object.fromEntries(given) as Partial<T>);
}

/** One row's cells by column name, and the checks that name the row and column. */
function rowReader(cells: readonly string[], columns: Columns, where: string) {
	const cell = (name: SheetColumn): string => {
		const index = columns[name];
		return index === undefined ? '' : (cells[index] ?? '').trim();
	};
	const given = (name: SheetColumn): string | undefined => cell(name) || undefined;
	const at = (name: SheetColumn) => `${where}, column ${columnLetters(columns[name] ?? 0)} (${name})`;
	const number = (name: SheetColumn): number | undefined => {
		const value = cell(name);
		if (value === '') return undefined;
		const read = readWholeNumber(value);
		if (read === undefined) throw new SheetError(`${at(name)}: ${quotedCell(value)} is not a whole number`);
		return read;
	};
	const date = (which: keyof typeof DATE_COLUMNS): TjsDate | undefined => {
		const [year, month, day, time] = DATE_COLUMNS[which];
		const yearValue = number(year);
		if (yearValue === undefined) {
			const stray = [month, day, time].find((name) => cell(name) !== '');
			if (stray !== undefined) throw new SheetError(`${at(stray)} is given but column ${columnLetters(columns[year] ?? 0)} (${year}) is empty`);
			return undefined;
		}
		const parts: TjsDate = { year: yearValue };
		const monthValue = number(month);
		const dayValue = number(day);
		if (monthValue !== undefined) parts.month = monthValue;
		if (dayValue !== undefined) parts.day = dayValue;
		const timeText = cell(time);
		if (timeText !== '') {
			const clock = readClockTime(timeText);
			if (!clock) throw new SheetError(`${at(time)}: ${quotedCell(timeText)} is not a time of day such as 14:30 or 2:30 PM`);
			Object.assign(parts, clock);
		}
		return parts;
	};
	return { given, at, date };
}

/** A row as a TimelineJS3 slide. Media Thumbnail and Background are not read: the conversion has no use for them. */
function slideOf(cells: readonly string[], columns: Columns, where: string, isTitle: boolean): TjsSlide {
	const row = rowReader(cells, columns, where);
	const slide: TjsSlide = {};
	const start = row.date('start');
	if (start) slide.start_date = start;
	else if (!isTitle) throw new SheetError(`${row.at('Year')} is empty: every event and era needs a year`);
	const end = row.date('end');
	if (end) slide.end_date = end;
	const display = row.given('Display Date');
	const group = row.given('Group');
	const text = compact({ headline: row.given('Headline'), text: row.given('Text') });
	const media = compact({ url: row.given('Media'), credit: row.given('Media Credit'), caption: row.given('Media Caption') });
	if (display !== undefined) slide.display_date = display;
	if (group !== undefined) slide.group = group;
	if (text) slide.text = text;
	if (media) slide.media = media;
	return slide;
}

function readRows(rows: readonly string[][], file: string, quoteError?: { row: number; reason: string }): TjsDocument {
	if (quoteError?.row === 0) throw new SheetError(`${file}: row 1: ${quoteError.reason}`);
	const header = rows[0] ?? [];
	const columns = findColumns(header, file);
	const document: TjsDocument = { events: [], eras: [] };
	let titleRow: number | undefined;
	for (let index = 1; index < rows.length; index++) {
		const where = `${file}: row ${index + 1}`;
		if (quoteError && index >= quoteError.row) throw new SheetError(`${where}: ${quoteError.reason}`);
		const cells = rows[index] ?? [];
		if (cells.every((cell) => cell.trim() === '')) continue;
		if (cells.length !== header.length) throw new SheetError(`${where} has ${cells.length} fields where the header (row 1) has ${header.length}`);
		const type = columns.Type === undefined ? '' : (cells[columns.Type] ?? '').trim().toLowerCase();
		if (type === 'title') {
			if (titleRow !== undefined) throw new SheetError(`${where} is a second title slide (Type "title"); row ${titleRow} is the title`);
			titleRow = index + 1;
			document.title = slideOf(cells, columns, where, true);
		} else {
			(type === 'era' ? (document.eras ??= []) : document.events).push(slideOf(cells, columns, where, false));
		}
	}
	if (document.events.length + (document.eras?.length ?? 0) === 0) {
		throw new SheetError(`${file} holds no events: below its header (row 1), every row is blank${titleRow === undefined ? '' : ' or the title slide'}`);
	}
	return document;
}

/** Reads a TimelineJS3 sheet exported as CSV; the error names the file, and the row and column where known. */
export function readTimelineJsSheet(csv: string, file: string): SheetResult {
	const parsed = Papa.parse<string[]>(csv, { header: false, delimitersToGuess: [',', ';', '\t'] });
	// The first fault in the quoting; field counts are checked row by row, and a guessed delimiter is no fault.
	const quotes = parsed.errors.filter((error) => error.type === 'Quotes').sort((a, b) => (a.row ?? 0) - (b.row ?? 0))[0];
	const quoteError = quotes === undefined ? undefined : { row: quotes.row ?? 0, reason: quoteFault(quotes.code) };
	try {
		return { document: readRows(parsed.data, file, quoteError) };
	} catch (error) {
		if (error instanceof SheetError) return { error: error.message };
		throw error;
	}
}
