/**
 * npm run --silent extract -- <article.txt> --published <YYYY-MM-DD>
 * Prints one JSON document: { published, expressions: [{ start, end, text, type, value, edtf?, mod? }] },
 * offsets in UTF-16 code units into the file's text as read (UTF-8, a byte-order mark removed, line
 * endings kept). Nothing else goes to stdout; a missing file, an unreadable date or an empty text exits 1
 * with one line on stderr saying which.
 */
import { readFileSync } from 'node:fs';
import { extractTemporalExpressions, ExtractionError } from '../src/lib/model/extract';

const USAGE = 'usage: npm run --silent extract -- <article.txt> --published <YYYY-MM-DD>';

function fail(message: string): never {
	process.stderr.write(`extract: ${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
const at = args.indexOf('--published');
const published = at >= 0 ? args[at + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (files.length !== 1) fail(files.length ? `one article at a time, not ${files.length} (${USAGE})` : `no article given (${USAGE})`);
if (published === undefined) fail(`no publication date given (${USAGE})`);
const file = files[0]!;

let text: string;
try {
	text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	fail(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, not a text file` : `${file}: cannot be read (${code ?? String(error)})`);
}
if (text.trim() === '') fail(`${file}: the text is empty`);

try {
	const result = extractTemporalExpressions(text, published);
	const expressions = result.expressions.map(({ start, end, text, type, value, edtf, mod }) => ({
		start,
		end,
		text,
		type,
		value,
		...(edtf ? { edtf } : {}),
		...(mod ? { mod } : {})
	}));
	process.stdout.write(`${JSON.stringify({ published: result.published, expressions }, null, 2)}\n`);
} catch (error) {
	if (error instanceof ExtractionError) fail(`--published: ${error.message}`);
	throw error;
}
