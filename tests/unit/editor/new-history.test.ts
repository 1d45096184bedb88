import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openArticleFiles } from '../../../src/lib/model/editor/history-files';
import {
	addedArticleOf,
	checkNewHistory,
	describeHistoryProgress,
	draftHistoryState,
	hasNoFaults,
	historyArticlesOf,
	publicationDayOf,
	topEventsOf,
	type AddedArticle,
	type NewHistoryFields
} from '../../../src/lib/model/editor/new-history';
import type { HistoryProgress } from '../../../src/lib/model/history/document';
import { readArticles } from '../../../src/lib/model/history/articles';
import { historyDocument } from '../../../src/lib/model/history/document';
import { parseAddedArticles, parseKeptArticle } from '../../../src/lib/model/editor/persist';

const STORY = readFileSync(join(import.meta.dirname, '../../../bench/history/stories/iran/articles.jsonl'), 'utf8');
const read = readArticles(STORY);
if ('fault' in read) throw new Error(read.fault.message);
const IRAN = read.articles.map(addedArticleOf);

const pasted = (title: string, text: string, published = '2020-01-06'): AddedArticle => ({ title, publisher: '', language: 'en', published, url: '', text });

describe('the articles of a new history', () => {
	it('asks for a title, at least one article, and what each article lacks', () => {
		const none = checkNewHistory({ title: ' ', publisher: '', articles: [] });
		expect(none).toEqual({ title: expect.stringMatching(/title/), articles: expect.stringMatching(/Add the articles/), each: [] });
		const faults = checkNewHistory({ title: 'Iran', publisher: '', articles: [pasted('One', 'On Monday it rained.', ''), pasted('', ' ')] });
		expect(faults.each.map((f) => Object.keys(f).sort())).toEqual([
			['published', 'publisher'],
			['publisher', 'text', 'title']
		]);
		expect(faults.each[0]!.publisher).toMatch(/or a publisher for the articles that name none/);
		expect(hasNoFaults(faults)).toBe(false);
		// The history's publisher, or an article's address, credits an article that names none.
		const credited = checkNewHistory({ title: 'Iran', publisher: 'Wikinews', articles: [pasted('One', 'On Monday it rained.')] });
		expect(hasNoFaults(credited)).toBe(true);
		expect(hasNoFaults(checkNewHistory({ title: 'Iran', publisher: '', articles: IRAN }))).toBe(true);
	});

	it('gives every article an id of its own, its publisher where it names none', () => {
		const fields: NewHistoryFields = { title: 'Iran', publisher: 'Wikinews', articles: [pasted('Rain', 'a'), pasted('Rain', 'b'), { ...pasted('x', 'c'), id: 'rain' }, IRAN[0]!] };
		const articles = historyArticlesOf(fields);
		expect(articles.map((a) => a.id)).toEqual(['rain', 'rain-2', 'rain-3', IRAN[0]!.id]);
		expect(articles.map((a) => a.publisher)).toEqual(['Wikinews', 'Wikinews', 'Wikinews', 'Wikinews']);
		expect(historyArticlesOf({ ...fields, publisher: '' })[3]!.publisher).toBe('en.wikinews.org');
		fc.assert(
			fc.property(fc.array(fc.record({ title: fc.string(), id: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 20 }), (items) => {
				const ids = historyArticlesOf({ title: 'T', publisher: 'P', articles: items.map(({ title, id }) => ({ ...pasted(title, 'x'), ...(id === undefined ? {} : { id }) })) }).map(
					(a) => a.id
				);
				expect(new Set(ids).size).toBe(ids.length);
				for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			})
		);
	});

	it('reads the publication day from a date line, and only from one that names its year', () => {
		expect(publicationDayOf('Tuesday, January 15, 2019\u00a0\n\n\nA Boeing 707 cargo plane crashed.')).toBe('2019-01-15');
		expect(publicationDayOf('\n15 January 2019\nText')).toBe('2019-01-15');
		for (const text of ['Yesterday\nIt rained.', 'January 2019\nIt rained.', 'Thursday, United States military forces killed Qasem Soleimani.', ''])
			expect(publicationDayOf(text), text).toBeUndefined();
	});
});

describe('drafting a new history', () => {
	it('reports its progress article by article, and its top events before the rest', () => {
		const progress: HistoryProgress[] = [];
		const told: string[] = [];
		const state = draftHistoryState(
			{ title: 'Iran in 2019 and 2020', publisher: 'Wikinews', articles: IRAN },
			{
				events: 5,
				onProgress: (p) => {
					progress.push(p);
					told.push(p.phase);
				},
				onTop: (top) => told.push(`top ${top.length}`)
			}
		);
		expect(state.id).toBe('iran-in-2019-and-2020');
		expect(state.events.filter((e) => !e.reserve)).toHaveLength(5);
		const reading = progress.filter((p) => p.phase === 'reading');
		expect(reading.map((p) => p.done)).toEqual(IRAN.map((_, i) => i + 1));
		const drafting = progress.filter((p) => p.phase === 'drafting');
		expect(drafting.map((p) => p.done)).toEqual(drafting.map((_, i) => i + 1));
		expect(drafting.at(-1)!.done).toBe(drafting[0]!.total);
		// The top five are told while articles are still to be drafted for the candidates after them.
		const top = told.indexOf('top 5');
		expect(top).toBeGreaterThan(told.indexOf('drafting'));
		expect(told.slice(top + 1)).toContain('drafting');
	});
});

describe("drafting's progress as the page shows it", () => {
	it('only moves forward: each article counts once read and once drafted', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (articles, reporting) => {
				const drafting = Math.min(reporting, articles);
				const steps = [
					...Array.from({ length: articles }, (_, i) => describeHistoryProgress({ phase: 'reading', done: i + 1, total: articles }, articles)),
					...Array.from({ length: drafting }, (_, i) => describeHistoryProgress({ phase: 'drafting', done: i + 1, total: drafting }, articles))
				];
				const shares = steps.map((step) => step.value! / step.max!);
				expect(shares).toEqual([...shares].sort((a, b) => a - b));
				expect(shares.at(-1)).toBe(drafting === 0 ? 0.5 : 1);
			})
		);
		expect(describeHistoryProgress({ phase: 'reading', done: 120, total: 295 }, 295).label).toBe('Reading the dates in the articles: 120 of 295');
		expect(describeHistoryProgress({ phase: 'drafting', done: 52, total: 285 }, 295).label).toBe('Drafting events: 52 of 285 articles');
	});

	it('shows the top events with their date and how many articles report each', () => {
		const { candidates } = historyDocument(read.articles.slice(0, 3), { id: 'i', title: 'I', events: 3 });
		expect(topEventsOf(candidates.slice(0, 1))).toEqual([{ title: candidates[0]!.event.title, date: candidates[0]!.event.date.edtf, articles: 1 }]);
	});
});

describe('articles added to a new history, kept in the browser', () => {
	it('come back as they were kept; anything else is left out', () => {
		const kept = [IRAN[0]!, pasted('Rain', 'It rained.'), { ...pasted('Licensed', 'x'), licence: { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' } }];
		expect(parseAddedArticles(JSON.stringify(kept))).toEqual(kept);
		expect(parseAddedArticles(null)).toEqual([]);
		expect(parseAddedArticles('{"damaged')).toEqual([]);
		expect(parseAddedArticles('{}')).toEqual([]);
		expect(parseAddedArticles(JSON.stringify([null, { ...pasted('a', 'b'), text: 3 }, pasted('ok', 'x'), { ...pasted('l', 'x'), licence: { name: 1 } }]))).toEqual([
			pasted('ok', 'x'),
			pasted('l', 'x')
		]);
	});
});

describe('an article form kept in the browser as it is typed', () => {
	it('comes back with its text and those of its fields that are text', () => {
		expect(parseKeptArticle(JSON.stringify({ text: 'It rained.', meta: { title: 'Rain', published: '2020-01-06' } }))).toEqual({
			text: 'It rained.',
			meta: { title: 'Rain', published: '2020-01-06' }
		});
		expect(parseKeptArticle(JSON.stringify({ text: 3, meta: { title: null, url: 'https://x.org/', extra: 'x' } }))).toEqual({ meta: { url: 'https://x.org/' } });
		for (const raw of [null, '{"damaged', '[]', '"text"']) expect(parseKeptArticle(raw)).toEqual({ meta: {} });
	});

	it("comes back with the start page's licence, where it is one", () => {
		const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
		expect(parseKeptArticle(JSON.stringify({ text: 'It rained.', meta: {}, licence }))).toEqual({ text: 'It rained.', meta: {}, licence });
		expect(parseKeptArticle(JSON.stringify({ meta: {}, licence: { name: 'CC BY 4.0' } }))).toEqual({ meta: {} });
	});
});

describe('files opened for a new history', () => {
	const file = (name: string, text: string) => ({ name, bytes: strToU8(text) });

	it('reads .txt files titled by their names and dated by their date lines, and a .jsonl file line by line', () => {
		const opened = openArticleFiles([
			file('Plane crash.txt', 'Tuesday, January 15, 2019\r\n\r\nA plane crashed yesterday.'),
			file('Later.txt', 'Later it rained.'),
			file('iran.jsonl', STORY)
		]);
		expect(opened.problems).toEqual([]);
		expect(opened.articles.slice(0, 2)).toEqual([
			{ title: 'Plane crash', publisher: '', language: 'en', published: '2019-01-15', url: '', text: 'Tuesday, January 15, 2019\n\nA plane crashed yesterday.' },
			{ title: 'Later', publisher: '', language: 'en', published: '', url: '', text: 'Later it rained.' }
		]);
		expect(opened.articles.slice(2)).toEqual(IRAN);
	});

	it('says which file, and which line, cannot be read, and adds the rest', () => {
		const opened = openArticleFiles([
			file('bad.jsonl', `${STORY.split('\n')[0]}\n{"id": "x"}\n`),
			{ name: 'latin1.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
			file('empty.txt', '  \n'),
			file('notes.docx', 'x'),
			file('ok.txt', 'It rained.')
		]);
		expect(opened.articles.map((a) => a.title)).toEqual(['ok']);
		expect(opened.problems).toEqual([
			'bad.jsonl, line 2: "published" is missing',
			expect.stringMatching(/^latin1\.txt is not UTF-8/),
			'empty.txt is empty',
			'notes.docx is not a kind of file a history is made from: open articles as .txt files, a .jsonl file or a .zip of either'
		]);
	});

	it('reads a zip of .txt files with an index.json giving their details, in the index order', () => {
		const zip = zipSync({
			'story/index.json': strToU8(
				JSON.stringify([
					{
						file: 'b.txt',
						title: 'Second',
						publisher: 'Wikinews',
						url: 'https://en.wikinews.org/wiki/B',
						licence: { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' }
					},
					{ file: 'a.txt', published: '2020-01-06', id: 'first' }
				])
			),
			'story/a.txt': strToU8('It rained on Monday.'),
			'story/b.txt': strToU8('Monday, 3 February 2020\nIt snowed.'),
			'story/c.txt': strToU8('Unlisted.'),
			'__MACOSX/story/._a.txt': strToU8('junk'),
			'story/picture.jpg': new Uint8Array([1, 2, 3])
		});
		const opened = openArticleFiles([{ name: 'story.zip', bytes: zip }]);
		expect(opened.problems).toEqual([]);
		expect(opened.articles.map((a) => [a.id, a.title, a.publisher, a.published, a.url, a.licence?.name])).toEqual([
			[undefined, 'Second', 'Wikinews', '2020-02-03', 'https://en.wikinews.org/wiki/B', 'CC BY 2.5'],
			['first', 'a', '', '2020-01-06', '', undefined],
			[undefined, 'c', '', '', '', undefined]
		]);
	});

	it('reads a zip of .jsonl files, and says what is wrong with a zip it cannot read', () => {
		expect(openArticleFiles([{ name: 'iran.zip', bytes: zipSync({ 'iran.jsonl': strToU8(STORY) }) }]).articles).toEqual(IRAN);
		expect(openArticleFiles([{ name: 'broken.zip', bytes: strToU8('not a zip') }]).problems).toEqual([expect.stringMatching(/^broken\.zip cannot be read as a zip/)]);
		const badIndex = zipSync({ 'index.json': strToU8('[{"title": "no file"}]'), 'a.txt': strToU8('x') });
		expect(openArticleFiles([{ name: 'i.zip', bytes: badIndex }]).problems).toEqual(['i.zip: index.json, article 1 must name its text file in "file"']);
		const missing = zipSync({ 'index.json': strToU8('[{"file": "gone.txt"}]'), 'a.txt': strToU8('x') });
		expect(openArticleFiles([{ name: 'm.zip', bytes: missing }])).toMatchObject({
			problems: ['m.zip: index.json names "gone.txt", which the zip does not hold'],
			articles: [{ title: 'a' }]
		});
		const badDay = zipSync({ 'index.json': strToU8('[{"file": "a.txt", "published": "soon"}]'), 'a.txt': strToU8('x') });
		expect(openArticleFiles([{ name: 'd.zip', bytes: badDay }]).problems).toEqual(['d.zip: index.json, article 1: "published" must be a day, YYYY-MM-DD']);
	});
});
