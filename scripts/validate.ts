/**
 * npm run validate [files...]: checks timeline documents (default: every data/*\/timeline.json) with the
 * same loadTimeline the build uses, and prints one line per fault. Exit status 1 on any fault.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFault, loadTimeline, type Fault } from '../src/lib/model/timeline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function defaultFiles(): Promise<string[]> {
	const dataDir = join(root, 'data');
	const entries = await readdir(dataDir, { withFileTypes: true });
	return entries.filter((entry) => entry.isDirectory()).map((entry) => join(dataDir, entry.name, 'timeline.json'));
}

async function validateFile(path: string): Promise<{ faults: Fault[]; events: number }> {
	const file = relative(process.cwd(), path) || path;
	let source: string;
	try {
		source = await readFile(path, 'utf8');
	} catch (error) {
		return { faults: [{ file, path: '$', reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` }], events: 0 };
	}
	let json: unknown;
	try {
		json = JSON.parse(source);
	} catch (error) {
		return { faults: [{ file, path: '$', reason: `is not valid JSON (${(error as Error).message})` }], events: 0 };
	}
	const textFile = (json as { article?: { textFile?: unknown } })?.article?.textFile;
	let text: string | undefined;
	if (typeof textFile === 'string' && /^[\w.-]+\.txt$/.test(textFile)) {
		text = await readFile(join(dirname(path), textFile), 'utf8').catch(() => undefined);
	}
	const result = loadTimeline(json, text === undefined ? { file } : { file, text });
	return { faults: result.faults, events: result.timeline?.events.length ?? 0 };
}

const files = process.argv.slice(2);
const paths = files.length > 0 ? files : await defaultFiles();
let faultCount = 0;
for (const path of paths) {
	const { faults, events } = await validateFile(path);
	faultCount += faults.length;
	for (const fault of faults) console.error(formatFault(fault));
	if (faults.length === 0) console.log(`${relative(process.cwd(), path)}: ok, ${events} events`);
}
if (faultCount > 0) {
	console.error(`${faultCount} fault${faultCount === 1 ? '' : 's'} in ${paths.length} file${paths.length === 1 ? '' : 's'}`);
	process.exit(1);
}
