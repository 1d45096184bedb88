/**
 * A timeline document read from disk, with the article text it names beside it: what `npm run validate`
 * and the build read, through the same reader as `?src=` and the editor (readDocument), so that all name
 * the same faults. Imports are relative, for the scripts run by tsx.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDocument, type FileBytes, type Neighbour } from '../model/read/parse-document';
import type { LoadResult } from '../model/document/timeline';

/** The folders under `dataDir` that hold a timeline, sorted; each is read as `<folder>/timeline.json`. */
export function timelineFolders(dataDir: string): string[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

function readBytes(path: string): FileBytes {
	try {
		return { bytes: readFileSync(path) };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read the file (${code ?? String(error)})` };
	}
}

/**
 * Reads and checks the document at `path`, named `file` in its faults. The text files its articles name are
 * read only when they are file names beside the document (any other name is the schema's fault).
 */
export function readTimelineFile(path: string, file: string): LoadResult {
	const bytes = readBytes(path);
	if ('reason' in bytes) return { faults: [{ file, path: '$', reason: bytes.reason }] };
	const read = readDocument(bytes.bytes, file);
	if (!('withTexts' in read)) return read;
	const neighbours = new Map<string, Neighbour>();
	for (const name of read.textFiles) {
		const text = readBytes(join(dirname(path), name));
		neighbours.set(name, 'reason' in text ? { reason: `cannot be read beside the document: ${text.reason}` } : text);
	}
	return read.withTexts(neighbours);
}
