/**
 * Files a person opens in the editor, read: an article to draft a timeline from (.txt), or a timeline to
 * edit: a Chronoscope document (.json, with the .txt it names), a TimelineJS3 document (.json) or a
 * TimelineJS3 sheet exported as CSV (.csv); model/editor/open.ts makes a timeline the editor's state. Anything that stops a file
 * opening is one message naming the file; what loadTimeline finds beyond the structure (EDTF, excerpts,
 * references) comes back as faults, for the editor to show beside the fields.
 */
import { decodeUtf8 } from './document-text';
import { normaliseLineEndings } from '../text/line-endings';
import { MAX_DOCUMENT_BYTES, readDocument, tooLargeReason, type LoadReport, type ParsedDocument } from './parse-document';
import type { ArticleTimelineDocument } from '../document/schema';
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
	// The editor's state holds one article; a history is edited where its articles are drafted.
	if (!hasOneArticle(document)) return error(`${file} is a history of ${document.articles?.length ?? 0} articles: the editor opens the timeline of one article`);
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
	// Events, lanes and categories are edited by id: two under one id could not be told apart.
	const repeated = faults.filter((fault) => /^\$\.(?:events|lanes|categories)\[\d+\]\.id$/.test(fault.path) && fault.reason.startsWith('repeats the id'));
	if (repeated.length > 0) return error(faultList(repeated));
	return { kind: 'document', format, document, text, faults };
}

/**
 * A .json timeline, read as every reader reads one (readDocument); the .txt opened with it is the text file
 * it names, which must be the one opened with it, and only then.
 */
function openJson(file: OpenedFile, body: string, companion: OpenedFile | undefined, report: LoadReport): OpenResult {
	const read = readDocument(body, file.name, report);
	if ('withTexts' in read) {
		const [textFile = ''] = read.textFiles;
		if (read.textFiles.length > 1)
			return error(`${file.name} is a history whose articles are in ${read.textFiles.length} text files: the editor opens the timeline of one article`);
		if (!companion) return error(`${file.name} names its article text "${textFile}": open that file together with it`);
		if (baseName(companion.name) !== textFile) return error(`${file.name} names its article text "${textFile}", not "${companion.name}": open "${textFile}" together with it`);
		const text = contentOf(companion);
		return typeof text === 'string' ? opened(read.withTexts(new Map([[textFile, { text }]])), file.name, 'chronoscope') : text;
	}
	if (companion && read.format === 'timelinejs' && read.faults.every((fault) => fault.path !== '$')) {
		return error(`${file.name} is a TimelineJS3 document, which holds its own text: open it alone, without ${companion.name}`);
	}
	if (companion && read.document?.article?.text !== undefined) return error(`${file.name} holds its article text inline: open it alone, without ${companion.name}`);
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
	const txt = files[kinds.indexOf('txt')];
	const [only] = files;
	if (files.length > 2 || (files.length === 2 && (!json || !txt)) || !only) {
		return error(`${files.map((file) => file.name).join(', ')} cannot be opened together: open one file (${KINDS}), or a timeline's .json together with the .txt it names`);
	}
	const body = contentOf(json ?? only);
	if (typeof body !== 'string') return body;
	if (json) return openJson(json, body, txt, report);
	if (kinds[0] === 'csv') return openSheet(only, body, report);
	const article = articleOf(body, only.name);
	return typeof article === 'string' ? { kind: 'article', name: only.name, text: article } : article;
}
