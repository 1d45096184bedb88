/**
 * npm run validate [files...]: checks timeline documents (default: every data/*\/timeline.json) as the build
 * reads them (readTimelineFile, then loadTimeline), and prints one line per fault. Exit status 1 on any fault.
 */
import { join, relative } from 'node:path';
import { formatFault, type LoadResult } from '../src/lib/model/document/timeline';
import { readTimelineFile, timelineFolders } from '../src/lib/server/read-timeline-file';

const dataDir = join(import.meta.dirname, '..', 'data');

/** The file's faults; a failure of the checker itself is one more line naming the file, not a stack trace. */
function checked(path: string, file: string): LoadResult {
	try {
		return readTimelineFile(path, file);
	} catch (error) {
		return { faults: [{ file, path: '$', reason: `could not be checked: the validator failed (${error instanceof Error ? error.message : String(error)})` }] };
	}
}

const files = process.argv.slice(2);
const paths = files.length > 0 ? files : timelineFolders(dataDir).map((folder) => join(dataDir, folder, 'timeline.json'));
let faultCount = 0;
for (const path of paths) {
	const file = relative(process.cwd(), path) || path;
	const { faults, timeline } = checked(path, file);
	faultCount += faults.length;
	for (const fault of faults) console.error(formatFault(fault));
	const articles = timeline && timeline.articles.length > 1 ? ` from ${timeline.articles.length} articles` : '';
	if (faults.length === 0) console.log(`${file}: ok, ${timeline?.events.length ?? 0} events${articles}`);
}
if (faultCount > 0) {
	console.error(`${faultCount} fault${faultCount === 1 ? '' : 's'} in ${paths.length} file${paths.length === 1 ? '' : 's'}`);
	process.exit(1);
}
