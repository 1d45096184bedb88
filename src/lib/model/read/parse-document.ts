/**
 * A timeline document given as text (fetched from a URL, or read from a file): size limit, JSON, format
 * detection (Chronoscope's own or TimelineJS3, which is converted), then loadTimeline. Every failure is
 * a Fault with a reason a reader can act on.
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
export const NEITHER_FORMAT = 'is neither a Chronoscope timeline document (no "version") nor a TimelineJS3 document (no "events" with "start_date")';

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
export function timelineJsTooDeep(json: unknown): string | undefined {
	return nestsDeeperThan(json, MAX_JSON_DEPTH) ? `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which no TimelineJS3 document does` : undefined;
}

/** A document's bytes as text (UTF-8, a byte-order mark dropped), or the fault that names it as not UTF-8. */
export function decodeDocument(bytes: Uint8Array, file: string, path = '$', name?: string): { text: string } | { fault: Fault } {
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

/** A document given as text: readTimelineJson, then loadTimelineJson. */
export function parseTimelineText(body: string, file: string, text?: string, report: LoadReport = () => {}): ParsedDocument {
	const read = readTimelineJson(body, file, report);
	return 'faults' in read ? read : loadTimelineJson(read.json, file, text, report);
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
