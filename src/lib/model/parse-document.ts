/**
 * A timeline document given as text (fetched from a URL, or read from a file): size limit, JSON, format
 * detection (Chronoscope's own or TimelineJS3, which is converted), then loadTimeline. Every failure is
 * a Fault with a reason a reader can act on.
 */
import { checkTimelineJs, convertTimelineJs, isTimelineJs } from './timelinejs';
import type { Fault } from './faults';
import type { LoadProgress } from './load-progress';
import { loadTimeline, type LoadResult } from './timeline';

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

export function parseTimelineText(body: string, file: string, text?: string, report: LoadReport = () => {}): ParsedDocument {
	const onProgress = (done: number, total: number, faults: readonly Fault[]) => report({ phase: 'checking', done, total }, faults);
	if (body.length > MAX_DOCUMENT_BYTES) {
		return { faults: [{ file, path: '$', reason: tooLargeReason(body.length) }] };
	}
	let json: unknown;
	report({ phase: 'parsing' });
	try {
		json = JSON.parse(body);
	} catch (error) {
		return { faults: [{ file, path: '$', reason: `is not JSON (${(error as Error).message})` }] };
	}
	if (isTimelineJs(json)) {
		const faults = checkTimelineJs(json, file);
		if (faults.length > 0) return { faults, format: 'timelinejs' };
		report({ phase: 'converting' });
		return { ...loadTimeline(convertTimelineJs(json, file), { file, onProgress }), format: 'timelinejs' };
	}
	const textFile = (json as { article?: { textFile?: unknown } } | null)?.article?.textFile;
	if (typeof textFile === 'string' && text === undefined) {
		return { faults: [], format: 'chronoscope', textFile };
	}
	if (typeof json !== 'object' || json === null || !('version' in json)) {
		return { faults: [{ file, path: '$', reason: NEITHER_FORMAT }] };
	}
	return { ...loadTimeline(json, text === undefined ? { file, onProgress } : { file, text, onProgress }), format: 'chronoscope' };
}
