/**
 * npm run --silent history -- <articles.jsonl> --dates L --sentences K [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *   [--keywords word,word]
 * Reads one article a line ({"id", "published", "title"?, "url"?, "text"}) and prints one JSON document,
 * {"timeline": [["YYYY-MM-DD", ["sentence", …]], …]}: at most L days in time order, each with at most K
 * sentences taken verbatim from the articles, only days within --from and --to (inclusive). Nothing else
 * goes to stdout; a bad line or option exits 1 with one line on stderr naming the file and line.
 */
import { parseArgs } from 'node:util';
import { parseDay } from '../src/lib/model/extract/calendar';
import { readArticles } from '../src/lib/model/history/articles';
import { draftHistory } from '../src/lib/model/history/history';
import { timelineSummary, type SummaryOptions } from '../src/lib/model/history/summary';
import { readArticle } from './read-article';

const USAGE = 'usage: npm run --silent history -- <articles.jsonl> --dates L --sentences K [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--keywords word,word]';

function fail(message: string): never {
	process.stderr.write(`history: ${message}\n`);
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { dates: { type: 'string' }, sentences: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, keywords: { type: 'string' } }
	});
} catch (error) {
	fail(`${(error as Error).message.split(/\.\s/)[0]} (${USAGE})`);
}
const { values, positionals } = parsed;

function count(option: 'dates' | 'sentences'): number {
	const value = values[option];
	if (value === undefined) fail(`--${option} is required (${USAGE})`);
	if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--${option} must be a whole number of at least 1, not "${value}"`);
	return Number(value);
}

function day(option: 'from' | 'to'): string | undefined {
	const value = values[option];
	if (value !== undefined && !parseDay(value)) fail(`--${option} must be a day, YYYY-MM-DD, not "${value}"`);
	return value;
}

if (positionals.length !== 1) fail(positionals.length ? `one file of articles, not ${positionals.length} (${USAGE})` : `no file of articles given (${USAGE})`);
const file = positionals[0]!;
const options: SummaryOptions = { dates: count('dates'), sentences: count('sentences') };
const from = day('from');
const to = day('to');
if (from) options.from = from;
if (to) options.to = to;
if (from && to && from > to) fail(`--from ${from} is after --to ${to}`);
if (values.keywords !== undefined) {
	const keywords = values.keywords.split(',').map((k) => k.trim());
	if (keywords.some((k) => k === '')) fail(`--keywords must be words separated by commas, not "${values.keywords}"`);
	options.keywords = keywords;
}

const read = readArticles(readArticle(file, fail));
if ('fault' in read) fail(`${file} line ${read.fault.line}: ${read.fault.message}`);

const timeline = timelineSummary(draftHistory(read.articles), options);
process.stdout.write(`${JSON.stringify({ timeline })}\n`);
