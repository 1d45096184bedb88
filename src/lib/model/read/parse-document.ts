/**
 * A timeline document read from its bytes, with the text file it names beside it: UTF-8, size limit, JSON,
 * format detection (Chronoscope's own or TimelineJS3, which is converted), then loadTimeline. The one reader
 * of disk (`npm run validate`, the build), URLs (`?src=`) and the editor's Open: each reads the bytes its
 * own way and hands them here. Every failure is a Fault with a reason a reader can act on.
 */
import { decodeUtf8, MAX_JSON_DEPTH, nestsDeeperThan, parseJson } from './document-text';
import { TEXT_FILE_NAME } from '../document/schema';
import { checkTimelineJs, convertTimelineJs, isTimelineJs } from './timelinejs';
import type { Fault } from '../document/faults';
import type { LoadProgress } from './load-progress';
import { articlesAt, loadTimeline, type LoadResult } from '../document/timeline';

/**
 * Documents above this size are refused, and a body that streams past it is cut off: room for archives
 * (100,000 events are about 35 MB) without letting a server make the page swallow an unbounded body.
 */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export interface ParsedDocument extends LoadResult {
	format?: 'chronoscope' | 'timelinejs';
	/** The `textFile`s the document's articles name, for the caller to read and pass back as `texts`. */
	textFiles?: string[];
}

/** Why JSON that parsed is refused as a timeline. */
const NEITHER_FORMAT = 'is neither a Chronoscope timeline document (no "version") nor a TimelineJS3 document (no "events" with "start_date")';

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a document over the limit is refused; its size, where known (a stream cut off at the limit has none). */
export function tooLargeReason(bytes?: number): string {
	return `is ${bytes === undefined ? '' : `${megabytes(bytes)}, `}over the ${megabytes(MAX_DOCUMENT_BYTES)} limit`;
}

/** Told how far loading has got, and, while events are checked, the faults found so far. */
export type LoadReport = (progress: LoadProgress, faults?: readonly Fault[]) => void;

/**
 * Why a TimelineJS3 document is refused for its depth, if it is: its converter reads values as text
 * (String(), Number()), which walks an array to its bottom, and no TimelineJS3 document nests deeply.
 */
function timelineJsTooDeep(json: unknown): string | undefined {
	return nestsDeeperThan(json, MAX_JSON_DEPTH) ? `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which no TimelineJS3 document does` : undefined;
}

/** A document's bytes as text (UTF-8, a byte-order mark dropped), or the fault that names it as not UTF-8. */
function decodeDocument(bytes: Uint8Array, file: string): { text: string } | { fault: Fault } {
	const decoded = decodeUtf8(bytes);
	if ('text' in decoded) return decoded;
	return { fault: { file, path: '$', reason: decoded.reason } };
}

/** A document's text as JSON, or the fault that stops it there: over the size limit, or not JSON. */
export function readTimelineJson(body: string, file: string, report: LoadReport = () => {}): { json: unknown } | { faults: Fault[] } {
	if (body.length > MAX_DOCUMENT_BYTES) {
		return { faults: [{ file, path: '$', reason: tooLargeReason(body.length) }] };
	}
	report({ phase: 'parsing' });
	const parsed = parseJson(body);
	return 'reason' in parsed ? { faults: [{ file, path: '$', reason: parsed.reason }] } : parsed;
}

/**
 * The text files a document's articles name beside it, each once, in the document's order. Only a file
 * beside the document is asked for; any other name (a path, a URL on another host) is the schema's fault.
 */
export function textFilesOf(json: unknown): string[] {
	const names = articlesAt(json).map((article) => article.raw.textFile);
	return [...new Set(names.filter((name): name is string => typeof name === 'string' && TEXT_FILE_NAME.test(name)))];
}

/**
 * Parsed JSON as a timeline: format detection, TimelineJS3's conversion, then loadTimeline. A Chronoscope
 * document that names text files beside it, given no `texts`, asks for those files (`textFiles`); the caller
 * reads them and calls again with the same JSON, which is left as it was.
 */
export function loadTimelineJson(json: unknown, file: string, texts?: ReadonlyMap<string, string>, report: LoadReport = () => {}): ParsedDocument {
	const onProgress = (done: number, total: number, faults: readonly Fault[]) => report({ phase: 'checking', done, total }, faults);
	if (isTimelineJs(json)) {
		const deep = timelineJsTooDeep(json);
		if (deep) return { faults: [{ file, path: '$', reason: deep }] };
		const faults = checkTimelineJs(json, file);
		if (faults.length > 0) return { faults, format: 'timelinejs' };
		report({ phase: 'converting' });
		return { ...loadTimeline(convertTimelineJs(json, file), { file, onProgress }), format: 'timelinejs' };
	}
	const textFiles = textFilesOf(json);
	if (textFiles.length > 0 && texts === undefined) return { faults: [], format: 'chronoscope', textFiles };
	if (typeof json !== 'object' || json === null || !('version' in json)) {
		return { faults: [{ file, path: '$', reason: NEITHER_FORMAT }] };
	}
	return { ...loadTimeline(json, texts === undefined ? { file, onProgress } : { file, texts, onProgress }), format: 'chronoscope' };
}

/**
 * A file beside a document, as its reader found it: its bytes, its text (already decoded, as the editor has
 * it), or why it could not be had ("could not be fetched: …").
 */
export type Neighbour = FileBytes | { text: string };

/** A file's bytes as read or fetched, or why they could not be had. */
export type FileBytes = { bytes: Uint8Array } | { reason: string };

/** Where a document names a text file: `$.article.textFile`, or `$.articles[3].textFile` with that article's id. */
function namingPlaces(json: unknown, textFile: string): { path: string; articleId?: string }[] {
	return articlesAt(json).flatMap(({ raw, path, id }) => (raw.textFile === textFile ? [{ path: `${path}.textFile`, ...(id === undefined ? {} : { articleId: id }) }] : []));
}

/** The text of a file a document names beside it, or why there is none ("could not be fetched: …", "is not UTF-8"). */
function neighbourText(neighbour: Neighbour): { text: string } | { reason: string } {
	if ('reason' in neighbour) return neighbour;
	if ('text' in neighbour) return neighbour;
	const decoded = decodeUtf8(neighbour.bytes);
	return 'text' in decoded ? decoded : { reason: decoded.reason };
}

/** A document read whole, or one that names text files beside it: the caller reads those files and passes them to `withTexts`, by name. */
export type DocumentRead = ParsedDocument | { textFiles: string[]; withTexts(neighbours: ReadonlyMap<string, Neighbour>): ParsedDocument };

/**
 * A timeline document's bytes (or its text, already decoded), read. Where the document names text files beside it (only ever plain
 * file names: see TEXT_FILE_NAME), the answer asks for them, and `withTexts` finishes with the JSON parsed once,
 * so that a large archive's parse is not repeated for its texts. A text that cannot be had or is not UTF-8
 * is a fault at each `textFile` that names it, and the rest of the document is still checked.
 */
export function readDocument(content: Uint8Array | string, file: string, report: LoadReport = () => {}): DocumentRead {
	const decoded = typeof content === 'string' ? { text: content.replace(/^\uFEFF/, '') } : decodeDocument(content, file);
	if ('fault' in decoded) return { faults: [decoded.fault] };
	const read = readTimelineJson(decoded.text, file, report);
	if ('faults' in read) return read;
	const parsed = loadTimelineJson(read.json, file, undefined, report);
	const { textFiles } = parsed;
	if (textFiles === undefined) return parsed;
	return {
		textFiles,
		withTexts(neighbours) {
			const texts = new Map<string, string>();
			const unread: Fault[] = [];
			for (const name of textFiles) {
				const neighbour = neighbours.get(name);
				const text = neighbour ? neighbourText(neighbour) : { reason: 'was not read' };
				if ('text' in text) texts.set(name, text.text);
				else for (const place of namingPlaces(read.json, name)) unread.push({ file, ...place, reason: `"${name}" ${text.reason}` });
			}
			if (unread.length === 0) return loadTimelineJson(read.json, file, texts, report);
			const named = new Set(unread.map((fault) => fault.path));
			const rest = loadTimeline(read.json, { file, texts }).faults.filter((fault) => !named.has(fault.path));
			return { faults: [...unread, ...rest], format: 'chronoscope' };
		}
	};
}
