/**
 * Mutations of JSON documents for the fuzz tests. A document is held as the tree its text would be
 * (objects keep their entries in order and may repeat a key; a number may be written as text that no
 * JavaScript number prints, such as 1e999), so that what is fuzzed is the text a reader's file holds, and
 * the value a loader sees is JSON.parse of that text.
 */
import fc from 'fast-check';

export type JsonLeaf = null | boolean | number | string;
export type JsonNode = { type: 'leaf'; text: string } | { type: 'array'; items: JsonNode[] } | { type: 'object'; entries: [string, JsonNode][] };

export function nodeOf(value: unknown): JsonNode {
	if (Array.isArray(value)) return { type: 'array', items: value.map(nodeOf) };
	if (typeof value === 'object' && value !== null) return { type: 'object', entries: Object.entries(value).map(([key, item]) => [key, nodeOf(item)]) };
	return { type: 'leaf', text: JSON.stringify(value ?? null) };
}

export function textOf(node: JsonNode): string {
	if (node.type === 'leaf') return node.text;
	if (node.type === 'array') return `[${node.items.map(textOf).join(',')}]`;
	return `{${node.entries.map(([key, item]) => `${JSON.stringify(key)}:${textOf(item)}`).join(',')}}`;
}

/** Strings that have broken text handling elsewhere: control characters, lone surrogates, bidi overrides, markup. */
const HOSTILE_STRINGS = [
	'',
	' ',
	'\u0000',
	'\t\r\n\u000b\f',
	'\u0085\u2028\u2029',
	'\ud800',
	'\udfff',
	'a\ud83dz',
	'\u202egnp.exe',
	'\u202d\u202e\u2066\u2067\u2068\u2069',
	'\u200b\u200f\ufeff',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<a href="javascript:alert(1)">x</a>',
	'</p><p>',
	'<<<>>>',
	'&amp;&lt;&#0;&#x110000;&nosuch;',
	'javascript:alert(1)',
	'data:text/html,<b>x</b>',
	'__proto__',
	'constructor',
	'toString',
	'${x}%s%n{{x}}',
	'"\\\'`',
	'..',
	'/',
	'-',
	'X',
	'1979-12-24',
	'0000-00-00',
	'2024-02-30',
	'Y-99999999999999999999',
	'999999999999999999999',
	'1e999',
	'NaN',
	'Infinity',
	'-0'
];

/** Characters repeated into huge strings: ordinary text, markup, an override, a lone surrogate, digits, entities. */
const HUGE_UNITS = ['a', 'a ', '<', '<b>', '\u202e', '\ud800', '9', '&amp;', ' ', '-', 'X'];

/** A string made of UTF-16 code units, lone surrogates included. */
const codeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 40 });

export const hostileString: fc.Arbitrary<string> = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
	{ weight: 3, arbitrary: codeUnitString },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HUGE_UNITS), fc.integer({ min: 100, max: 5_000 })).map(([unit, count]) => unit.repeat(count)) },
	// About a megabyte, rarely: enough to show work that grows faster than the text.
	{
		weight: 1,
		arbitrary: fc.tuple(fc.constantFrom(...HUGE_UNITS), fc.integer({ min: 100_000, max: 1_000_000 })).map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)))
	}
);

/** Numbers at the edges, as JSON text: some parse to Infinity, -0 or an inexact integer; some are NaN-like strings. */
const EXTREME_NUMBERS = [
	'0',
	'-0',
	'1',
	'-1',
	'0.5',
	'1e999',
	'-1e999',
	'1e308',
	'-1e308',
	'5e-324',
	'1e21',
	'9007199254740993',
	'-9007199254740993',
	'8640000000000001',
	'271821',
	'-271821',
	'10000',
	'1E400',
	'"NaN"',
	'"Infinity"',
	'"-Infinity"',
	'"1e999"',
	'null'
];

export const extremeNumber: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...EXTREME_NUMBERS),
	fc.double().map((value) => JSON.stringify(value)),
	fc.integer().map(String)
);

/** Keys that reach the prototype when code copies them carelessly, and keys the documents use. */
const KEYS = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'id',
	'version',
	'events',
	'text',
	'textFile',
	'date',
	'edtf',
	'year',
	'start_date',
	'eras',
	'title',
	'lanes',
	'media',
	'url'
];

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...KEYS) },
	{ weight: 1, arbitrary: hostileString.filter((key) => key.length < 200) }
);

const anyJsonNode: fc.Arbitrary<JsonNode> = fc
	.jsonValue({ maxDepth: 3 })
	.map(nodeOf)
	.chain((node): fc.Arbitrary<JsonNode> =>
		node.type === 'object'
			? fc.tuple(hostileKey, fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => ({ ...node, entries: [...node.entries, [key, nodeOf(value)] as [string, JsonNode]] }))
			: fc.constant(node)
	);

/** Any JSON value as a node, sometimes with keys that reach the prototype, and now and then an object whose own __proto__ would pollute it if copied. */
export const jsonNode: fc.Arbitrary<JsonNode> = fc.oneof(
	{ weight: 9, arbitrary: anyJsonNode },
	{ weight: 1, arbitrary: fc.constant<JsonNode>({ type: 'object', entries: [['__proto__', nodeOf({ polluted: 'yes' })]] }) }
);

export type Mutation =
	| { kind: 'remove' }
	| { kind: 'retype'; node: JsonNode }
	| { kind: 'string'; value: string }
	| { kind: 'number'; text: string }
	/** An array's item repeated beside it, or an object's entry repeated under the same key or another. */
	| { kind: 'duplicate'; key?: string }
	| { kind: 'reorder'; seed: number }
	| { kind: 'empty' }
	| { kind: 'multiply'; times: number }
	| { kind: 'add'; key: string; node: JsonNode };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.constant({ kind: 'remove' as const }),
	jsonNode.map((node) => ({ kind: 'retype' as const, node })),
	{ weight: 3, arbitrary: hostileString.map((value) => ({ kind: 'string' as const, value })) },
	{ weight: 2, arbitrary: extremeNumber.map((text) => ({ kind: 'number' as const, text })) },
	fc.option(hostileKey, { nil: undefined }).map((key) => (key === undefined ? { kind: 'duplicate' as const } : { kind: 'duplicate' as const, key })),
	fc.nat().map((seed) => ({ kind: 'reorder' as const, seed })),
	fc.constant({ kind: 'empty' as const }),
	fc.integer({ min: 2, max: 40 }).map((times) => ({ kind: 'multiply' as const, times })),
	fc.tuple(hostileKey, jsonNode).map(([key, node]) => ({ kind: 'add' as const, key, node }))
);

/** A mutation and where it applies: `at` picks one of the document's nodes (root included), by position in a walk of the tree. */
export interface Step {
	at: number;
	mutation: Mutation;
}

export const steps = (maxLength = 4): fc.Arbitrary<Step[]> => fc.array(fc.record({ at: fc.nat(), mutation }), { minLength: 1, maxLength });

/** Keeps a multiplied array from growing past this many items, or its text past this many characters, so that one case stays small. */
const MAX_ITEMS = 2_000;
const MAX_CHARS = 2_000_000;

function childrenOf(node: JsonNode): JsonNode[] {
	return node.type === 'array' ? node.items : node.type === 'object' ? node.entries.map(([, item]) => item) : [];
}

/** How many nodes a tree holds (nodes are never changed, only replaced, so the count is kept). */
const sizes = new WeakMap<JsonNode, number>();
function sizeOf(node: JsonNode): number {
	let size = sizes.get(node);
	if (size === undefined) {
		size = childrenOf(node).reduce((sum, child) => sum + sizeOf(child), 1);
		sizes.set(node, size);
	}
	return size;
}

/** The path, as child positions from the root, of the `n`th node in a walk of the tree (the root is the 0th). */
function pathAt(root: JsonNode, n: number): number[] {
	const path: number[] = [];
	let node = root;
	let rest = n % sizeOf(root);
	while (rest > 0) {
		rest--;
		const children = childrenOf(node);
		let index = 0;
		while (rest >= sizeOf(children[index] as JsonNode)) rest -= sizeOf(children[index++] as JsonNode);
		path.push(index);
		node = children[index] as JsonNode;
	}
	return path;
}

function childOf(node: JsonNode, index: number): JsonNode {
	if (node.type === 'array') return node.items[index] as JsonNode;
	if (node.type === 'object') return (node.entries[index] as [string, JsonNode])[1];
	throw new Error('a leaf has no children');
}

/** A copy of `node` with the node at `path` replaced by what `change` makes of it (undefined: removed from its parent). */
function replaceAt(node: JsonNode, path: readonly number[], change: (target: JsonNode, parent?: JsonNode) => JsonNode | undefined, parent?: JsonNode): JsonNode | undefined {
	if (path.length === 0) return change(node, parent);
	const [index, ...rest] = path as [number, ...number[]];
	const changed = replaceAt(childOf(node, index), rest, change, node);
	if (node.type === 'array') {
		const items = [...node.items];
		if (changed === undefined) items.splice(index, 1);
		else items[index] = changed;
		return { type: 'array', items };
	}
	if (node.type === 'object') {
		const entries = [...node.entries];
		const key = (entries[index] as [string, JsonNode])[0];
		if (changed === undefined) entries.splice(index, 1);
		else entries[index] = [key, changed];
		return { type: 'object', entries };
	}
	return node;
}

/** The same items in an order the seed picks (a seeded Fisher-Yates shuffle). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	let state = seed >>> 0 || 1;
	for (let i = out.length - 1; i > 0; i--) {
		state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

function applyToTarget(target: JsonNode, mutation: Mutation): JsonNode | undefined {
	switch (mutation.kind) {
		case 'remove':
			return undefined;
		case 'retype':
			return mutation.node;
		case 'string':
			return { type: 'leaf', text: JSON.stringify(mutation.value) };
		case 'number':
			return { type: 'leaf', text: mutation.text };
		case 'reorder':
			if (target.type === 'array') return { type: 'array', items: shuffled(target.items, mutation.seed) };
			if (target.type === 'object') return { type: 'object', entries: shuffled(target.entries, mutation.seed) };
			return target;
		case 'empty':
			return target.type === 'array' ? { type: 'array', items: [] } : target.type === 'object' ? { type: 'object', entries: [] } : { type: 'leaf', text: '""' };
		case 'multiply': {
			if (target.type !== 'array' || target.items.length === 0) return target;
			const times = Math.max(1, Math.min(mutation.times, Math.floor(MAX_ITEMS / target.items.length), Math.floor(MAX_CHARS / textOf(target).length)));
			return { type: 'array', items: Array.from({ length: times }, () => target.items).flat() };
		}
		case 'add':
			return target.type === 'object' ? { type: 'object', entries: [...target.entries, [mutation.key, mutation.node]] } : target;
		case 'duplicate':
			return target;
	}
}

/** Applies one step to a document. A duplicate works on the target's parent, which holds the copy. */
export function applyStep(root: JsonNode, step: Step): JsonNode {
	const path = pathAt(root, step.at);
	const { mutation } = step;
	if (mutation.kind === 'duplicate') {
		if (path.length === 0) return root;
		const index = path.at(-1) as number;
		return (
			replaceAt(root, path.slice(0, -1), (parent) => {
				if (parent.type === 'array') return { type: 'array', items: [...parent.items.slice(0, index + 1), ...parent.items.slice(index)] };
				if (parent.type !== 'object') return parent;
				const [key, item] = parent.entries[index] as [string, JsonNode];
				return { type: 'object', entries: [...parent.entries, [mutation.key ?? key, item]] };
			}) ?? root
		);
	}
	return replaceAt(root, path, (target) => applyToTarget(target, mutation)) ?? { type: 'leaf', text: 'null' };
}

export function applySteps(root: JsonNode, all: readonly Step[]): JsonNode {
	return all.reduce(applyStep, root);
}

/** A mutation of a sheet (rows of cells, the header first), or of its CSV text once written. */
export type SheetMutation =
	| { kind: 'cell'; row: number; column: number; value: string }
	| { kind: 'remove-column' | 'duplicate-column'; column: number }
	| { kind: 'reorder-columns' | 'reorder-rows'; seed: number }
	| { kind: 'remove-row' | 'duplicate-row'; row: number }
	| { kind: 'multiply-rows'; times: number }
	| { kind: 'text'; at: number; insert: string };

const cellValue = fc.oneof(
	hostileString,
	extremeNumber,
	fc.constantFrom('title', 'era', 'Year', 'Headline', '1969', '7', '20', '8:17 PM', '25:00', '-4,510,000,000', '"', '""', ',', ';', '\t', '\n')
);

export const sheetMutation: fc.Arbitrary<SheetMutation> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant('cell' as const), row: fc.nat(), column: fc.nat(), value: cellValue }) },
	fc.record({ kind: fc.constantFrom('remove-column' as const, 'duplicate-column' as const), column: fc.nat() }),
	fc.record({ kind: fc.constantFrom('reorder-columns' as const, 'reorder-rows' as const), seed: fc.nat() }),
	fc.record({ kind: fc.constantFrom('remove-row' as const, 'duplicate-row' as const), row: fc.nat() }),
	fc.record({ kind: fc.constant('multiply-rows' as const), times: fc.integer({ min: 2, max: 40 }) }),
	fc.record({ kind: fc.constant('text' as const), at: fc.nat(), insert: fc.constantFrom('"', '""', ',', ';', '\n', '\r\n', '\r', '\u0000', '\ufeff', '\u2028') })
);

/** Applies the row and column mutations to the rows and writes them as CSV with `write`, then the text mutations. */
export function mutateSheet(rows: readonly string[][], mutations: readonly SheetMutation[], write: (rows: string[][]) => string): string {
	let sheet = rows.map((row) => [...row]);
	const width = () => Math.max(1, ...sheet.map((row) => row.length));
	for (const change of mutations) {
		if (sheet.length === 0) break;
		switch (change.kind) {
			case 'cell': {
				const row = sheet[change.row % sheet.length] as string[];
				const column = change.column % width();
				// A short row is padded with empty cells, not left with holes.
				while (row.length < column) row.push('');
				row[column] = change.value;
				break;
			}
			case 'remove-column':
				sheet = sheet.map((row) => row.filter((_, index) => index !== change.column % width()));
				break;
			case 'duplicate-column':
				sheet = sheet.map((row) => [...row, row[change.column % width()] ?? '']);
				break;
			case 'reorder-columns': {
				const order = shuffled([...Array(width()).keys()], change.seed);
				sheet = sheet.map((row) => order.map((index) => row[index] ?? ''));
				break;
			}
			case 'reorder-rows':
				sheet = shuffled(sheet, change.seed);
				break;
			case 'remove-row':
				sheet.splice(change.row % sheet.length, 1);
				break;
			case 'duplicate-row':
				sheet.splice(change.row % sheet.length, 0, [...(sheet[change.row % sheet.length] as string[])]);
				break;
			case 'multiply-rows': {
				const chars = sheet.reduce((sum, row) => sum + row.reduce((cells, cell) => cells + cell.length + 1, 0), 0);
				const times = Math.max(1, Math.min(change.times, Math.floor(MAX_ITEMS / sheet.length), Math.floor(MAX_CHARS / chars)));
				sheet = [sheet[0] as string[], ...Array.from({ length: times }, () => sheet.slice(1)).flat()];
				break;
			}
			case 'text':
				break;
		}
	}
	let text = write(sheet);
	for (const change of mutations) {
		if (change.kind !== 'text') continue;
		const at = change.at % (text.length + 1);
		text = text.slice(0, at) + change.insert + text.slice(at);
	}
	return text;
}
