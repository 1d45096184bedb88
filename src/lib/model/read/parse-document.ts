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
import { loadTimeline, type LoadResult } from '../document/timeline';

/**
 * Documents above this size are refused, and a body that streams past it is cut off: room for archives
 * (100,000 events are about 35 MB) without letting a server make the page swallow an unbounded body.
 */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export interface ParsedDocument extends LoadResult {
	format?: 'chronoscope' | 'timelinejs';
	/** A `textFile` the document names, for the caller to fetch and pass back as `text`. */
	textFile?: string;
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
function decodeDocument(bytes: Uint8Array, file: string, path = '$', name?: string): { text: string } | { fault: Fault } {
	const decoded = decodeUtf8(bytes);
	if ('text' in decoded) return decoded;
	return { fault: { file, path, reason: name === undefined ? decoded.reason : `"${name}" ${decoded.reason}` } };
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
 * Parsed JSON as a timeline: format detection, TimelineJS3's conversion, then loadTimeline. A Chronoscope
 * document that names a text file beside it, given no `text`, asks for that file (`textFile`); the caller
 * reads it and calls again with the same JSON, which is left as it was.
 */
export function loadTimelineJson(json: unknown, file: string, text?: string, report: LoadReport = () => {}): ParsedDocument {
	const onProgress = (done: number, total: number, faults: readonly Fault[]) => report({ phase: 'checking', done, total }, faults);
	if (isTimelineJs(json)) {
		const deep = timelineJsTooDeep(json);
		if (deep) return { faults: [{ file, path: '$', reason: deep }] };
		const faults = checkTimelineJs(json, file);
		if (faults.length > 0) return { faults, format: 'timelinejs' };
		report({ phase: 'converting' });
		return { ...loadTimeline(convertTimelineJs(json, file), { file, onProgress }), format: 'timelinejs' };
	}
	const textFile = (json as { article?: { textFile?: unknown } } | null)?.article?.textFile;
	// Only a file beside the document is asked for; any other name (a path, a URL on another host) is the schema's fault.
	if (typeof textFile === 'string' && TEXT_FILE_NAME.test(textFile) && text === undefined) {
		return { faults: [], format: 'chronoscope', textFile };
	}
	if (typeof json !== 'object' || json === null || !('version' in json)) {
		return { faults: [{ file, path: '$', reason: NEITHER_FORMAT }] };
	}
	return { ...loadTimeline(json, text === undefined ? { file, onProgress } : { file, text, onProgress }), format: 'chronoscope' };
}

/**
 * A file beside a document, as its reader found it: its bytes, its text (already decoded, as the editor has
 * it), or why it could not be had ("could not be fetched: …").
 */
export type Neighbour = FileBytes | { text: string };

/** A file's bytes as read or fetched, or why they could not be had. */
export type FileBytes = { bytes: Uint8Array } | { reason: string };

/** The text of the file a document names beside it, or the fault at `$.article.textFile` that says why there is none. */
function neighbourText(neighbour: Neighbour, file: string, textFile: string): { text: string } | { fault: Fault } {
	if ('reason' in neighbour) return { fault: { file, path: '$.article.textFile', reason: `"${textFile}" ${neighbour.reason}` } };
	return 'text' in neighbour ? neighbour : decodeDocument(neighbour.bytes, file, '$.article.textFile', textFile);
}

/** A document read whole, or one that names a text file beside it: the caller reads that file and passes it to `withText`. */
export type DocumentRead = ParsedDocument | { textFile: string; withText(neighbour: Neighbour): ParsedDocument };

/**
 * A timeline document's bytes (or its text, already decoded), read. Where the document names a text file beside it (only ever a plain
 * file name: see TEXT_FILE_NAME), the answer asks for it, and `withText` finishes with the JSON parsed once,
 * so that a large archive's parse is not repeated for its text. A text that cannot be had or is not UTF-8
 * is a fault at `$.article.textFile`, and the rest of the document is still checked.
 */
export function readDocument(content: Uint8Array | string, file: string, report: LoadReport = () => {}): DocumentRead {
	const decoded = typeof content === 'string' ? { text: content.replace(/^\uFEFF/, '') } : decodeDocument(content, file);
	if ('fault' in decoded) return { faults: [decoded.fault] };
	const read = readTimelineJson(decoded.text, file, report);
	if ('faults' in read) return read;
	const parsed = loadTimelineJson(read.json, file, undefined, report);
	const { textFile } = parsed;
	if (textFile === undefined) return parsed;
	return {
		textFile,
		withText(neighbour) {
			const text = neighbourText(neighbour, file, textFile);
			if ('text' in text) return loadTimelineJson(read.json, file, text.text, report);
			const rest = loadTimeline(read.json, { file }).faults.filter((fault) => fault.path !== '$.article.textFile');
			return { faults: [text.fault, ...rest], format: 'chronoscope' };
		}
	};
}
