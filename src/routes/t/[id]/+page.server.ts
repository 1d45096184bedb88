import { bundledTimelineIds, loadBundledTimeline } from '$lib/server/bundled-timelines';
import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';

// Every bundled timeline is prerendered, so the build validates all of them.
export const entries: EntryGenerator = () => bundledTimelineIds().map((id) => ({ id }));

export function load({ params }) {
	const timeline = loadBundledTimeline(params.id);
	if (!timeline) error(404, `No bundled timeline "${params.id}"`);
	return { timeline, id: params.id };
}
