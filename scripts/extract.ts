/**
 * npm run --silent extract -- <article.txt> --published <YYYY-MM-DD>
 * Prints one JSON document: { published, expressions: [{ start, end, text, type, value, edtf?, mod? }] },
 * offsets in UTF-16 code units into the file's text as read (UTF-8, a byte-order mark removed, line
 * endings kept). Nothing else goes to stdout; a missing file, an unreadable date or an empty text exits 1
 * with one line on stderr saying which.
 */
import { extractTemporalExpressions, ExtractionError } from '../src/lib/model/extract/extract';
import { readArticle } from './read-article';

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

const text = readArticle(file, fail);

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
