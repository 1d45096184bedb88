/**
 * Files opened to add articles to a new history: articles as text files (.txt, titled by their names and
 * dated by their date lines where they have one), JSON Lines (.jsonl, one article a line, as `npm run
 * history` reads them), or a zip of either: .jsonl files, or .txt files with an index.json that gives
 * each its details. What cannot be read is one message naming the file (and the line), and the rest is
 * still added.
 */
import { unzipSync } from 'fflate';
import { decodeUtf8 } from '../read/document-text';
import type { OpenedFile } from '../read/open-files';
import { normaliseLineEndings } from '../text/line-endings';
import { readArticleLine, readArticles } from '../history/articles';
import { addedArticleOf, publicationDayOf, type AddedArticle } from './new-history';

export interface OpenedArticles {
	articles: AddedArticle[];
	/** What could not be read, one sentence each, naming the file. */
	problems: string[];
}

/** The most text a zip may unpack to, in bytes: far beyond a history of a thousand news articles, and short of what would hold the page. */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** A file's text, as UTF-8 without a byte-order mark and with LF line endings, or why it cannot be read. */
function textOf(file: OpenedFile): { text: string } | { problem: string } {
	const decoded = 'bytes' in file ? decodeUtf8(file.bytes) : { text: file.text.replace(/^\uFEFF/, '') };
	if ('reason' in decoded) return { problem: `${file.name} ${decoded.reason}` };
	if (decoded.text.trim() === '') return { problem: `${file.name} is empty` };
	return { text: normaliseLineEndings(decoded.text) };
}

/** A text file as an article: titled by its name, dated by its date line (else left for the editor to give). */
function textArticle(name: string, text: string, details: Partial<AddedArticle> = {}): AddedArticle {
	return {
		title: baseName(name).replace(/\.txt$/i, ''),
		publisher: '',
		language: 'en',
		published: publicationDayOf(text) ?? '',
		url: '',
		...details,
		text
	};
}

function jsonlArticles(name: string, text: string, into: OpenedArticles): void {
	const read = readArticles(text);
	if ('fault' in read) into.problems.push(`${name}, line ${read.fault.line}: ${read.fault.message}`);
	else into.articles.push(...read.articles.map(addedArticleOf));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The entries of a zip's index.json: a list (or `{"articles": [...]}`) of objects, each naming its text
 * file in `file` and giving the article's details as a line of JSON Lines does, all but its text and
 * (where the text's date line gives it) its publication day.
 */
function indexEntries(text: string): { entries: { file: string; details: Partial<AddedArticle> }[] } | { problem: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { problem: `index.json is not JSON (${(error as Error).message})` };
	}
	const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.articles) ? value.articles : undefined;
	if (!list) return { problem: 'index.json must be a list of articles, each naming its text file in "file"' };
	const entries: { file: string; details: Partial<AddedArticle> }[] = [];
	for (const [i, item] of list.entries()) {
		const at = `index.json, article ${i + 1}`;
		if (!isObject(item) || typeof item.file !== 'string') return { problem: `${at} must name its text file in "file"` };
		const { file, ...rest } = item;
		// Checked as a line of JSON Lines is, with a stand-in text and day where the entry leaves them to the file.
		const read = readArticleLine(JSON.stringify({ id: file, published: '2000-01-01', ...rest, text: '-' }));
		if ('message' in read) return { problem: `${at}: ${read.message}` };
		const given = addedArticleOf(read);
		const details: Partial<AddedArticle> = { publisher: given.publisher, language: given.language, url: given.url, ...(given.licence ? { licence: given.licence } : {}) };
		if (rest.id !== undefined) details.id = given.id;
		if (rest.title !== undefined) details.title = given.title;
		if (rest.published !== undefined) details.published = given.published;
		entries.push({ file, details });
	}
	return { entries };
}

function zipArticles(file: OpenedFile & { bytes: Uint8Array }, into: OpenedArticles): void {
	let unpacked = 0;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(file.bytes, {
			filter: (entry) => {
				const kind = extensionOf(entry.name);
				if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/') || !(kind === 'txt' || kind === 'jsonl' || baseName(entry.name) === 'index.json')) return false;
				unpacked += entry.originalSize;
				if (unpacked > MAX_UNZIPPED_BYTES) throw new Error(`it unpacks to over ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB`);
				return true;
			}
		});
	} catch (error) {
		into.problems.push(`${file.name} cannot be read as a zip: ${(error as Error).message}`);
		return;
	}
	const names = Object.keys(files).sort();
	const text = (name: string) => textOf({ name: `${file.name}: ${name}`, bytes: files[name]! });
	for (const name of names.filter((n) => extensionOf(n) === 'jsonl')) {
		const read = text(name);
		if ('problem' in read) into.problems.push(read.problem);
		else jsonlArticles(`${file.name}: ${name}`, read.text, into);
	}
	const index = names.find((n) => baseName(n) === 'index.json');
	const txts = names.filter((n) => extensionOf(n) === 'txt');
	let entries: { file: string; details: Partial<AddedArticle> }[] = [];
	if (index !== undefined) {
		const read = text(index);
		const listed = 'problem' in read ? read : indexEntries(read.text);
		if ('problem' in listed) {
			into.problems.push(`${file.name}: ${listed.problem}`);
			return;
		}
		entries = listed.entries;
	}
	const details = new Map(entries.map((entry) => [baseName(entry.file), entry.details]));
	for (const entry of entries) {
		if (!txts.some((name) => baseName(name) === baseName(entry.file))) into.problems.push(`${file.name}: index.json names "${entry.file}", which the zip does not hold`);
	}
	// The text files in the index's order, then any it does not list, by name.
	const order = (name: string) => {
		const at = entries.findIndex((entry) => baseName(entry.file) === baseName(name));
		return at === -1 ? entries.length : at;
	};
	for (const name of [...txts].sort((a, b) => order(a) - order(b))) {
		const read = text(name);
		if ('problem' in read) into.problems.push(read.problem);
		else into.articles.push(textArticle(name, read.text, details.get(baseName(name))));
	}
}

/** The articles in files opened together, in the order opened; each file that cannot be read says why. */
export function openArticleFiles(files: readonly OpenedFile[]): OpenedArticles {
	const opened: OpenedArticles = { articles: [], problems: [] };
	for (const file of files) {
		const kind = extensionOf(file.name);
		if (kind === 'zip') {
			if ('bytes' in file) zipArticles(file, opened);
			else opened.problems.push(`${file.name} cannot be read as a zip`);
			continue;
		}
		if (kind !== 'txt' && kind !== 'jsonl') {
			opened.problems.push(`${file.name} is not a kind of file a history is made from: open articles as .txt files, a .jsonl file or a .zip of either`);
			continue;
		}
		const read = textOf(file);
		if ('problem' in read) opened.problems.push(read.problem);
		else if (kind === 'jsonl') jsonlArticles(file.name, read.text, opened);
		else opened.articles.push(textArticle(file.name, read.text));
	}
	return opened;
}
