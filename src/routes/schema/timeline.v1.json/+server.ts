import { timelineJsonSchema } from '$lib/model/document/schema';
import { json } from '@sveltejs/kit';

export const prerender = true;

/** The published JSON Schema, generated from the same zod schema the validator uses. */
export function GET() {
	return json(timelineJsonSchema());
}
