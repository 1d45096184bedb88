/**
 * The timelines bundled under data/, read at build time by readTimelineFile, as `npm run validate` reads
 * them; a fault stops the build with the same messages.
 */
import { join } from 'node:path';
import { formatFault, type Timeline } from '$lib/model/document/timeline';
import { readTimelineFile, timelineFolders } from './read-timeline-file';

/** The timeline `/embed/` shows, and where the links to the view `/` once opened go. */
export const DEFAULT_TIMELINE_ID = 'putin-taliban-allies';

// The build runs from the project's folder (npm run sets it), as the dev server does.
const DATA_DIR = join(process.cwd(), 'data');

export function bundledTimelineIds(): string[] {
	return timelineFolders(DATA_DIR);
}

/** Why the build stops: one line per fault, as `npm run validate` prints them. */
export class InvalidTimelineError extends Error {
	constructor(readonly lines: string[]) {
		super(`Invalid timeline data:\n${lines.join('\n')}`);
		this.name = 'InvalidTimelineError';
		// The build prints an error's stack; the lines are the whole story, and the stack would only point here.
		this.stack = `${this.name}: ${this.message}`;
	}
}

export function loadBundledTimeline(id: string): Timeline | undefined {
	if (!bundledTimelineIds().includes(id)) return undefined;
	const file = `data/${id}/timeline.json`;
	const result = readTimelineFile(join(DATA_DIR, id, 'timeline.json'), file);
	if (!result.timeline) throw new InvalidTimelineError(result.faults.map(formatFault));
	return result.timeline;
}
