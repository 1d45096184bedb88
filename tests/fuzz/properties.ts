/**
 * What every fuzz test asks of a loader's answer, and how many cases it runs. FUZZ_RUNS sets the cases
 * per property (a few hundred in `npm test`, many more in `npm run fuzz`); FUZZ_SEED and FUZZ_PATH, both
 * printed by fast-check with a failure, replay one, with the same FUZZ_RUNS and `-t` naming its test
 * (each test runs one property). With FUZZ_REPORT set, each target's slowest case
 * is printed at the end, so that work growing faster than the input shows even when nothing fails.
 */
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import type { Fault } from '../../src/lib/model/document/faults';

const runs = Number(process.env.FUZZ_RUNS ?? 200);

export function fuzzOptions<T>(scale = 1): fc.Parameters<T> {
	const options: fc.Parameters<T> = { numRuns: Math.max(1, Math.round(runs * scale)) };
	if (process.env.FUZZ_SEED !== undefined) options.seed = Number(process.env.FUZZ_SEED);
	if (process.env.FUZZ_PATH !== undefined) options.path = process.env.FUZZ_PATH;
	return options;
}

/** Long enough for the `npm run fuzz` run of a property (Vitest's own default is five seconds). */
export const FUZZ_TIMEOUT = Number(process.env.FUZZ_TIMEOUT ?? 60_000);

interface Slowest {
	ms: number;
	cases: number;
	totalMs: number;
	input: string;
}
const slowest = new Map<string, Slowest>();

/** Runs one case of `target`, noting its time and, for the slowest, a short description of its input. */
export function timed<R>(target: string, describeInput: () => string, run: () => R): R {
	const start = performance.now();
	try {
		return run();
	} finally {
		const ms = performance.now() - start;
		const record = slowest.get(target) ?? { ms: -1, cases: 0, totalMs: 0, input: '' };
		record.cases++;
		record.totalMs += ms;
		if (ms > record.ms) {
			record.ms = ms;
			record.input = describeInput();
		}
		slowest.set(target, record);
	}
}

if (process.env.FUZZ_REPORT) {
	afterAll(() => {
		for (const [target, { ms, cases, totalMs, input }] of slowest) {
			console.log(`fuzz ${target}: ${cases} cases, ${(totalMs / 1000).toFixed(1)} s, slowest ${ms.toFixed(1)} ms (${input})`);
		}
	});
}

/** A short, printable account of a case's input, for the slowest-case report. */
export function describeText(text: string): string {
	const longest = Math.max(0, ...(text.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((quoted) => quoted.length));
	return `${text.length} chars, longest string ${longest}: ${JSON.stringify(text.slice(0, 80))}`;
}

/** `$`, then `.name`, `[3]` or `["any key"]` (the key as a JSON string), as loadTimeline writes them. */
const JSON_PATH = /^\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;
const EVENT_PATH = /^\$\.events\[\d+\]/;

/** Words that mean a value was printed without being read, unless the input itself holds them. */
const UNREAD = ['undefined', '[object Object]', 'NaN'];

/** Whether any string or key in a value (or text) contains `word`. */
export function mentions(input: unknown, word: string, seen = new Set<unknown>()): boolean {
	if (typeof input === 'string') return input.includes(word);
	if (typeof input !== 'object' || input === null || seen.has(input)) return false;
	seen.add(input);
	for (const key of Reflect.ownKeys(input)) {
		if (typeof key === 'string' && key.includes(word)) return true;
		const descriptor = Object.getOwnPropertyDescriptor(input, key);
		if (descriptor && 'value' in descriptor && mentions(descriptor.value, word, seen)) return true;
	}
	if (input instanceof Map || input instanceof Set) {
		for (const item of input instanceof Map ? [...input.keys(), ...input.values()] : input) if (mentions(item, word, seen)) return true;
	}
	return false;
}

/** Every fault names its file, a well-formed JSON path (and, inside an event, the event) and a reason that reads the input. */
export function expectWellFormedFaults(faults: readonly Fault[], file: string, input: unknown): void {
	const unread = UNREAD.filter((word) => !mentions(input, word));
	for (const fault of faults) {
		expect(fault.file, JSON.stringify(fault)).toBe(file);
		expect(fault.path, JSON.stringify(fault)).toMatch(JSON_PATH);
		expect(typeof fault.reason === 'string' && fault.reason.trim() !== '', JSON.stringify(fault)).toBe(true);
		for (const word of unread) expect(fault.reason, JSON.stringify(fault)).not.toContain(word);
		if (EVENT_PATH.test(fault.path)) expect(typeof fault.eventId === 'string' && fault.eventId !== '', `${JSON.stringify(fault)} names no event`).toBe(true);
	}
}

/** A loader's answer: a timeline and no faults, or no timeline and at least one fault. */
export function expectTimelineOrFaults(result: { timeline?: unknown; faults: readonly Fault[] }): void {
	if (result.timeline) expect(result.faults).toEqual([]);
	else expect(result.faults.length, 'no timeline and no fault').toBeGreaterThan(0);
}

/** The multiset of ids, sorted, of a list of events (anything without a string id counts as its position). */
export function idsOf(events: unknown): string[] {
	if (!Array.isArray(events)) return [];
	return events.map((event: unknown, index) => String((event as { id?: unknown } | null)?.id ?? `#${index}`)).sort();
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).length);

/** Nothing the case did reached the shared prototypes (a key such as __proto__ copied onto an object). */
export function expectNoPollution(): void {
	expect(PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).length)).toEqual(before);
	expect(Object.getPrototypeOf(Object.prototype)).toBe(null);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
