/**
 * Loads a timeline document from a URL at run time (`?src=`), and its article text where the document
 * names a text file beside it. Network failures become faults like any other, shown on the page. Runs in
 * the loading worker (timeline-worker.ts); `onProgress` hears how far it has got.
 */
import { MAX_DOCUMENT_BYTES, readDocument, tooLargeReason, type LoadReport as Report, type FileBytes, type ParsedDocument } from '$lib/model/read/parse-document';

async function fetchBytes(url: URL, report: Report): Promise<FileBytes> {
	let response: Response;
	try {
		response = await fetch(url, { credentials: 'omit' });
	} catch (error) {
		// A browser tells a page nothing more: a server that is down and one that sends no CORS header look alike.
		return {
			reason: `could not be fetched (${(error as Error).message}); the server may be down, or may not let other sites read it (CORS): it must send the header "Access-Control-Allow-Origin: *" (or this site's origin)`
		};
	}
	if (!response.ok) return { reason: `could not be fetched: the server answered ${response.status} ${response.statusText}`.trim() };
	const length = Number(response.headers.get('content-length'));
	if (length > MAX_DOCUMENT_BYTES) return { reason: tooLargeReason(length) };
	// A compressed body's Content-Length counts the compressed bytes, not the ones read here.
	const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
	return readCapped(response, length > 0 && !encoded ? length : undefined, report);
}

/** Reads a body but stops at the size limit: a server that sends no (or a false) Content-Length can't make the page swallow an unbounded body. */
async function readCapped(response: Response, total: number | undefined, report: Report): Promise<FileBytes> {
	if (!response.body) return { bytes: new Uint8Array(await response.arrayBuffer()) };
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let received = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		received += value.byteLength;
		if (received > MAX_DOCUMENT_BYTES) {
			void reader.cancel();
			return { reason: tooLargeReason() };
		}
		chunks.push(value);
		report({ phase: 'reading', done: received, ...(total !== undefined && total >= received ? { total } : {}) });
	}
	// Joined, to be decoded once, whole: a character split between two chunks needs no care, and one pass is the quickest.
	const bytes = new Uint8Array(received);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return { bytes };
}

export async function loadRemoteTimeline(src: string, base: string, report: Report = () => {}): Promise<ParsedDocument> {
	let url: URL;
	try {
		url = new URL(src, base);
	} catch {
		return { faults: [{ file: src, path: '$', reason: 'is not a URL' }] };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { faults: [{ file: src, path: '$', reason: 'must be an http(s) URL' }] };
	const file = url.href;
	const fetched = await fetchBytes(url, report);
	if ('reason' in fetched) return { faults: [{ file, path: '$', reason: fetched.reason }] };
	const read = readDocument(fetched.bytes, file, report);
	if (!('withTexts' in read)) return read;
	// Plain file names (readDocument asks for no other), so always neighbours of the document on its own host.
	// One text's reading is reported as the document's was; many at once would report over each other.
	const reportText = read.textFiles.length === 1 ? report : () => {};
	const texts = await Promise.all(read.textFiles.map(async (name) => [name, await fetchBytes(new URL(name, url), reportText)] as const));
	return read.withTexts(new Map(texts));
}
