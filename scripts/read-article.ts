/**
 * An article's text as the command-line tools read it: UTF-8, a byte-order mark removed, line endings
 * kept (offsets count into this text). A missing, unreadable or empty file is one line for the caller's
 * `fail`.
 */
import { readFileSync } from 'node:fs';

export function readArticle(file: string, fail: (message: string) => never): string {
	let text: string;
	try {
		text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, not a text file` : `${file}: cannot be read (${code ?? String(error)})`);
	}
	if (text.trim() === '') fail(`${file}: the text is empty`);
	return text;
}
