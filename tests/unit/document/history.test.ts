import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { excerptsByArticle, eventCoverage, formatFault, loadTimeline } from '../../../src/lib/model/document/timeline';
import { timelineJsonSchema } from '../../../src/lib/model/document/schema';
import { creditLines, bylineOf } from '../../../src/lib/model/document/attribution';
import { segmentArticle } from '../../../src/lib/model/document/article-segments';
import { readDocument } from '../../../src/lib/model/read/parse-document';
import { seedDocument } from '../helpers';
import { history } from '../../fixtures/history';
import { syntheticHistoryDocument } from '../../../src/lib/model/document/synthetic-history';

const FILE = 'histories/dam.json';
type History = ReturnType<typeof history>;

function edited(edit: (doc: History) => void): History {
	const doc = history();
	edit(doc);
	return doc;
}

const faultsOf = (doc: unknown) => loadTimeline(doc, { file: FILE }).faults.map(formatFault);

describe('a document of many articles', () => {
	const { timeline, faults } = loadTimeline(history(), { file: FILE });

	it('loads, each excerpt anchored in the article it names', () => {
		expect(faults).toEqual([]);
		expect(timeline!.articles.map((article) => article.data.title)).toEqual(['Dam collapses after storm', 'Inquiry into dam opens', 'Midland counts the cost']);
		const collapse = timeline!.events.find((event) => event.data.id === 'dam-collapses')!;
		expect(collapse.excerpts.map((range) => [range.article, timeline!.articles[range.article]!.text.slice(range.start, range.end)])).toEqual([
			[0, 'The Edenville Dam collapsed on Tuesday'],
			[1, 'collapse of the Edenville Dam on May 19'],
			[2, 'the dam failed on May 19']
		]);
	});

	it('speaks as of its latest article', () => {
		expect(new Date(timeline!.asOf).toISOString().slice(0, 10)).toBe('2020-06-02');
	});

	it('says in how many articles, from how many publishers, each event is reported', () => {
		const [collapse, inquiry] = timeline!.events;
		expect(eventCoverage(timeline!, collapse!)).toBe('in 3 of 3 articles, from 2 publishers');
		expect(eventCoverage(timeline!, inquiry!)).toBe('in 1 of 3 articles, from Wikinews');
		expect(excerptsByArticle(collapse!).map((group) => group.article)).toEqual([0, 1, 2]);
	});

	it("cuts each article's text at its own excerpts only", () => {
		const runs = segmentArticle(timeline!, 1).flatMap((paragraph) => paragraph.runs.filter((run) => run.refs.length > 0));
		expect(runs.map((run) => [run.text, run.refs.map((ref) => ref.eventId)])).toEqual([
			['An inquiry opened on Monday', ['inquiry-opens']],
			['collapse of the Edenville Dam on May 19', ['dam-collapses']]
		]);
	});

	it('is credited in short: its sources, and their licences each once', () => {
		expect(bylineOf(timeline!.document)).toBe('3 articles from 2 publishers');
		expect(creditLines(timeline!.document)).toEqual({
			source: 'Sources: 3 articles from 2 publishers. Timeline by Chronoscope.',
			licence: 'The articles are licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/).'
		});
	});

	it('is valid JSON Schema, as is a document of one article', () => {
		const validate = new Ajv2020({ strict: false }).compile(timelineJsonSchema());
		expect(validate(history())).toBe(true);
		expect(validate(seedDocument())).toBe(true);
		expect(validate(edited((doc) => Object.assign(doc, { article: doc.articles[0] })))).toBe(false);
		const neither: Partial<History> = history();
		delete neither.articles;
		expect(validate(neither)).toBe(false);
	});
});

describe('faults in a document of many articles name the article', () => {
	it('an excerpt that names no article, or one not in $.articles', () => {
		const doc = edited((doc) => {
			delete (doc.events[1]!.excerpts[0] as { article?: string }).article;
			doc.events[0]!.excerpts[2]!.article = 'gone';
		});
		expect(faultsOf(doc)).toEqual([
			`${FILE}: event "dam-collapses" at $.events[0].excerpts[2].article: names article "gone", which is not in $.articles`,
			`${FILE}: event "inquiry-opens" at $.events[1].excerpts[0].article: is required in a document of many articles: the id of the article in $.articles that the excerpt quotes`
		]);
	});

	it('an excerpt its article does not hold', () => {
		const doc = edited((doc) => (doc.events[0]!.excerpts[0]!.article = 'inquiry'));
		expect(faultsOf(doc)).toEqual([
			`${FILE}: event "dam-collapses" article "inquiry" at $.events[0].excerpts[0]: excerpt "The Edenville Dam collapsed on Tuesday" matches no place in the article text`
		]);
	});

	it('a missing title, a licence with no link, and an impossible day', () => {
		const doc = edited((doc) => {
			delete (doc as { title?: string }).title;
			delete (doc.articles[0] as { url?: string }).url;
			doc.articles[1]!.published = '2020-02-31';
		});
		expect(faultsOf(doc)).toEqual([
			`${FILE}: at $.title: is required in a document of many articles: the title of the history they tell`,
			`${FILE}: article "first-report" at $.articles[0].url: is required when the article has a licence: its credit links to the original`,
			expect.stringMatching(/^histories\/dam\.json: article "inquiry" at \$\.articles\[1\]\.published: "2020-02-31" /)
		]);
	});

	it('an article id given twice, which names the first of them', () => {
		const doc = edited((doc) => (doc.articles[2]!.id = 'inquiry'));
		expect(faultsOf(doc)).toEqual([
			`${FILE}: article "inquiry" at $.articles[2].id: repeats the id of $.articles[1]`,
			`${FILE}: event "dam-collapses" at $.events[0].excerpts[2].article: names article "local-paper", which is not in $.articles`
		]);
	});

	it('both article and articles', () => {
		const doc = { ...history(), article: seedDocument().article };
		expect(faultsOf(doc)).toContain(`${FILE}: at $: give one article in article, or the articles of a history in articles, not both`);
	});

	it('an excerpt of a one-article document that names an article', () => {
		const doc = seedDocument() as { events: { excerpts: { article?: string }[] }[] };
		doc.events[0]!.excerpts[0]!.article = 'first-report';
		const faults = loadTimeline(doc, { file: 'seed.json', text: 'x' }).faults.map(formatFault);
		expect(faults[0]).toMatch(/at \$\.events\[0\]\.excerpts\[0\]\.article: names article "first-report", but the document has one article \(\$\.article\)/);
	});
});

describe("a history's articles in text files beside it", () => {
	const withFiles = () =>
		edited((doc) => {
			for (const article of doc.articles) {
				(article as { textFile?: string }).textFile = `${article.id}.txt`;
				delete (article as { text?: string }).text;
			}
		});

	it('asks for each file once, and loads with them', () => {
		const texts = Object.fromEntries(history().articles.map((article) => [`${article.id}.txt`, article.text]));
		const read = readDocument(JSON.stringify(withFiles()), FILE);
		expect('textFiles' in read && read.textFiles).toEqual(['first-report.txt', 'inquiry.txt', 'local-paper.txt']);
		if (!('withTexts' in read)) throw new Error('asked for no text');
		const neighbours = new Map(Object.entries(texts).map(([name, text]) => [name, { text }]));
		const { timeline, faults } = read.withTexts(neighbours);
		expect(faults).toEqual([]);
		expect(timeline!.events[0]!.excerpts).toHaveLength(3);
	});

	it('names the article whose file cannot be read', () => {
		const read = readDocument(JSON.stringify(withFiles()), FILE);
		if (!('withTexts' in read)) throw new Error('asked for no text');
		const texts = new Map(history().articles.map((article) => [`${article.id}.txt`, { text: article.text }] as const));
		const neighbours = new Map<string, { text: string } | { reason: string }>(texts);
		neighbours.set('inquiry.txt', { reason: 'could not be fetched: the server answered 404 Not Found' });
		const faults = read.withTexts(neighbours).faults.map(formatFault);
		expect(faults).toEqual([`${FILE}: article "inquiry" at $.articles[1].textFile: "inquiry.txt" could not be fetched: the server answered 404 Not Found`]);
	});
});

describe('the synthetic history the benchmark measures', () => {
	it('loads without a fault, each event reported in one to three of its articles, from several publishers', () => {
		const { timeline, faults } = loadTimeline(JSON.parse(JSON.stringify(syntheticHistoryDocument(600, 40))), { file: 'synthetic.json' });
		expect(faults).toEqual([]);
		expect(timeline!.articles).toHaveLength(40);
		const reporting = timeline!.events.map((event) => new Set(event.excerpts.map((range) => range.article)).size);
		expect(new Set(reporting)).toEqual(new Set([1, 2, 3]));
		expect(bylineOf(timeline!.document)).toBe('40 articles from 4 publishers');
	});
});
