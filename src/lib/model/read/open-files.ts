/**
 * Files a person opens in the editor, read: an article to draft a timeline from (.txt), or a timeline to
 * edit: a Chronoscope document (.json, with the .txt files it names: one article's, or each of a history's), a TimelineJS3 document (.json) or a
 * TimelineJS3 sheet exported as CSV (.csv); model/editor/open.ts makes a timeline the editor's state. Anything that stops a file
 * opening is one message naming the file; what loadTimeline finds beyond the structure (EDTF, excerpts,
 * references) comes back as faults, for the editor to show beside the fields.
 */
import { decodeUtf8 } from './document-text';
import { normaliseLineEndings } from '../text/line-endings';
import { MAX_DOCUMENT_BYTES, readDocument, tooLargeReason, type LoadReport, type ParsedDocument } from './parse-document';
import type { ArticleTimelineDocument, TimelineDocument } from '../document/schema';
import { hasOneArticle } from '../document/articles';
import { articleTooLong, formatFault, loadTimeline, type Fault } from '../document/timeline';
import { convertTimelineJs } from './timelinejs';
import { readTimelineJsSheet } from './timelinejs-sheet';

/** A file as opened: its bytes as read from disk (decoded here, as UTF-8), or text already decoded. */
export type OpenedFile = {
	/** The file's name, such as timeline.json. */
	name: string;
	/** Its media type as the browser gives it (File.type), read when the name's extension is not one the editor knows. */
	type?: string;
} & ({ bytes: Uint8Array } | { text: string });

export type OpenedFormat = 'chronoscope' | 'timelinejs' | 'csv';

export type OpenResult =
	/** An article to draft a timeline from. */
	| { kind: 'article'; name: string; text: string }
	/** A timeline opened for editing, with its article's text; the paths of `faults` index `document.events`. */
	| { kind: 'document'; format: OpenedFormat; document: ArticleTimelineDocument; text: string; faults: Fault[] }
	/** A history opened for editing, with each article's text in the document's order. */
	| { kind: 'history'; document: TimelineDocument; texts: string[]; faults: Fault[] }
	| { kind: 'error'; message: string };

export type OpenError = Extract<OpenResult, { kind: 'error' }>;

type FileKind = 'txt' | 'json' | 'csv';

const KINDS = 'a .txt article, a .json timeline (Chronoscope or TimelineJS3) or a .csv TimelineJS3 sheet';
/** How many structural faults an error lists before it counts the rest. */
const LISTED_FAULTS = 5;

const error = (message: string): OpenError => ({ kind: 'error', message });

function kindOf(file: OpenedFile): FileKind | undefined {
	const extension = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase();
	if (extension === 'txt' || extension === 'json' || extension === 'csv') return extension;
	const type = file.type?.split(';')[0]?.trim().toLowerCase();
	return type === 'text/plain' ? 'txt' : type === 'application/json' ? 'json' : type === 'text/csv' ? 'csv' : undefined;
}

/** The name without any folders, as a document's `textFile` names its neighbour. */
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** A file's text without a byte-order mark, or why it cannot be read at all (too large, not UTF-8, empty). */
function contentOf(file: OpenedFile): string | OpenError {
	const size = 'bytes' in file ? file.bytes.length : file.text.length;
	if (size > MAX_DOCUMENT_BYTES) return error(`${file.name} ${tooLargeReason(size)}`);
	let text: string;
	if ('bytes' in file) {
		const decoded = decodeUtf8(file.bytes);
		if ('reason' in decoded) return error(`${file.name} ${decoded.reason}`);
		text = decoded.text;
	} else text = file.text.replace(/^\uFEFF/, '');
	return text.trim() === '' ? error(`${file.name} is empty`) : text;
}

/** An article text as the editor works on it: LF line endings (as loadTimeline reads it), within the length a timeline may have. */
function articleOf(text: string, named: string): string | OpenError {
	const tooLong = articleTooLong(text);
	return tooLong === undefined ? normaliseLineEndings(text) : error(`${named} ${tooLong}`);
}

function faultList(faults: readonly Fault[]): string {
	const lines = faults.slice(0, LISTED_FAULTS).map(formatFault);
	if (faults.length > LISTED_FAULTS) lines.push(`… and ${faults.length - LISTED_FAULTS} more`);
	return lines.join('\n');
}

/** Why a document does not open: a fault of the whole file in the editor's words ("x.json is not JSON"), else its faults listed. */
function refusal(faults: readonly Fault[], file: string): OpenError {
	const [only] = faults;
	return faults.length === 1 && only?.path === '$' && only.eventId === undefined ? error(`${file} ${only.reason}`) : error(faultList(faults));
}

/**
 * A document as read (readDocument), opened for editing: it must pass the schema and hold its article's
 * text; what loadTimeline finds beyond that stays as faults beside the fields.
 */
function opened(result: ParsedDocument, file: string, format: OpenedFormat): OpenResult {
	const { document, texts, faults } = result;
	if (!document) return refusal(faults, file);
	// Events, lanes and categories are edited by id: two under one id could not be told apart.
	const repeated = faults.filter((fault) => /^\$\.(?:events|lanes|categories|articles)\[\d+\]\.id$/.test(fault.path) && fault.reason.startsWith('repeats the id'));
	if (repeated.length > 0) return error(faultList(repeated));
	if (!hasOneArticle(document)) {
		// loadTimeline names each article whose text it could not have (too long, unread) at the text's path.
		const refused = faults.filter((fault) => /^\$\.articles\[\d+\]\.text(?:File)?$|^\$\.articles\[\d+\]$/.test(fault.path));
		if (texts === undefined || refused.length > 0) return error(refused.length > 0 ? faultList(refused) : `${file} holds no text for some of its articles`);
		return { kind: 'history', document, texts, faults };
	}
	const text = texts?.[0];
	if (text === undefined) {
		const { text: inline, textFile } = document.article;
		if (inline !== undefined && textFile !== undefined) return error(`${file} gives its article text both inline and as "${textFile}": keep one`);
		// loadTimeline drops a text it refuses (too long) and names why at the text's path.
		const refused = faults.filter((fault) => fault.path === '$.article.text' || fault.path === '$.article.textFile');
		if (refused.length > 0) return error(faultList(refused));
		return error(`${file} holds no article text: give article.text, or name a .txt file in article.textFile`);
	}
	// The text as loadTimeline read it: LF line endings, within the length a document may hold.
	return { kind: 'document', format, document, text, faults };
}

/**
 * A .json timeline, read as every reader reads one (readDocument); the .txt files opened with it are the
 * text files it names (one for an article, one per article of a history), which must be those opened with
 * it, and only then.
 */
function openJson(file: OpenedFile, body: string, companions: readonly OpenedFile[], report: LoadReport): OpenResult {
	const read = readDocument(body, file.name, report);
	const [companion] = companions;
	if ('withTexts' in read) {
		const { textFiles } = read;
		const byName = new Map(companions.map((opened) => [baseName(opened.name), opened]));
		const missing = textFiles.filter((name) => !byName.has(name));
		if (textFiles.length === 1 && missing.length === 1) {
			const [textFile] = textFiles;
			if (!companion) return error(`${file.name} names its article text "${textFile}": open that file together with it`);
			return error(`${file.name} names its article text "${textFile}", not "${companion.name}": open "${textFile}" together with it`);
		}
		if (missing.length > 0) {
			const named = missing.length === 1 ? `"${missing[0]}"` : `${missing.length} of them, "${missing[0]}" first`;
			return error(`${file.name} names its articles' texts in ${textFiles.length} .txt files: open them all together with it (${named} not opened)`);
		}
		const extra = companions.find((opened) => !textFiles.includes(baseName(opened.name)));
		if (extra) return error(`${file.name} does not name "${extra.name}" as a text of its articles: open only the .txt files it names`);
		const neighbours = new Map<string, { text: string }>();
		for (const name of textFiles) {
			const text = contentOf(byName.get(name)!);
			if (typeof text !== 'string') return text;
			neighbours.set(name, { text });
		}
		return opened(read.withTexts(neighbours), file.name, 'chronoscope');
	}
	if (companion && read.format === 'timelinejs' && read.faults.every((fault) => fault.path !== '$')) {
		return error(`${file.name} is a TimelineJS3 document, which holds its own text: open it alone, without ${companion.name}`);
	}
	if (companion && (read.document?.article?.text !== undefined || read.document?.articles !== undefined))
		return error(`${file.name} holds its ${read.document.articles ? "articles' texts" : 'article text'} inline: open it alone, without ${companion.name}`);
	return opened(read, file.name, read.format ?? 'chronoscope');
}

function openSheet(file: OpenedFile, body: string, report: LoadReport): OpenResult {
	const sheet = readTimelineJsSheet(body, file.name);
	if ('error' in sheet) return error(sheet.error);
	report({ phase: 'converting' });
	const onProgress = (done: number, total: number) => report({ phase: 'checking', done, total });
	return opened(loadTimeline(convertTimelineJs(sheet.document, file.name), { file: file.name, onProgress }), file.name, 'csv');
}

/**
 * What the files opened together are: one .txt article, one .json or .csv timeline, or a Chronoscope
 * .json with the .txt its `article.textFile` names. `report` hears how far opening a large one has got.
 */
export function readOpenedFiles(files: readonly OpenedFile[], report: LoadReport = () => {}): OpenResult {
	if (files.length === 0) return error(`No file was opened: open ${KINDS}`);
	const kinds: FileKind[] = [];
	for (const file of files) {
		const kind = kindOf(file);
		if (kind === undefined) return error(`${file.name} is not a kind of file the editor opens: open ${KINDS}`);
		kinds.push(kind);
	}
	const json = files[kinds.indexOf('json')];
	const texts = files.filter((_, i) => kinds[i] === 'txt');
	const [only] = files;
	// Many files open together only as one .json and the .txt files it names.
	if ((files.length > 1 && (!json || texts.length !== files.length - 1)) || !only) {
		return error(`${files.map((file) => file.name).join(', ')} cannot be opened together: open one file (${KINDS}), or a timeline's .json together with the .txt files it names`);
	}
	const body = contentOf(json ?? only);
	if (typeof body !== 'string') return body;
	if (json) return openJson(json, body, texts, report);
	if (kinds[0] === 'csv') return openSheet(only, body, report);
	const article = articleOf(body, only.name);
	return typeof article === 'string' ? { kind: 'article', name: only.name, text: article } : article;
}
