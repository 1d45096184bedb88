/**
 * A timeline document read from disk, with the article text it names beside it: what `npm run validate`
 * and the build read, the same way, so that both name the same faults. Imports are relative, for the
 * scripts run by tsx.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseJson } from '../model/read/document-text';
import { decodeDocument } from '../model/read/parse-document';
import { TEXT_FILE_NAME } from '../model/document/schema';
import { loadTimeline, type Fault, type LoadResult } from '../model/document/timeline';

/** The folders under `dataDir` that hold a timeline, sorted; each is read as `<folder>/timeline.json`. */
export function timelineFolders(dataDir: string): string[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

function readBytes(path: string): Uint8Array | { reason: string } {
	try {
		return readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read the file (${code ?? String(error)})` };
	}
}

/**
 * Reads and checks the document at `path`, named `file` in its faults. Its `article.textFile` is read only
 * when it is a file name beside the document (any other name is the schema's fault); a text that is not
 * UTF-8 is a fault at `$.article.textFile`, and the rest of the document is still checked.
 */
export function readTimelineFile(path: string, file: string): LoadResult {
	const bytes = readBytes(path);
	if (!(bytes instanceof Uint8Array)) return { faults: [{ file, path: '$', reason: bytes.reason }] };
	const source = decodeDocument(bytes, file);
	if ('fault' in source) return { faults: [source.fault] };
	const parsed = parseJson(source.text, 'is not valid JSON');
	if ('reason' in parsed) return { faults: [{ file, path: '$', reason: parsed.reason }] };
	const textFile = (parsed.json as { article?: { textFile?: unknown } } | null)?.article?.textFile;
	if (typeof textFile !== 'string' || !TEXT_FILE_NAME.test(textFile)) return loadTimeline(parsed.json, { file });
	const textBytes = readBytes(join(dirname(path), textFile));
	// An unreadable text is loadTimeline's to name ("cannot read … beside the document").
	if (!(textBytes instanceof Uint8Array)) return loadTimeline(parsed.json, { file });
	const text = decodeDocument(textBytes, file, '$.article.textFile', textFile);
	if ('text' in text) return loadTimeline(parsed.json, { file, text: text.text });
	const rest: Fault[] = loadTimeline(parsed.json, { file }).faults.filter((fault) => fault.path !== '$.article.textFile');
	return { faults: [text.fault, ...rest] };
}
