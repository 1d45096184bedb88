/** How the fuzz tests load a document given as text, and what they ask of the answer (see parse-document.test.ts). */
import { expect } from 'vitest';
import { parseTimelineText, type ParsedDocument } from '../../src/lib/model/parse-document';
import { describeText, expectNoPollution, expectTimelineOrFaults, expectWellFormedFaults, idsOf, timed } from './properties';

export const FILE = 'fuzzed.json';

/** As the page loads a document: once, and again with the article text when the document names a textFile. */
export function load(body: string, text: string | undefined): ParsedDocument {
	const first = parseTimelineText(body, FILE);
	if (first.textFile === undefined || first.timeline || first.faults.length > 0) return first;
	return parseTimelineText(body, FILE, text ?? '');
}

export function check(target: string, body: string, text?: string): void {
	const result = timed(
		target,
		() => describeText(body),
		() => load(body, text)
	);
	expectNoPollution();
	expectTimelineOrFaults(result);
	expectWellFormedFaults(result.faults, FILE, body);
	// The same input gives the same answer.
	const again = load(body, text);
	expect(again.faults).toEqual(result.faults);
	expect(again.timeline?.events.length).toBe(result.timeline?.events.length);
	if (!result.timeline) return;
	// No event disappears without a fault.
	const json = JSON.parse(body) as { events: unknown[]; eras?: unknown[] };
	const events = result.timeline.events.map((event) => event.data);
	if (result.format === 'timelinejs') expect(events.length).toBe(json.events.length + (json.eras?.length ?? 0));
	else expect(idsOf(events)).toEqual(idsOf(json.events));
}
