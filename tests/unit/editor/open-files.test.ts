import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openFiles, type EditorOpenResult as OpenResult } from '../../../src/lib/model/editor/open';
import type { OpenedFile } from '../../../src/lib/model/read/open-files';
import { isHistoryState } from '../../../src/lib/model/editor/state';
import { documentOf } from '../../../src/lib/model/editor/document';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { readdirSync } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from '../../../src/lib/model/read/parse-document';
import { seedDocument, seedText } from '../helpers';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8');
const seedJson: OpenedFile = { name: 'timeline.json', text: JSON.stringify(seedDocument()) };
const seedArticle: OpenedFile = { name: 'article.txt', text: seedText() };

/** A timeline of one article, opened. */
function opened(result: OpenResult) {
	if (result.kind !== 'document' || isHistoryState(result.state)) throw new Error(`expected a document of one article, got ${JSON.stringify(result).slice(0, 200)}`);
	return { ...result, state: result.state };
}
function message(result: OpenResult): string {
	if (result.kind !== 'error') throw new Error(`expected an error, got a result of kind ${result.kind}`);
	return result.message;
}

describe('openFiles: a Chronoscope document', () => {
	it.each([
		['the .json then the .txt', [seedJson, seedArticle]],
		['the .txt then the .json', [seedArticle, seedJson]]
	])('opens the seed document with its article text (%s), every event accepted, without faults', (_, files) => {
		const { format, state, faults } = opened(openFiles(files));
		expect(format).toBe('chronoscope');
		expect(faults).toEqual([]);
		expect(state.events).toHaveLength(11);
		expect(state.events.every((entry) => entry.review === 'accepted')).toBe(true);
		expect(state.text).toBe(seedText());
		expect(state.id).toBe('putin-taliban-allies');
		expect(state.article).not.toHaveProperty('textFile');
		expect(state.article.asOf.date).toBe('2024-07-05');
	});

	it('refuses a document whose events share an id, since each is edited by its id', () => {
		const doc = seedDocument();
		doc.events[1] = { ...doc.events[1], id: doc.events[0]!.id };
		expect(message(openFiles([{ name: 'timeline.json', text: JSON.stringify(doc) }, seedArticle]))).toBe(
			`timeline.json: event "${doc.events[0]!.id}" at $.events[1].id: repeats the id of $.events[0]`
		);
	});

	it.each([
		[
			'in the .txt it names',
			'textFile',
			(doc: Record<string, unknown>) => [
				{ name: 'timeline.json', text: JSON.stringify(doc) },
				{ name: 'article.txt', text: 'A line of the book.\n'.repeat(270_000) }
			]
		],
		[
			'inline',
			'text',
			(doc: Record<string, unknown>) => [
				{ name: 'timeline.json', text: JSON.stringify({ ...doc, article: { ...(doc.article as object), textFile: undefined, text: 'x'.repeat(5_400_000) } }) }
			]
		]
	] as const)('refuses a document whose article text %s is too long, saying so', (_, field, files) => {
		expect(message(openFiles(files(seedDocument() as unknown as Record<string, unknown>)))).toMatch(
			new RegExp(`^timeline\\.json: at \\$\\.article\\.${field}: .*is 5,400,000 characters long, over the 5,000,000 an article text may have$`)
		);
	});

	it('asks for the article text a document names when it is opened alone', () => {
		expect(message(openFiles([seedJson]))).toBe('timeline.json names its article text "article.txt": open that file together with it');
	});

	it.each([
		[
			'a .txt of another name',
			[seedJson, { name: 'notes.txt', text: 'Notes.' }],
			'timeline.json names its article text "article.txt", not "notes.txt": open "article.txt" together with it'
		],
		['an empty article text', [seedJson, { name: 'article.txt', text: '\n' }], 'article.txt is empty'],
		[
			'a .txt beside a document holding its text inline',
			[
				{ name: 'inline.json', text: JSON.stringify({ ...seedDocument(), article: { ...(seedDocument().article as object), textFile: undefined, text: seedText() } }) },
				seedArticle
			],
			'inline.json holds its article text inline: open it alone, without article.txt'
		],
		[
			'a document with no article text',
			[{ name: 'bare.json', text: JSON.stringify({ ...seedDocument(), article: { ...(seedDocument().article as object), textFile: undefined } }) }],
			'bare.json holds no article text: give article.text, or name a .txt file in article.textFile'
		]
	])('refuses %s', (_, files, expected) => expect(message(openFiles(files))).toBe(expected));

	it('returns what loadTimeline finds beyond the structure as faults, not as an error', () => {
		const document = seedDocument();
		document.events[2] = { ...document.events[2], date: { ...(document.events[2]!.date as object), edtf: '2024-13' } };
		const { state, faults } = opened(openFiles([{ name: 'timeline.json', text: JSON.stringify(document) }, seedArticle]));
		expect(state.events).toHaveLength(11);
		expect(faults.map((fault) => fault.path)).toEqual(['$.events[2].date.edtf']);
	});

	it('lists the first few structural faults, each naming the file and the place', () => {
		const events = seedDocument().events.map((event) => ({ ...event, date: undefined }));
		const lines = message(openFiles([{ name: 'timeline.json', text: JSON.stringify({ ...seedDocument(), events }) }, seedArticle])).split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[0]).toBe('timeline.json: event "taliban-banned-in-russia" at $.events[0].date: is required (object)');
		expect(lines[5]).toBe('… and 6 more');
	});
});

describe('openFiles: TimelineJS3 documents', () => {
	it('refuses one whose slides are of the wrong shape, naming where (found by fuzzing)', () => {
		const text = JSON.stringify({ events: [{ start_date: { year: 1969 } }, 'a slide', { start_date: { year: 1970 }, group: 7 }] });
		expect(message(openFiles([{ name: 'moon.json', text }]))).toBe(
			'moon.json: event "#1" at $.events[1]: must be an object, not a string\nmoon.json: event "#2" at $.events[2].group: must be text, not a number'
		);
	});

	it('opens the TimelineJS3 fixture as context events, its introduction as the article text', () => {
		const { format, state, faults } = opened(openFiles([{ name: 'moon.json', text: fixture('timelinejs.json') }]));
		expect(format).toBe('timelinejs');
		expect(faults).toEqual([]);
		expect(state.text).toBe('From its formation to the landings.');
		expect(state.article.title).toBe('A short history of the Moon');
		expect(state.events.map((entry) => [entry.event.title, entry.event.origin, entry.event.excerpts.length, entry.review])).toEqual([
			['The Moon forms', 'context', 0, 'accepted'],
			['An eclipse recorded in Assyria', 'context', 0, 'accepted'],
			['Apollo 11 lands', 'context', 0, 'accepted'],
			['Space Race', 'context', 0, 'accepted']
		]);
	});

	it('refuses a .txt beside it', () => {
		expect(message(openFiles([{ name: 'moon.json', text: fixture('timelinejs.json') }, seedArticle]))).toBe(
			'moon.json is a TimelineJS3 document, which holds its own text: open it alone, without article.txt'
		);
	});
});

describe('openFiles: TimelineJS3 sheets exported as CSV', () => {
	it('opens the sheet fixture as the TimelineJS3 document it was made from, every event accepted', () => {
		const { format, state, faults } = opened(openFiles([{ name: 'moon.csv', text: fixture('timelinejs-sheet.csv') }]));
		expect(format).toBe('csv');
		expect(faults).toEqual([]);
		expect(state.text).toBe('From its formation to the landings.');
		expect(state.events.map((entry) => [entry.event.title, entry.review])).toEqual([
			['The Moon forms', 'accepted'],
			['An eclipse recorded in Assyria', 'accepted'],
			['Apollo 11 lands', 'accepted'],
			['Space Race', 'accepted']
		]);
	});

	const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
	it.each([
		['missing the Headline and Text columns', 'Year,Month,Day\n1969,7,20', /^sheet\.csv has neither a Headline nor a Text column: /],
		['with a stray quote', `${header}\n1969,,,,,,,,,"Apollo" 11 lands,,,,,,,,`, /^sheet\.csv: row 2: a quoted field has more text after its closing quote/],
		['with a year that is not a number', `${header}\n1969,,,,,,,,,A,,,,,,,,\nsoon,,,,,,,,,B,,,,,,,,`, /^sheet\.csv: row 3, column A \(Year\): "soon" is not a whole number$/]
	])('refuses a sheet %s', (_, text, expected) => expect(message(openFiles([{ name: 'sheet.csv', text }]))).toMatch(expected));
});

describe('openFiles: articles, and what it refuses', () => {
	it.each([
		['a .txt', { name: 'article.txt', text: '\uFEFFThe text.' }],
		['a text/plain file of no known extension', { name: 'article', text: 'The text.', type: 'text/plain; charset=utf-8' }]
	])('opens %s as an article to draft from', (_, file) => {
		expect(openFiles([file])).toEqual({ kind: 'article', name: file.name, text: file.text.replace('\uFEFF', '') });
	});

	it.each<[string, OpenedFile[], string | RegExp]>([
		['no file', [], 'No file was opened: open a .txt article, a .json timeline (Chronoscope or TimelineJS3) or a .csv TimelineJS3 sheet'],
		[
			'an unknown extension',
			[{ name: 'notes.docx', text: 'x' }],
			'notes.docx is not a kind of file the editor opens: open a .txt article, a .json timeline (Chronoscope or TimelineJS3) or a .csv TimelineJS3 sheet'
		],
		['an empty file', [{ name: 'x.json', text: '' }], 'x.json is empty'],
		['a file of white space', [{ name: 'x.csv', text: ' \n\t' }], 'x.csv is empty'],
		['non-JSON', [{ name: 'x.json', text: '{\n  "version": 1\n  "id": "x"\n}' }], /^x\.json is not JSON \(.*position 19.*line 3 column 3\)\)$/],
		['JSON cut short', [{ name: 'x.json', text: '{ "version": 1,' }], /^x\.json is not JSON \(.+\)$/],
		[
			'JSON that is not a timeline',
			[{ name: 'x.json', text: '{ "hello": "world" }' }],
			'x.json is neither a Chronoscope timeline document (no "version") nor a TimelineJS3 document (no "events" with "start_date")'
		],
		['a JSON array', [{ name: 'x.json', text: '[1, 2]' }], /^x\.json is neither a Chronoscope timeline document/],
		['a file over the size limit', [{ name: 'big.json', text: ' '.repeat(MAX_DOCUMENT_BYTES + 1) }], /^big\.json is 200\.0 MB, over the 200\.0 MB limit$/],
		['two documents', [seedJson, { ...seedJson, name: 'other.json' }], /^timeline\.json, other\.json cannot be opened together: open one file/],
		[
			'three files',
			[seedJson, seedArticle, { name: 'more.txt', text: 'x' }],
			/^timeline\.json does not name "more\.txt" as a text of its articles: open only the \.txt files it names$/
		]
	])('refuses %s', (_, files, expected) => {
		const text = message(openFiles(files));
		if (typeof expected === 'string') expect(text).toBe(expected);
		else expect(text).toMatch(expected);
	});
});

describe('openFiles: files as editors save them, read from their bytes', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);
	const BOM = [0xef, 0xbb, 0xbf];
	const crlf = (text: string) => text.replace(/\n/g, '\r\n');

	it('opens a document and its text that begin with a byte-order mark, the text with CRLF line endings, as LF', () => {
		const files: OpenedFile[] = [
			{ name: 'timeline.json', bytes: new Uint8Array([...BOM, ...utf8(crlf(JSON.stringify(seedDocument(), null, '\t')))]) },
			{ name: 'article.txt', bytes: new Uint8Array([...BOM, ...utf8(crlf(seedText()))]) }
		];
		const { state, faults } = opened(openFiles(files));
		expect(faults).toEqual([]);
		expect(state.text).toBe(seedText());
	});

	it('opens an article saved with CR line endings as LF', () => {
		expect(openFiles([{ name: 'article.txt', bytes: utf8('One.\rTwo.\r') }])).toEqual({ kind: 'article', name: 'article.txt', text: 'One.\nTwo.\n' });
	});

	it.each<[string, OpenedFile[], RegExp]>([
		[
			'a document in Windows-1252',
			[{ name: 'timeline.json', bytes: new Uint8Array([...utf8('{"title": "caf'), 0xe9, ...utf8('"}')]) }, seedArticle],
			/^timeline\.json is not UTF-8 text: it has the byte 0xE9 at offset 14 \(line 1\).*save it as UTF-8/
		],
		[
			'an article text in Windows-1252',
			[seedJson, { name: 'article.txt', bytes: new Uint8Array([0x93, ...utf8('Quoted.'), 0x94]) }],
			/^article\.txt is not UTF-8 text: it has the byte 0x93 at offset 0 \(line 1\)/
		],
		['a UTF-16 article', [{ name: 'article.txt', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0]) }], /^article\.txt is UTF-16 text, not UTF-8: save it as UTF-8$/],
		[
			'an article of 50 MB',
			[{ name: 'book.txt', bytes: utf8('A line of the book.\n'.repeat(2_500_000)) }],
			/^book\.txt is 50,000,000 characters long, over the 5,000,000 an article text may have$/
		],
		[
			'a TimelineJS3 document nested 100,000 levels deep',
			[{ name: 'tl.json', bytes: utf8(`{"events":[{"start_date":{"year":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`) }],
			/^tl\.json nests arrays and objects more than 1000 levels deep, which no TimelineJS3 document does$/
		]
	])('refuses %s by name', (_, files, expected) => {
		expect(message(openFiles(files))).toMatch(expected);
	});

	it('refuses a document whose textFile climbs out of its folder, at $.article.textFile', () => {
		const doc = seedDocument();
		(doc.article as { textFile: string }).textFile = '../../etc/passwd';
		expect(
			message(
				openFiles([
					{ name: 'timeline.json', text: JSON.stringify(doc) },
					{ name: 'passwd', text: 'root:x:0:0', type: 'text/plain' }
				])
			)
		).toBe('timeline.json: at $.article.textFile: must be a .txt file name beside the document, not a path or URL');
	});
});

describe('a published history, opened in the editor', () => {
	const dir = join(import.meta.dirname, '../../../data/us-election-2020');
	const files: OpenedFile[] = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
	const document = JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')) as { articles: { id: string }[]; events: { id: string }[] };

	it('opens with the text files it names, every article and event kept, every event accepted, its ids published', () => {
		const result = openFiles(files);
		if (result.kind !== 'document' || !isHistoryState(result.state)) throw new Error(JSON.stringify(result).slice(0, 300));
		const { state, faults } = result;
		expect(faults).toEqual([]);
		expect(state.title).toBe('The 2020 US presidential election');
		expect(state.articles.map((article) => article.id)).toEqual(document.articles.map((article) => article.id));
		expect(state.articles.every((article) => article.text.length > 0)).toBe(true);
		expect(state.events.every((entry) => entry.review === 'accepted')).toBe(true);
		expect(state.publishedIds).toEqual(document.events.map((event) => event.id));
		// What the editor publishes from it is the document it opened, events and all, and it validates.
		const republished = documentOf(state, { textFiles: true });
		expect(republished.events).toEqual(JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')).events);
		const texts = new Map(state.articles.map((article) => [`${article.id}.txt`, article.text]));
		expect(loadTimeline(republished, { file: 'timeline.json', texts }).faults).toEqual([]);
	});

	it('asks for the text files it names that were not opened, and refuses one it does not name', () => {
		const left = files.find((file) => file.name.endsWith('.txt'))!;
		const withoutOne = files.filter((file) => file !== left);
		expect(message(openFiles(withoutOne))).toBe(`timeline.json names its articles' texts in 35 .txt files: open them all together with it ("${left.name}" not opened)`);
		expect(message(openFiles([...files, { name: 'stray.txt', text: 'x' }]))).toBe(
			'timeline.json does not name "stray.txt" as a text of its articles: open only the .txt files it names'
		);
	});
});
