/**
 * Documents as editors save them, and pathological but valid ones (issue 18): each loads, or is refused
 * with a fault that names the file, the path and the reason. The large inputs are made here, not stored.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/lib/model/document/article-segments';
import { formatFault, loadTimeline, MAX_DOCUMENT_ARTICLE_CHARACTERS } from '../../../src/lib/model/document/timeline';
import { readDocumentText, seedDocument, seedText } from '../helpers';

const FILE = 'timeline.json';
type Doc = ReturnType<typeof seedDocument>;
type Article = { title: string; text?: string; textFile?: string };

function edited(edit: (doc: Doc) => void): Doc {
	const doc = seedDocument();
	edit(doc);
	return doc;
}

const paths = (faults: { path: string }[]) => faults.map((fault) => fault.path);

describe('an article text saved with CRLF or CR line endings', () => {
	const lf = seedText();
	const lfTimeline = loadTimeline(seedDocument(), { file: FILE, text: lf }).timeline!;
	// An excerpt across a paragraph break, written with \n as the editor's selection gives it.
	const across = edited((doc) => {
		const second = lf.split('\n')[1]!;
		const third = lf.split('\n')[2]!;
		doc.events[0]!.excerpts = [{ type: 'TextQuoteSelector', exact: `${second.slice(-20)}\n${third.slice(0, 20)}`, prefix: `${second.slice(-30, -20)}` }];
	});
	const acrossTimeline = loadTimeline(across, { file: FILE, text: lf }).timeline!;

	it.each([
		['CRLF', lf.replace(/\n/g, '\r\n')],
		['CR', lf.replace(/\n/g, '\r')]
	])('anchors (%s) exactly as the same text with LF, and reads as it', (_, text) => {
		const { timeline, faults } = loadTimeline(seedDocument(), { file: FILE, text });
		expect(faults).toEqual([]);
		expect(timeline!.articles[0]!.text).toBe(lf);
		expect(timeline!.events.map((event) => event.excerpts)).toEqual(lfTimeline.events.map((event) => event.excerpts));
		expect(segmentArticle(timeline!)).toEqual(segmentArticle(lfTimeline));
		const crossing = loadTimeline(across, { file: FILE, text });
		expect(crossing.faults).toEqual([]);
		expect(crossing.timeline!.events.map((event) => event.excerpts)).toEqual(acrossTimeline.events.map((event) => event.excerpts));
	});

	it('reads an inline text with CRLF as LF too', () => {
		const doc = edited((doc) => {
			const article = doc.article as Article;
			delete article.textFile;
			article.text = lf.replace(/\n/g, '\r\n');
		});
		expect(loadTimeline(doc, { file: FILE }).timeline!.articles[0]!.text).toBe(lf);
	});
});

describe('pathological documents', () => {
	it('loads a 5 MB article title', () => {
		const doc = edited((doc) => ((doc.article as Article).title = 'T'.repeat(5 * 1024 * 1024)));
		const { timeline, faults } = readDocumentText(JSON.stringify(doc), FILE, seedText());
		expect(faults).toEqual([]);
		expect(timeline!.document.article!.title).toHaveLength(5 * 1024 * 1024);
	});

	it('loads 10,000 lanes', () => {
		const doc = edited((doc) => {
			for (let i = 0; i < 10_000; i++) (doc.lanes as unknown[]).push({ id: `lane-${i}`, label: `Lane ${i}` });
			doc.events.forEach((event, i) => (event.lanes as string[]).push(`lane-${i}`));
		});
		const { timeline, faults } = readDocumentText(JSON.stringify(doc), FILE, seedText());
		expect(faults).toEqual([]);
		expect(timeline!.document.lanes).toHaveLength(10_000 + (seedDocument().lanes as unknown[]).length);
	});

	it('loads 100,000 citations on one event', () => {
		const doc = edited((doc) => {
			(doc.events[0]!.date as { citations: unknown[] }).citations = Array.from({ length: 100_000 }, (_, i) => ({ title: `Source ${i}`, url: `https://example.org/${i}` }));
		});
		const { timeline, faults } = readDocumentText(JSON.stringify(doc), FILE, seedText());
		expect(faults).toEqual([]);
		expect(timeline!.events.find((event) => event.data.id === doc.events[0]!.id)!.data.date.citations).toHaveLength(100_000);
	});

	describe('JSON nested 100,000 levels deep', () => {
		const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
		const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		const seed = JSON.stringify(seedDocument());

		it.each([
			['as the whole document', deepArray, [{ file: FILE, path: '$', reason: expect.stringMatching(/^is neither a Chronoscope timeline document/) }]],
			['as an unknown field', seed.replace('{', `{"extra":${deepObject},`), [{ file: FILE, path: '$', reason: 'has unknown field "extra"' }]],
			[
				'as an event',
				seed.replace('"events":[', `"events":[${deepArray},`),
				[{ file: FILE, path: '$.events[0]', eventId: '#0', reason: expect.stringMatching(/expected object, received array/) }]
			],
			[
				'as a title',
				seed.replace('"title":', `"title":${deepObject},"_":`),
				[{ file: FILE, path: '$.article.title', reason: expect.stringMatching(/expected string, received object/) }]
			]
		])('is a named fault %s, not a stack overflow', (_, body, faults) => {
			expect(readDocumentText(body, FILE, seedText()).faults.filter((fault) => fault.path !== '$.article' || !fault.reason.startsWith('has unknown field "_"'))).toEqual(faults);
		});

		it.each([
			['a month', `{"events":[{"start_date":{"year":2000,"month":${deepArray}}}]}`],
			['a year', `{"events":[{"start_date":{"year":${deepArray}}}]}`],
			['a headline', `{"events":[{"start_date":{"year":2000},"text":{"headline":${deepArray}}}]}`]
		])('refuses a TimelineJS3 document with %s nested that deep, which its converter would read as text', (_, body) => {
			expect(readDocumentText(body, FILE).faults).toEqual([
				{ file: FILE, path: '$', reason: 'nests arrays and objects more than 1000 levels deep, which no TimelineJS3 document does' }
			]);
		});
	});

	describe('__proto__ and constructor', () => {
		it('are unknown fields, as own properties, and pollute no prototype', () => {
			const body = JSON.stringify(seedDocument())
				.replace('{', '{"__proto__":{"polluted":true},')
				.replace('"article":{', '"article":{"constructor":{"prototype":{"polluted":true}},');
			const { faults } = readDocumentText(body, FILE, seedText());
			expect(faults.map(formatFault)).toEqual([`${FILE}: at $.article: has unknown field "constructor"`, `${FILE}: at $: has unknown field "__proto__"`]);
			expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
			expect(Object.prototype).not.toHaveProperty('polluted');
		});

		it('are ids like any other: an event, a lane and a category named "constructor", an event updating it', () => {
			const doc = edited((doc) => {
				doc.lanes = [{ id: 'constructor', label: 'Constructor' }];
				doc.categories = [{ id: 'constructor', label: 'Constructor' }];
				for (const event of doc.events) Object.assign(event, { lanes: ['constructor'], category: 'constructor' });
				const renamed = doc.events[0]!.id;
				doc.events[0]!.id = 'constructor';
				for (const event of doc.events) if (event.updates === renamed) event.updates = 'constructor';
				doc.events[1]!.updates = 'constructor';
			});
			const { timeline, faults } = loadTimeline(doc, { file: FILE, text: seedText() });
			expect(faults).toEqual([]);
			expect(timeline!.events.map((event) => event.data.id)).toContain('constructor');
		});

		it('do not stand for declared ids: a lane, category or event "constructor" that is not declared is a fault', () => {
			const doc = edited((doc) => {
				doc.events[0]!.lanes = ['constructor'];
				doc.events[0]!.category = 'constructor';
				doc.events[0]!.updates = 'constructor';
			});
			expect(paths(loadTimeline(doc, { file: FILE, text: seedText() }).faults)).toEqual(['$.events[0].lanes[0]', '$.events[0].category', '$.events[0].updates']);
		});
	});

	it.each([
		['Y1000000000001', 'Y1000000000001'],
		['Y-1000000000001', 'Y-1000000000001'],
		['Y-100000000000000000000', 'Y-100000000000000000000'],
		['Y-1000000000001/2000', 'Y-1000000000001'],
		['2000/Y1000000000001', 'Y1000000000001'],
		['Y1E13', 'Y1E13']
	])('refuses the EDTF date %s, beyond ±10^12 years, at the date’s path', (edtf, bound) => {
		const doc = edited((doc) => ((doc.events[0]!.date as { edtf: string }).edtf = edtf));
		expect(loadTimeline(doc, { file: FILE, text: seedText() }).faults).toEqual([
			{ file: FILE, eventId: doc.events[0]!.id, path: '$.events[0].date.edtf', reason: `"${bound}" names a year beyond ±1,000,000,000,000, the furthest Chronoscope draws` }
		]);
	});

	it('loads the EDTF years ±10^12 themselves', () => {
		const doc = edited((doc) => ((doc.events[0]!.date as { edtf: string }).edtf = 'Y-1000000000000/Y1000000000000'));
		expect(loadTimeline(doc, { file: FILE, text: seedText() }).faults).toEqual([]);
	});

	describe('an article text of 50 MB', () => {
		const text = seedText() + 'An appendix line that no excerpt quotes.\n'.repeat(Math.ceil((50 * 1024 * 1024) / 41));

		it('is refused, by its length, at the textFile that holds it', () => {
			expect(loadTimeline(seedDocument(), { file: FILE, text }).faults).toEqual([
				{ file: FILE, path: '$.article.textFile', reason: `"article.txt" is ${text.length.toLocaleString('en-GB')} characters long, over the 5,000,000 an article text may have` }
			]);
		});

		it('is refused inline at $.article.text', () => {
			const doc = edited((doc) => {
				const article = doc.article as Article;
				delete article.textFile;
				article.text = text;
			});
			expect(paths(loadTimeline(doc, { file: FILE }).faults)).toEqual(['$.article.text']);
		});

		it('loads at the limit', () => {
			const atLimit = seedText().padEnd(MAX_DOCUMENT_ARTICLE_CHARACTERS, ' ');
			expect(loadTimeline(seedDocument(), { file: FILE, text: atLimit }).faults).toEqual([]);
		});
	});

	describe('a textFile that is not a file beside the document', () => {
		it.each([
			'../../etc/passwd',
			'/etc/passwd',
			'..\\..\\secret.txt',
			'notes/../../secret.txt',
			'https://example.com/article.txt',
			'//example.com/article.txt',
			'%2e%2e%2fsecret.txt',
			'C:\\article.txt',
			'file:///etc/passwd'
		])('is refused by name at $.article.textFile: %s', (textFile) => {
			const doc = edited((doc) => ((doc.article as Article).textFile = textFile));
			expect(loadTimeline(doc, { file: FILE }).faults).toEqual([
				{ file: FILE, path: '$.article.textFile', reason: 'must be a .txt file name beside the document, not a path or URL' }
			]);
		});

		it('is not asked for by the loader of ?src= documents, which fetches what it is asked for', () => {
			const body = JSON.stringify(edited((doc) => ((doc.article as Article).textFile = 'https://evil.example/article.txt')));
			const parsed = readDocumentText(body, 'https://example.org/timeline.json');
			expect(parsed.textFiles).toBeUndefined();
			expect(paths(parsed.faults)).toEqual(['$.article.textFile']);
		});
	});
});
