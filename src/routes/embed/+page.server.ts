import { DEFAULT_TIMELINE_ID, loadBundledTimeline } from '$lib/server/bundled-timelines';
import { error } from '@sveltejs/kit';

/** `/embed/` is the first timeline's embed, as it always was (`/` is now the shelf). */
export function load() {
	const timeline = loadBundledTimeline(DEFAULT_TIMELINE_ID);
	if (!timeline) error(404, `No bundled timeline "${DEFAULT_TIMELINE_ID}"`);
	return { timeline, id: DEFAULT_TIMELINE_ID };
}
