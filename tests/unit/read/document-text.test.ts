/**
 * Files as editors save them: UTF-8 with or without a byte-order mark, anything else named as not UTF-8;
 * CRLF and CR line endings read as LF; JSON that fails for its depth named for it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, firstInvalidUtf8, jsonDepth, MAX_JSON_DEPTH, nestsDeeperThan, parseJson } from '../../../src/lib/model/read/document-text';
import { normaliseLineEndings } from '../../../src/lib/model/text/line-endings';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeUtf8', () => {
	it('reads UTF-8, and drops the byte-order mark a Windows editor writes', () => {
		expect(decodeUtf8(utf8('Kabul — “now”'))).toEqual({ text: 'Kabul — “now”' });
		expect(decodeUtf8(new Uint8Array([...BOM, ...utf8('{"a": 1}')]))).toEqual({ text: '{"a": 1}' });
	});

	it('names a Windows-1252 file as not UTF-8, with the offset and line of its first bad byte', () => {
		// "café" in Windows-1252 on the second line: é is the single byte 0xE9.
		const bytes = new Uint8Array([...utf8('line one\nthe caf'), 0xe9, ...utf8(' opened')]);
		expect(decodeUtf8(bytes)).toEqual({
			reason: 'is not UTF-8 text: it has the byte 0xE9 at offset 16 (line 2), which UTF-8 does not allow; save it as UTF-8 (it may be Windows-1252 or Latin-1)'
		});
	});

	it('names UTF-16 by its byte-order mark', () => {
		for (const mark of [
			[0xff, 0xfe],
			[0xfe, 0xff]
		]) {
			expect(decodeUtf8(new Uint8Array([...mark, 0x7b, 0, 0x7d, 0]))).toEqual({ reason: 'is UTF-16 text, not UTF-8: save it as UTF-8' });
		}
	});

	it('names a file cut off inside a character', () => {
		const bytes = utf8('naïve').slice(0, 3);
		expect(decodeUtf8(bytes)).toMatchObject({ reason: expect.stringMatching(/^is not UTF-8 text: it has the byte 0xC3 at offset 2 \(line 1\)/) });
	});

	it('finds the first invalid byte where the decoder fails, and none where it succeeds', () => {
		const fatal = new TextDecoder('utf-8', { fatal: true });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
				let valid = true;
				try {
					fatal.decode(bytes);
				} catch {
					valid = false;
				}
				const at = firstInvalidUtf8(bytes);
				expect(at === -1).toBe(valid);
				if (!valid) {
					// Everything before it decodes; the sequence it starts does not.
					expect(() => fatal.decode(bytes.slice(0, at))).not.toThrow();
					expect(() => fatal.decode(bytes.slice(0, Math.min(bytes.length, at + 4)))).toThrow();
				}
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('normaliseLineEndings', () => {
	it('makes CRLF and lone CR into LF, and leaves LF alone', () => {
		expect(normaliseLineEndings('a\r\nb\rc\nd\r\n\r\n')).toBe('a\nb\nc\nd\n\n');
		const lf = 'no carriage returns\n';
		expect(normaliseLineEndings(lf)).toBe(lf);
	});
});

describe('parseJson', () => {
	it('parses JSON after a byte-order mark the decoder did not see', () => {
		expect(parseJson('\uFEFF{"version": 1}')).toEqual({ json: { version: 1 } });
	});

	it('gives the line and column of a syntax error', () => {
		expect(parseJson('{\n  "a": 1\n  "b": 2\n}', 'is not valid JSON')).toEqual({ reason: expect.stringMatching(/^is not valid JSON \(.*line 3 column 3\)\)$/) });
	});

	it('names the depth when JSON that nests too deeply fails', () => {
		const deep = `${'['.repeat(MAX_JSON_DEPTH + 5)}1,`;
		expect(parseJson(deep)).toEqual({
			reason: `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, too deep for this browser's JSON parser; no timeline nests so deep`
		});
	});

	it('parses JSON nested 100,000 levels deep, which V8 takes', () => {
		const result = parseJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
		expect('json' in result).toBe(true);
	});
});

describe('jsonDepth and nestsDeeperThan', () => {
	it('count nesting the same way, skipping brackets in strings', () => {
		const samples = ['1', '[]', '{"a":[{"b":"[[[{"}]}', '[[],[[["\\"]"]]]]', '{"a":{"b":{"c":[1,2,[3]]}}}'];
		for (const sample of samples) {
			const depth = jsonDepth(sample);
			expect(nestsDeeperThan(JSON.parse(sample), depth)).toBe(false);
			if (depth > 0) expect(nestsDeeperThan(JSON.parse(sample), depth - 1)).toBe(true);
		}
		expect(jsonDepth('{"a":[{"b":"[[[{"}]}')).toBe(3);
	});

	it('agree on any JSON value', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
				const depth = jsonDepth(JSON.stringify(value));
				expect(nestsDeeperThan(value, depth)).toBe(false);
				if (depth > 0) expect(nestsDeeperThan(value, depth - 1)).toBe(true);
			})
		);
	});

	it('walk a value 100,000 levels deep without running out of stack', () => {
		const deep = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
		expect(nestsDeeperThan(deep, MAX_JSON_DEPTH)).toBe(true);
	});
});
