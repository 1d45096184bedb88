/** How the fuzz tests load a document given as text, and what they ask of the answer (see parse-document.test.ts). */
import { expect } from 'vitest';
import type { LoadProgress } from '../../src/lib/model/read/load-progress';
import type { LoadReport, ParsedDocument } from '../../src/lib/model/read/parse-document';
import { readDocumentText } from '../unit/helpers';
import { describeText, expectNoPollution, expectTimelineOrFaults, expectWellFormedFaults, idsOf, timed } from './properties';

export const FILE = 'fuzzed.json';

/** As the page loads a document: once, and again with the article text when the document names a textFile. */
export function load(body: string, text: string | undefined, report?: LoadReport): ParsedDocument {
	const first = readDocumentText(body, FILE, undefined, report);
	if (first.textFiles === undefined || first.timeline || first.faults.length > 0) return first;
	return readDocumentText(body, FILE, text ?? '', report);
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
	// The same input gives the same answer; on the way, the checking's progress counts up to its end, and the
	// faults found so far only grow.
	const reports: { progress: LoadProgress; faults: number }[] = [];
	const again = load(body, text, (progress, faults) => reports.push({ progress, faults: faults?.length ?? 0 }));
	expect(again.faults).toEqual(result.faults);
	const checking = reports.filter((report) => report.progress.phase === 'checking');
	for (const [i, { progress, faults }] of checking.entries()) {
		if (progress.phase !== 'checking') continue;
		expect(progress.done).toBeLessThanOrEqual(progress.total);
		if (i > 0) expect(faults).toBeGreaterThanOrEqual((checking[i - 1] as { faults: number }).faults);
	}
	const last = checking.at(-1)?.progress;
	if (last?.phase === 'checking') expect(last.done).toBe(last.total);
	expect(again.timeline?.events.length).toBe(result.timeline?.events.length);
	if (!result.timeline) return;
	// No event disappears without a fault.
	const json = JSON.parse(body) as { events: unknown[]; eras?: unknown[] };
	const events = result.timeline.events.map((event) => event.data);
	if (result.format === 'timelinejs') expect(events.length).toBe(json.events.length + (json.eras?.length ?? 0));
	else expect(idsOf(events)).toEqual(idsOf(json.events));
}
