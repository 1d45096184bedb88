/** Test dates built from calendar parts, never from the current time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utcDayStart, type TimeMs } from '../../src/lib/model/date/time';
import { loadTimelineJson, readTimelineJson, textFilesOf, type LoadReport, type ParsedDocument } from '../../src/lib/model/read/parse-document';

/** The first millisecond of a calendar day, month 1-12, UTC. */
export function day(year: number, month = 1, dayOfMonth = 1): TimeMs {
	return utcDayStart(year, month - 1, dayOfMonth);
}

export const SEED_DIR = join(import.meta.dirname, '../../data/putin-taliban-allies');

export function seedDocument(): Record<string, unknown> & { events: Record<string, unknown>[] } {
	return JSON.parse(readFileSync(join(SEED_DIR, 'timeline.json'), 'utf8'));
}

export function seedText(): string {
	return readFileSync(join(SEED_DIR, 'article.txt'), 'utf8');
}

/** An article's event for a document in the "history" category and the lane "all", quoting `exact`. */
export function historyEvent(id: string, edtf: string, exact: string, title = id) {
	return {
		id,
		title,
		summary: `${id}.`,
		origin: 'article',
		category: 'history',
		lanes: ['all'],
		stated: { text: exact },
		date: { edtf, method: 'stated', citations: [] },
		excerpts: [{ type: 'TextQuoteSelector', exact }]
	};
}

/**
 * A document given as text, read as readDocument reads it once its bytes are decoded: readTimelineJson,
 * then loadTimelineJson, with the text file it names (if any) given as `text`. For tests whose documents
 * are strings a byte encoding would change (lone surrogates).
 */
export function readDocumentText(body: string, file: string, text?: string, report?: LoadReport): ParsedDocument {
	const read = readTimelineJson(body, file, report);
	if ('faults' in read) return read;
	return loadTimelineJson(read.json, file, text === undefined ? undefined : new Map(textFilesOf(read.json).map((name) => [name, text])), report);
}
