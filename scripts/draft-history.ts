/**
 * npm run draft -- --articles <articles.jsonl | folder> --title "…" --out data/<id>/ [--events N]
 *   [--publisher "…"] [--id <id>] [--force]
 * Drafts a history from many articles (model/history/document.ts): writes each article's text to
 * <out>/<article id>.txt and the document to <out>/timeline.json, which `npm run validate` accepts, and says
 * how many events it holds and how many candidates it left out. The articles are a JSON Lines file
 * (`{"id", "published", "title"?, "url"?, "publisher"?, "licence"?, "text"}` a line, as `npm run history`
 * reads them) or a folder of .txt files with an index.json listing each file with its title, url,
 * published day and licence. An existing timeline.json is kept unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { readArticleLine, readArticles, type HistoryArticle } from '../src/lib/model/history/articles';
import { DEFAULT_HISTORY_EVENTS, historyDocument } from '../src/lib/model/history/document';
import { kebab } from '../src/lib/model/draft/ids';
import { formatFault, loadTimeline } from '../src/lib/model/document/timeline';
import { readArticle } from './read-article';

type Fail = (message: string) => never;

/** A Creative Commons licence named as "CC BY 2.5" or "CC BY-SA 4.0", with its deed's address. */
function creativeCommons(name: string): { name: string; url: string } | undefined {
	const match = /^CC (BY(?:-(?:SA|ND|NC|NC-SA|NC-ND))?) (\d\.\d)$/.exec(name.trim());
	return match ? { name: name.trim(), url: `https://creativecommons.org/licenses/${match[1]!.toLowerCase()}/${match[2]}/` } : undefined;
}

const indexEntrySchema = z.object({
	file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in the folder'),
	title: z.string().optional(),
	url: z.string().optional(),
	published: z.string(),
	publisher: z.string().optional(),
	licence: z.union([z.string(), z.object({ name: z.string(), url: z.string(), changes: z.string().optional() })]).optional()
});

/** The articles a folder's index.json lists, each read from its .txt file and checked as a JSON line is. */
function readFolder(folder: string, fail: Fail): HistoryArticle[] {
	const indexFile = join(folder, 'index.json');
	if (!existsSync(indexFile)) {
		const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).length;
		fail(`${folder}: no index.json beside its ${texts} .txt files; list each file with its title, url and published day (YYYY-MM-DD) in index.json`);
	}
	let entries: unknown;
	try {
		entries = JSON.parse(readFileSync(indexFile, 'utf8'));
	} catch (error) {
		fail(`${indexFile}: is not JSON (${(error as Error).message})`);
	}
	if (!Array.isArray(entries)) fail(`${indexFile}: must be a list of articles`);
	return entries.map((raw, index) => {
		const parsed = indexEntrySchema.safeParse(raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			fail(`${indexFile} [${index}]: "${issue.path.join('.')}" ${issue.message}`);
		}
		const entry = parsed.data;
		const licence = typeof entry.licence === 'string' ? creativeCommons(entry.licence) : entry.licence;
		if (typeof entry.licence === 'string' && !licence)
			fail(`${indexFile} [${index}]: "licence" "${entry.licence}" is not a Creative Commons licence I know the address of; give {"name", "url"}`);
		const text = readArticle(join(folder, entry.file), fail);
		const line = { id: entry.file.replace(/\.txt$/, ''), published: entry.published, title: entry.title, url: entry.url, publisher: entry.publisher, licence, text };
		const article = readArticleLine(JSON.stringify(line));
		if ('message' in article) fail(`${indexFile} [${index}]: ${article.message}`);
		return article;
	});
}

function readInput(path: string, fail: Fail): HistoryArticle[] {
	if (!existsSync(path)) fail(`${path}: no such file or folder`);
	if (statSync(path).isDirectory()) return readFolder(path, fail);
	const read = readArticles(readArticle(path, fail));
	if ('fault' in read) fail(`${path} line ${read.fault.line}: ${read.fault.message}`);
	if (read.articles.length === 0) fail(`${path}: holds no article`);
	return read.articles;
}

export function draftHistoryCommand(options: ReadonlyMap<string, string>, files: readonly string[], fail: Fail, usage: string): void {
	if (files.length > 0) fail(`--articles drafts from its own file or folder, not also from ${files.join(', ')} (${usage})`);
	for (const required of ['--title', '--out']) if (!options.get(required)?.trim()) fail(`${required} is required (${usage})`);
	for (const single of ['--published', '--url', '--language']) if (options.has(single)) fail(`${single} is given for each article in the articles' file, not on the command line`);
	const events = options.has('--events') ? Number(options.get('--events')) : DEFAULT_HISTORY_EVENTS;
	if (!Number.isInteger(events) || events < 1) fail(`--events "${options.get('--events')}": must be a whole number of events, 1 or more`);
	const out = options.get('--out')!;
	const id = options.get('--id') ?? kebab(basename(resolve(out)));
	const articles = readInput(options.get('--articles')!, fail);
	const publisher = options.get('--publisher')?.trim();
	const drafted = historyDocument(articles, { id, title: options.get('--title')!.trim(), events, textFiles: true, ...(publisher ? { publisher } : {}) });
	const { document } = drafted;
	if (document.events.length === 0) fail(`${options.get('--articles')}: the ${articles.length} articles report no dated event to draft`);

	const target = join(out, 'timeline.json');
	const texts = new Map(articles.map((article, index) => [`${drafted.articleIds[index]}.txt`, article.text]));
	const result = loadTimeline(document, { file: target, texts });
	if (!result.timeline) fail(`the draft does not validate (a bug; please report it):\n${result.faults.map(formatFault).join('\n')}`);
	if (existsSync(target) && !options.has('--force')) fail(`${target} exists; give --force to replace it`);
	mkdirSync(out, { recursive: true });
	for (const [name, text] of texts) writeFileSync(join(out, name), text);
	writeFileSync(target, `${JSON.stringify(document, null, '\t')}\n`);
	const left = drafted.candidates.length - document.events.length;
	process.stdout.write(
		`${target}: drafted ${document.events.length} event${document.events.length === 1 ? '' : 's'} from ${articles.length} articles` +
			`${left > 0 ? ` (${left} more candidate${left === 1 ? '' : 's'} below them in the ranking; --events sets how many)` : ''}\n`
	);
}
