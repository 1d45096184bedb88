/**
 * npm run bench:load: where loading a large document spends its time, in Node, phase by phase, for a
 * Chronoscope document and a TimelineJS3 document of the same seeded events (PHASE_SIZES, default
 * 10000,100000). Phases: the JSON's size, JSON.parse, the TimelineJS3 conversion, the schema check
 * (checkStructure), EDTF resolution (resolveFuzzyDate of every date the events give), the rest of
 * loadTimeline (its total less the schema check and EDTF resolution, each timed on its own, so an
 * estimate), and the total from the JSON text to the loaded timeline. For a Chronoscope document, also the
 * wall time of `npm run validate` on it as a file: a new process, reading the file and JSON.parse included.
 * Prints a markdown table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveFuzzyDate } from '../src/lib/model/date/fuzzy-date';
import { syntheticDocument } from '../src/lib/model/document/synthetic';
import { checkStructure, loadTimeline } from '../src/lib/model/document/timeline';
import { convertTimelineJs, type TjsDocument } from '../src/lib/model/read/timelinejs';
import { formatInteger } from '../src/lib/model/text/format-number';
import type { TimelineDocument } from '../src/lib/model/document/schema';
import { benchEvents, timelineJsDocument } from './formats';

const SIZES = (process.env.PHASE_SIZES ?? '10000,100000').split(',').map(Number);
const SEED = 1;
const root = join(import.meta.dirname, '..');
const FILE = 'bench.json';

type Format = 'Chronoscope' | 'TimelineJS3';

interface Phases {
	format: Format;
	events: number;
	megabytes: number;
	parse: number;
	convert?: number;
	schema: number;
	edtf: number;
	rest: number;
	load: number;
	total: number;
	validate?: number;
}

function timed<T>(run: () => T): [T, number] {
	const start = performance.now();
	const value = run();
	return [value, performance.now() - start];
}

/** Resolves every date the document's events give, as loadTimeline does, and counts the faults. */
function resolveAll(document: TimelineDocument): number {
	const asOf = Date.parse(document.article!.asOf.date);
	let faults = 0;
	for (const event of document.events) {
		for (const text of [event.date.edtf, event.stated?.edtf]) {
			if (text === undefined) continue;
			try {
				resolveFuzzyDate(text, asOf);
			} catch {
				faults++;
			}
		}
	}
	return faults;
}

/** `npm run validate` on the document as a file: its exit status must say the document is valid. */
function validateWallTime(json: string): number {
	const dir = mkdtempSync(join(tmpdir(), 'chronoscope-phases-'));
	try {
		const path = join(dir, 'timeline.json');
		writeFileSync(path, json);
		const start = performance.now();
		const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', path], { cwd: root, encoding: 'utf8' });
		const wall = performance.now() - start;
		if (run.status !== 0) throw new Error(`npm run validate failed: ${run.stderr.split('\n').slice(0, 3).join(' / ')}`);
		return wall;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The document as JSON, in a function of its own so that the objects it was made from are not held while it is timed. */
function documentJson(format: Format, count: number): string {
	return JSON.stringify(format === 'Chronoscope' ? syntheticDocument(count, SEED) : timelineJsDocument(benchEvents(count, SEED)));
}

/** loadTimeline timed, its result checked and then let go, as a caller's would be once drawn. */
function timeLoad(input: unknown, label: string): number {
	const [result, load] = timed(() => loadTimeline(input, { file: FILE }));
	if (result.faults.length > 0 || !result.timeline) throw new Error(`${label}: ${result.faults.length} faults`);
	return load;
}

/** The schema check and EDTF resolution, each timed on its own. */
function timeChecks(input: unknown, label: string): { schema: number; edtf: number } {
	const [checked, schema] = timed(() => checkStructure(input, FILE));
	const document = checked.document;
	if (!document) throw new Error(`${label}: ${checked.faults[0]?.reason ?? 'not a document'}`);
	const [edtfFaults, edtf] = timed(() => resolveAll(document));
	if (edtfFaults > 0) throw new Error(`${label}: ${edtfFaults} dates do not resolve`);
	return { schema, edtf };
}

function measure(format: Format, count: number): Phases {
	const label = `${format} ${count}`;
	const json = documentJson(format, count);
	const [parsed, parse] = timed(() => JSON.parse(json) as unknown);
	let input = parsed;
	let convert: number | undefined;
	if (format === 'TimelineJS3') [input, convert] = timed(() => convertTimelineJs(parsed as TjsDocument, FILE));
	const load = timeLoad(input, label);
	const { schema, edtf } = timeChecks(input, label);
	const phases: Phases = {
		format,
		events: count,
		megabytes: Buffer.byteLength(json) / 1024 / 1024,
		parse,
		schema,
		edtf,
		rest: Math.max(0, load - schema - edtf),
		load,
		total: parse + (convert ?? 0) + load
	};
	if (convert !== undefined) phases.convert = convert;
	if (format === 'Chronoscope') phases.validate = validateWallTime(json);
	return phases;
}

const ms = (value: number | undefined) => (value === undefined ? '—' : formatInteger(Math.round(value)));

// A small run first, so that the figures are of compiled code rather than of the first calls' warm-up.
measure('Chronoscope', 1000);
measure('TimelineJS3', 1000);

const rows: Phases[] = [];
for (const count of SIZES) {
	for (const format of ['Chronoscope', 'TimelineJS3'] as const) {
		const phases = measure(format, count);
		rows.push(phases);
		console.error(`${format} ${count}: ${ms(phases.total)} ms`);
	}
}

console.log(
	'| document | events | JSON (MB) | JSON.parse | TimelineJS3 conversion | schema check | EDTF resolution | rest of loadTimeline | loadTimeline | total | npm run validate (wall) |'
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
	const cells = [
		row.format,
		formatInteger(row.events),
		row.megabytes.toFixed(1),
		ms(row.parse),
		ms(row.convert),
		ms(row.schema),
		ms(row.edtf),
		ms(row.rest),
		ms(row.load),
		ms(row.total),
		ms(row.validate)
	];
	console.log(`| ${cells.join(' | ')} |`);
}
console.log('\nMilliseconds, one run each, in Node. "rest of loadTimeline" is its total less the schema check and EDTF resolution timed on their own.');
