/**
 * Documents loaded by URL: the size limit holds whether or not the server states a Content-Length, and
 * each way of failing becomes a fault that names the URL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRemoteTimeline } from '../../src/lib/workers/load-remote-timeline';
import { MAX_DOCUMENT_BYTES } from '../../src/lib/model/read/parse-document';
import { seedDocument, seedText } from '../unit/helpers';

const BASE = 'https://example.org/report/';

/** A body streamed in 1 MB chunks with no Content-Length, counting how many chunks the reader pulled. */
function streamedBody(totalBytes: number) {
	const chunk = new Uint8Array(1024 * 1024).fill(0x20);
	let sent = 0;
	const pulled = { chunks: 0, cancelled: false };
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent >= totalBytes) return controller.close();
			pulled.chunks++;
			sent += chunk.byteLength;
			controller.enqueue(chunk);
		},
		cancel() {
			pulled.cancelled = true;
		}
	});
	return { response: new Response(stream, { status: 200 }), pulled };
}

afterEach(() => vi.unstubAllGlobals());

describe('loadRemoteTimeline', () => {
	it('stops reading a body with no Content-Length once it passes the limit', async () => {
		const { response, pulled } = streamedBody(400 * 1024 * 1024);
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => response)
		);
		const { faults } = await loadRemoteTimeline('big.json', BASE);
		expect(faults).toEqual([{ file: `${BASE}big.json`, path: '$', reason: 'is over the 200.0 MB limit' }]);
		expect(pulled.chunks).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES / (1024 * 1024) + 2);
		expect(pulled.cancelled).toBe(true);
	});

	it('refuses a stated Content-Length over the limit without reading the body', async () => {
		const { response, pulled } = streamedBody(210 * 1024 * 1024);
		response.headers.set('content-length', String(210 * 1024 * 1024));
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => response)
		);
		const { faults } = await loadRemoteTimeline('https://elsewhere.example/t.json', BASE);
		expect(faults?.[0]).toMatchObject({ file: 'https://elsewhere.example/t.json', reason: 'is 210.0 MB, over the 200.0 MB limit' });
		expect(pulled.chunks).toBeLessThanOrEqual(1);
	});

	it('reads a streamed document under the limit whole, multi-byte characters split across chunks included', async () => {
		const text = JSON.stringify({ version: 1, id: 'x', note: 'Zürich – “quoted”' });
		const bytes = new TextEncoder().encode(text);
		const split = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ü"
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes.slice(0, split));
				controller.enqueue(bytes.slice(split));
				controller.close();
			}
		});
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response(stream))
		);
		const { faults } = await loadRemoteTimeline('t.json', BASE);
		// It parsed as JSON (a decoding error would say "is not JSON"); the faults are the schema's.
		expect(faults?.length).toBeGreaterThan(0);
		expect(faults?.every((fault) => !/not JSON/.test(fault.reason))).toBe(true);
		expect(faults?.some((fault) => fault.path === '$.article')).toBe(true);
	});

	it('names the URL and the reason when the fetch fails or the server refuses', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			})
		);
		expect((await loadRemoteTimeline('t.json', BASE)).faults?.[0]?.reason).toMatch(/could not be fetched \(Failed to fetch\).*CORS/);
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('no', { status: 403, statusText: 'Forbidden' }))
		);
		expect((await loadRemoteTimeline('t.json', BASE)).faults?.[0]).toMatchObject({ file: `${BASE}t.json`, reason: 'could not be fetched: the server answered 403 Forbidden' });
		expect((await loadRemoteTimeline('file:///etc/passwd', BASE)).faults?.[0]?.reason).toBe('must be an http(s) URL');
	});

	describe('files as editors save them', () => {
		const utf8 = (text: string) => new TextEncoder().encode(text);
		const BOM = [0xef, 0xbb, 0xbf];
		/** Serves `files` by URL, recording every URL asked for. */
		function serve(files: Record<string, Uint8Array<ArrayBuffer>>) {
			const asked: string[] = [];
			vi.stubGlobal(
				'fetch',
				vi.fn(async (url: URL) => {
					asked.push(url.href);
					const body = files[url.href];
					return body ? new Response(body) : new Response('missing', { status: 404, statusText: 'Not Found' });
				})
			);
			return asked;
		}

		it('loads a document and a text that each begin with a byte-order mark, the text with CRLF line endings', async () => {
			serve({
				[`${BASE}t.json`]: new Uint8Array([...BOM, ...utf8(JSON.stringify(seedDocument()))]),
				[`${BASE}article.txt`]: new Uint8Array([...BOM, ...utf8(seedText().replace(/\n/g, '\r\n'))])
			});
			const { faults, timeline } = await loadRemoteTimeline('t.json', BASE);
			expect(faults).toEqual([]);
			expect(timeline?.articles[0]?.text).toBe(seedText());
		});

		it('parses a document that names its text once, not again when the text has come', async () => {
			const body = JSON.stringify(seedDocument());
			serve({ [`${BASE}t.json`]: utf8(body), [`${BASE}article.txt`]: utf8(seedText()) });
			const parse = vi.spyOn(JSON, 'parse');
			try {
				const { faults, timeline } = await loadRemoteTimeline('t.json', BASE);
				expect(faults).toEqual([]);
				expect(timeline?.events.length).toBe(seedDocument().events.length);
				expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
			} finally {
				parse.mockRestore();
			}
		});

		it('names a document that is not UTF-8 as such, not as a schema fault', async () => {
			serve({ [`${BASE}t.json`]: new Uint8Array([...utf8('{"version": 1, "id": "caf'), 0xe9, ...utf8('"}')]) });
			expect((await loadRemoteTimeline('t.json', BASE)).faults).toEqual([
				{ file: `${BASE}t.json`, path: '$', reason: expect.stringMatching(/^is not UTF-8 text: it has the byte 0xE9 at offset 25 \(line 1\).*save it as UTF-8/) }
			]);
		});

		it('names an article text that is not UTF-8 at $.article.textFile', async () => {
			serve({
				[`${BASE}t.json`]: utf8(JSON.stringify(seedDocument())),
				[`${BASE}article.txt`]: new Uint8Array([0x93, ...utf8('quoted'), 0x94])
			});
			expect((await loadRemoteTimeline('t.json', BASE)).faults).toEqual([
				{ file: `${BASE}t.json`, path: '$.article.textFile', reason: expect.stringMatching(/^"article.txt" is not UTF-8 text: it has the byte 0x93 at offset 0/) }
			]);
		});

		it.each(['https://evil.example/article.txt', '//evil.example/article.txt', '../../etc/passwd', '%2e%2e/article.txt'])(
			'fetches no textFile %s, which is not a file beside the document',
			async (textFile) => {
				const doc = seedDocument();
				(doc.article as { textFile: string }).textFile = textFile;
				const asked = serve({ [`${BASE}t.json`]: utf8(JSON.stringify(doc)) });
				const { faults } = await loadRemoteTimeline('t.json', BASE);
				expect(asked).toEqual([`${BASE}t.json`]);
				expect(faults).toEqual([{ file: `${BASE}t.json`, path: '$.article.textFile', reason: 'must be a .txt file name beside the document, not a path or URL' }]);
			}
		);
	});
});
