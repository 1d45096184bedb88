/**
 * Files a person opens in the editor, read: an article to draft a timeline from (.txt), or a timeline to
 * edit: a Chronoscope document (.json, with the .txt it names), a TimelineJS3 document (.json) or a
 * TimelineJS3 sheet exported as CSV (.csv); model/editor/open.ts makes a timeline the editor's state. Anything that stops a file
 * opening is one message naming the file; what loadTimeline finds beyond the structure (EDTF, excerpts,
 * references) comes back as faults, for the editor to show beside the fields.
 */
import { decodeUtf8, parseJson } from './document-text';
import { normaliseLineEndings } from '../text/line-endings';
import { MAX_DOCUMENT_BYTES, NEITHER_FORMAT, timelineJsTooDeep, tooLargeReason, type LoadReport } from './parse-document';
import type { TimelineDocument } from '../document/schema';
import { articleTooLong, checkStructure, formatFault, loadTimeline, type Fault } from '../document/timeline';
import { checkTimelineJs, convertTimelineJs, isTimelineJs } from './timelinejs';
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
	| { kind: 'document'; format: OpenedFormat; document: TimelineDocument; text: string; faults: Fault[] }
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

/** A document opened for editing: it must pass the schema; every event was published already, so it is accepted. */
function opened(input: unknown, file: string, format: OpenedFormat, articleText: (document: TimelineDocument) => string | OpenError, report: LoadReport): OpenResult {
	const { document, faults } = checkStructure(input, file);
	if (!document) return error(faultList(faults));
	const given = articleText(document);
	if (typeof given !== 'string') return given;
	const text = articleOf(given, `The article text of ${file}`);
	if (typeof text !== 'string') return text;
	const checked = loadTimeline(document, { file, text, onProgress: (done, total) => report({ phase: 'checking', done, total }) }).faults;
	// Events, lanes and categories are edited by id: two under one id could not be told apart.
	const repeated = checked.filter((fault) => /^\$\.(?:events|lanes|categories)\[\d+\]\.id$/.test(fault.path) && fault.reason.startsWith('repeats the id'));
	if (repeated.length > 0) return error(faultList(repeated));
	return { kind: 'document', format, document, text, faults: checked };
}

/** The article text of a Chronoscope document: inline, or in the .txt it names, opened with it. */
function chronoscopeText(document: TimelineDocument, file: string, companion?: OpenedFile): string | OpenError {
	const { text, textFile } = document.article;
	if (text !== undefined && textFile !== undefined) return error(`${file} gives its article text both inline and as "${textFile}": keep one`);
	if (text !== undefined) return companion ? error(`${file} holds its article text inline: open it alone, without ${companion.name}`) : text;
	if (textFile === undefined) return error(`${file} holds no article text: give article.text, or name a .txt file in article.textFile`);
	if (!companion) return error(`${file} names its article text "${textFile}": open that file together with it`);
	if (baseName(companion.name) !== textFile) return error(`${file} names its article text "${textFile}", not "${companion.name}": open "${textFile}" together with it`);
	return contentOf(companion);
}

function openJson(file: OpenedFile, body: string, companion: OpenedFile | undefined, report: LoadReport): OpenResult {
	report({ phase: 'parsing' });
	const parsed = parseJson(body);
	if ('reason' in parsed) return error(`${file.name} ${parsed.reason}`);
	const { json } = parsed;
	if (isTimelineJs(json)) {
		const deep = timelineJsTooDeep(json);
		if (deep) return error(`${file.name} ${deep}`);
		if (companion) return error(`${file.name} is a TimelineJS3 document, which holds its own text: open it alone, without ${companion.name}`);
		const faults = checkTimelineJs(json, file.name);
		if (faults.length > 0) return error(faultList(faults));
		report({ phase: 'converting' });
		return opened(convertTimelineJs(json, file.name), file.name, 'timelinejs', (document) => document.article.text ?? '', report);
	}
	if (typeof json !== 'object' || json === null || !('version' in json)) return error(`${file.name} ${NEITHER_FORMAT}`);
	return opened(json, file.name, 'chronoscope', (document) => chronoscopeText(document, file.name, companion), report);
}

function openSheet(file: OpenedFile, body: string, report: LoadReport): OpenResult {
	const sheet = readTimelineJsSheet(body, file.name);
	if ('error' in sheet) return error(sheet.error);
	report({ phase: 'converting' });
	return opened(convertTimelineJs(sheet.document, file.name), file.name, 'csv', (document) => document.article.text ?? '', report);
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
