/**
 * The bytes of a file as every reader of documents takes them (npm run validate, the build, `?src=`, the
 * editor's Open): UTF-8 with or without a byte-order mark, anything else refused by name; JSON parsed with
 * its nesting bounded; an article text with its line endings made LF. Each refusal is a reason a person
 * can act on, for the caller to put in a Fault or a message.
 */

export type Decoded = { text: string } | { reason: string };

/**
 * The depth beyond which JSON that fails to parse is said to nest too deeply. A timeline nests about six
 * levels and a TimelineJS3 document about five.
 */
export const MAX_JSON_DEPTH = 1000;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Where the bytes stop being UTF-8: the offset of the first byte that does not start a whole UTF-8 character, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	const length = bytes.length;
	let i = 0;
	while (i < length) {
		const lead = bytes[i] as number;
		if (lead < 0x80) {
			i++;
			continue;
		}
		let continuations: number;
		let low = 0x80;
		let high = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
		else if (lead >= 0xe0 && lead <= 0xef) {
			continuations = 2;
			if (lead === 0xe0) low = 0xa0;
			if (lead === 0xed) high = 0x9f;
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			continuations = 3;
			if (lead === 0xf0) low = 0x90;
			if (lead === 0xf4) high = 0x8f;
		} else return i;
		for (let k = 1; k <= continuations; k++) {
			const next = bytes[i + k];
			if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
		}
		i += continuations + 1;
	}
	return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * A file's text, decoded as UTF-8 with any byte-order mark removed (Windows editors write one), or why
 * it is not UTF-8: UTF-16 by its mark, or the first byte that is not UTF-8, by offset and line.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { reason: 'is UTF-16 text, not UTF-8: save it as UTF-8' };
	}
	try {
		// The decoder drops a leading byte-order mark by itself.
		return { text: UTF8.decode(bytes) };
	} catch {
		const at = Math.max(firstInvalidUtf8(bytes), 0);
		const byte = bytes[at];
		const what = byte === undefined ? 'ends inside a character' : `has the byte ${hex(byte)} at offset ${at} (line ${lineAt(bytes, at)})`;
		return { reason: `is not UTF-8 text: it ${what}, which UTF-8 does not allow; save it as UTF-8 (it may be Windows-1252 or Latin-1)` };
	}
}

/** How deep the JSON text nests (arrays and objects), counted without parsing it; strings are skipped. */
export function jsonDepth(body: string, stopAt = Infinity): number {
	let depth = 0;
	let deepest = 0;
	const length = body.length;
	for (let i = 0; i < length; i++) {
		const code = body.charCodeAt(i);
		if (code === 0x22) {
			// A string: to its closing quote, over escapes.
			for (i++; i < length; i++) {
				const inner = body.charCodeAt(i);
				if (inner === 0x5c) i++;
				else if (inner === 0x22) break;
			}
		} else if (code === 0x5b || code === 0x7b) {
			if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
		} else if (code === 0x5d || code === 0x7d) depth--;
	}
	return deepest;
}

/** The parser's message, with the line and column of its position when it gives only the offset. */
function withLineAndColumn(message: string, body: string): string {
	const position = /at position (\d+)/.exec(message);
	if (!position || /line \d+/i.test(message)) return message;
	const before = body.slice(0, Number(position[1])).split('\n');
	return `${message} (line ${before.length} column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * JSON text parsed, or why it is not JSON: the parser's message (with line and column where it gives only
 * an offset), or the depth, where the parser ran out of stack on it. A leading byte-order mark is skipped.
 * `notJson` is how the caller words the first ("is not JSON").
 */
export function parseJson(text: string, notJson = 'is not JSON'): { json: unknown } | { reason: string } {
	// A byte-order mark the decoder did not see (text handed over as a string) is no fault of the JSON.
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	try {
		return { json: JSON.parse(body) };
	} catch (error) {
		// Counted only on failure: V8's parser takes any depth, and the walks after it (the schema, the
		// converter) follow only the fields a timeline has, so deep input elsewhere is an unknown field.
		const depth = jsonDepth(body, MAX_JSON_DEPTH);
		if (depth > MAX_JSON_DEPTH)
			return { reason: `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, too deep for this browser's JSON parser; no timeline nests so deep` };
		return { reason: `${notJson} (${withLineAndColumn((error as Error).message, body)})` };
	}
}

/** Whether a parsed JSON value nests arrays and objects more than `limit` levels deep, found without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
	const pending: [unknown, number][] = [[value, 0]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [item, depth] = next;
		if (typeof item !== 'object' || item === null) continue;
		if (depth >= limit) return true;
		for (const child of Array.isArray(item) ? item : Object.values(item)) {
			if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
		}
	}
	return false;
}
