/**
 * Valid documents to start the fuzzing from: the bundled timelines (with their article text), the
 * TimelineJS3 fixtures, and documents fast-check makes valid by construction.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { SHEET_COLUMNS } from '../../src/lib/model/read/timelinejs-sheet';
import { history } from '../fixtures/history';

export interface ChronoscopeSample {
	name: string;
	/** The document's JSON value. */
	json: Record<string, unknown>;
	/** The article text, where the document names it by textFile. */
	text?: string;
}

// The bundled timelines of one article: these fuzzers read a document with its one article text beside it,
// and the editor (persist.test.ts) holds one article; a history's articles are many files.
export const bundled: ChronoscopeSample[] = readdirSync('data').flatMap((name) => {
	const json = JSON.parse(readFileSync(`data/${name}/timeline.json`, 'utf8')) as Record<string, unknown>;
	if (json.article === undefined) return [];
	const textFile = (json.article as { textFile?: string }).textFile;
	return [{ name, json, ...(textFile ? { text: readFileSync(`data/${name}/${textFile}`, 'utf8') } : {}) }];
});

/** A history of many articles, their texts inline, for the fuzzers of the loader (not of the editor, which opens one article). */
export const histories: ChronoscopeSample[] = [{ name: 'history', json: history() as unknown as Record<string, unknown> }];

export const timelineJsFixture = JSON.parse(readFileSync('tests/fixtures/timelinejs.json', 'utf8')) as Record<string, unknown>;
export const sheetFixture = readFileSync('tests/fixtures/timelinejs-sheet.csv', 'utf8');

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const year = fc.integer({ min: 1000, max: 2100 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 28 });

/** EDTF dates of the forms the documents use, each valid. */
const edtf: fc.Arbitrary<string> = fc.oneof(
	year.map(String),
	fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m, 2)}`),
	fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
	fc.tuple(year, month, day, fc.integer({ min: 0, max: 23 })).map(([y, m, d, h]) => `${y}-${pad(m, 2)}-${pad(d, 2)}T${pad(h, 2)}:30:00Z`),
	fc.tuple(year, year).map(([a, b]) => `${Math.min(a, b)}/${Math.max(a, b)}`),
	fc.integer({ min: 100, max: 209 }).map((decade) => `${decade}X`),
	year.map((y) => `${y}~`),
	year.map((y) => `${y}?`),
	year.map((y) => `${y}/..`),
	fc.integer({ min: 1, max: 499 }).map((y) => `-${pad(y, 4)}`),
	fc.integer({ min: 10, max: 13_800 }).map((thousands) => `Y-${thousands}000`)
);

const FILLER = ['the', 'talks', 'city', 'after', 'before', 'war', 'said', 'on', 'a', 'of', '—', '“quoted”'];

/** A Chronoscope document valid by construction: every event's excerpt is a token the text holds once. */
export const validChronoscope: fc.Arbitrary<ChronoscopeSample> = fc
	.record({
		laneCount: fc.integer({ min: 1, max: 3 }),
		events: fc.array(
			fc.record({
				origin: fc.constantFrom('article' as const, 'context' as const),
				edtf,
				lane: fc.nat(),
				category: fc.boolean(),
				filler: fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }),
				updatesEarlier: fc.option(fc.nat(), { nil: undefined }),
				media: fc.boolean()
			}),
			{ minLength: 1, maxLength: 8 }
		),
		inline: fc.boolean()
	})
	.map(({ laneCount, events, inline }) => {
		const lanes = Array.from({ length: laneCount }, (_, i) => ({ id: `lane-${i + 1}`, label: `Lane ${i + 1}` }));
		const text = ['An article.', ...events.map((event, i) => `${event.filler.join(' ')} Marker${i}q.`)].join(' ');
		const json = {
			version: 1,
			id: 'generated',
			article: { title: 'Generated', publisher: 'Fuzz', language: 'en', ...(inline ? { text } : { textFile: 'article.txt' }), asOf: { date: '2100-12-31', method: 'stated' } },
			lanes,
			categories: [
				{ id: 'one', label: 'One' },
				{ id: 'two', label: 'Two' }
			],
			events: events.map((event, i) => ({
				id: `event-${i}`,
				title: `Event ${i}`,
				summary: `What happened ${i}.`,
				origin: event.origin,
				category: event.category ? 'one' : 'two',
				lanes: [(lanes[event.lane % laneCount] as { id: string }).id],
				...(event.origin === 'article' ? { stated: { text: `in ${event.edtf}`, edtf: event.edtf } } : {}),
				date: {
					edtf: event.edtf,
					method: event.origin === 'article' ? 'stated' : 'external',
					citations: event.origin === 'article' ? [] : [{ title: 'A source', url: 'https://example.org/' }]
				},
				excerpts: event.origin === 'article' ? [{ type: 'TextQuoteSelector', exact: `Marker${i}q` }] : [],
				...(event.updatesEarlier !== undefined && i > 0 ? { updates: `event-${event.updatesEarlier % i}` } : {}),
				...(event.media ? { media: { url: 'https://example.org/a.jpg', caption: 'A picture' } } : {})
			}))
		};
		return { name: 'generated', json, ...(inline ? {} : { text }) };
	});

const tjsDate = fc.record(
	{
		year: fc.oneof(fc.integer({ min: -4_000_000_000, max: 2100 }), fc.integer({ min: 1000, max: 2100 }).map(String)),
		month: month.map(String),
		day: day,
		hour: fc.integer({ min: 0, max: 23 }).map(String),
		minute: fc.integer({ min: 0, max: 59 }).map(String),
		display_date: fc.constantFrom('Long ago', 'In <b>spring</b>')
	},
	{ requiredKeys: ['year'] }
);

/** One TimelineJS3 slide, as TimelineJS reads it. */
const tjsSlide = fc.record(
	{
		start_date: tjsDate,
		text: fc.record(
			{ headline: fc.constantFrom('A <b>thing</b> happens', 'Another', 'Élan & co'), text: fc.constantFrom('<p>Para.</p>', 'Plain text', 'A &amp; B<br>C') },
			{ requiredKeys: [] }
		),
		media: fc.record(
			{
				url: fc.constantFrom('https://example.org/a.jpg', '<iframe src="https://example.org/v"></iframe>', 'media/a.png'),
				caption: fc.constant('Cap'),
				credit: fc.constant('<a href="https://x.org">X</a>')
			},
			{ requiredKeys: [] }
		),
		group: fc.constantFrom('Politics', 'Science', 'Élan'),
		unique_id: fc.constantFrom('first', 'second', 'first')
	},
	{ requiredKeys: ['start_date'] }
);

/** A TimelineJS3 document: events and eras whose dates are each a day, month or year that exists. */
export const validTimelineJs: fc.Arbitrary<Record<string, unknown>> = fc.record(
	{
		title: fc.record({ text: fc.record({ headline: fc.constant('A <i>title</i>'), text: fc.constant('<p>Intro</p>') }) }),
		events: fc.array(tjsSlide, { minLength: 1, maxLength: 6 }),
		eras: fc.array(tjsSlide, { maxLength: 2 })
	},
	{ requiredKeys: ['events'] }
);

/** The same slides as the sheet template's rows (header first), for the CSV reader. */
export function sheetRows(document: Record<string, unknown>): string[][] {
	const header: string[] = [...SHEET_COLUMNS];
	type Slide = { start_date?: Record<string, unknown>; text?: Record<string, unknown>; media?: Record<string, unknown>; group?: string };
	const row = (slide: Slide, type: string): string[] => {
		const date = slide.start_date ?? {};
		const cell = (value: unknown) => (value === undefined ? '' : String(value));
		const time = date.hour === undefined ? '' : `${date.hour}:${pad(Number(date.minute ?? 0), 2)}`;
		const monthGiven = date.month !== undefined;
		return [
			cell(date.year),
			cell(date.month),
			monthGiven ? cell(date.day) : '',
			monthGiven && date.day !== undefined ? time : '',
			'',
			'',
			'',
			'',
			cell(date.display_date),
			cell(slide.text?.headline ?? 'Untitled'),
			cell(slide.text?.text),
			cell(slide.media?.url),
			cell(slide.media?.credit),
			cell(slide.media?.caption),
			'',
			type,
			cell(slide.group),
			''
		];
	};
	const events = (document.events as Slide[]).map((slide) => row(slide, ''));
	const eras = ((document.eras as Slide[] | undefined) ?? []).map((slide) => row(slide, 'era'));
	return [header, ...events, ...eras];
}

export const sheetText = (rows: readonly string[][]): string => Papa.unparse(rows as string[][]);
