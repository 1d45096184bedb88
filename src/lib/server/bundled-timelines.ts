/**
 * The timelines bundled under data/, read at build time. Every one is validated by the same loadTimeline
 * as `npm run validate`; a fault stops the build with the same messages.
 */
import { formatFault, loadTimeline, type Timeline } from '$lib/model/timeline';

const documents = import.meta.glob<unknown>('/data/*/timeline.json', { eager: true, import: 'default' });
const texts = import.meta.glob<string>('/data/*/*.txt', { eager: true, query: '?raw', import: 'default' });

/** The timeline `/embed/` shows, and where the links to the view `/` once opened go. */
export const DEFAULT_TIMELINE_ID = 'putin-taliban-allies';

function folderOf(path: string): string {
	return path.split('/')[2] ?? path;
}

export function bundledTimelineIds(): string[] {
	return Object.keys(documents).map(folderOf).sort();
}

export function loadBundledTimeline(id: string): Timeline | undefined {
	const path = `/data/${id}/timeline.json`;
	const json = documents[path];
	if (json === undefined) return undefined;
	const textFile = (json as { article?: { textFile?: unknown } }).article?.textFile;
	const text = typeof textFile === 'string' ? texts[`/data/${id}/${textFile}`] : undefined;
	const file = `data/${id}/timeline.json`;
	const result = loadTimeline(json, text === undefined ? { file } : { file, text });
	if (!result.timeline) throw new Error(`Invalid timeline data:\n${result.faults.map(formatFault).join('\n')}`);
	return result.timeline;
}
