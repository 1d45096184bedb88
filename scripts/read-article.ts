/**
 * An article's text as the command-line tools read it: UTF-8, a byte-order mark removed, line endings
 * kept (offsets count into this text). A missing, unreadable, empty or not UTF-8 file is one line for the
 * caller's `fail`.
 */
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../src/lib/model/read/document-text';

export function readArticle(file: string, fail: (message: string) => never): string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, not a text file` : `${file}: cannot be read (${code ?? String(error)})`);
	}
	const decoded = decodeUtf8(bytes);
	if ('reason' in decoded) fail(`${file}: ${decoded.reason}`);
	if (decoded.text.trim() === '') fail(`${file}: the text is empty`);
	return decoded.text;
}
