import { resolve } from '$app/paths';
import { DEFAULT_TIMELINE_ID, bundledTimelineIds, loadBundledTimeline } from '$lib/server/bundled-timelines';
import { byNewestFirst, shelfEntry } from '$lib/model/site/shelf';

/** The shelf: an entry for every bundled timeline (never the timelines themselves, which would be megabytes). */
export function load() {
	const entries = bundledTimelineIds()
		.map((id) => shelfEntry(id, loadBundledTimeline(id)!))
		.sort(byNewestFirst);
	// Where a link to the view `/` once opened goes now (relative while prerendering, so a base path holds).
	return { entries, defaultId: DEFAULT_TIMELINE_ID, viewPath: resolve(`/t/${DEFAULT_TIMELINE_ID}/`) };
}
