/**
 * npm run draft -- <article.txt> --published <YYYY-MM-DD> --title "…" --publisher "…" --out data/<id>/
 *   [--language en] [--url https://…] [--id <id>] [--force]
 * Drafts a timeline from an article: writes the article as read (a byte-order mark removed) to
 * <out>/article.txt and the draft document to <out>/timeline.json, which `npm run validate` accepts, and
 * says how many events it drafted. An existing timeline.json is kept unless --force is given, so a
 * second run never overwrites an editor's work. Errors exit 1 with one line on stderr.
 *
 * npm run draft -- --articles <articles.jsonl | folder> --title "…" --out data/<id>/ [--events N]
 *   [--publisher "…"] [--id <id>] [--force]
 * Drafts a history from many articles (draft-history.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { draftTimeline } from '../src/lib/model/draft/draft';
import { kebab } from '../src/lib/model/draft/ids';
import { ExtractionError } from '../src/lib/model/extract/extract';
import { articleSchema, timelineDocumentSchema } from '../src/lib/model/document/schema';
import { formatFault, loadTimeline } from '../src/lib/model/document/timeline';
import { readArticle } from './read-article';
import { draftHistoryCommand } from './draft-history';

const USAGE =
	'usage: npm run draft -- <article.txt> --published <YYYY-MM-DD> --title "…" --publisher "…" --out data/<id>/, or npm run draft -- --articles <articles.jsonl | folder> --title "…" --out data/<id>/ [--events N]';
const OPTIONS = ['--published', '--title', '--publisher', '--out', '--language', '--url', '--id', '--articles', '--events'];
const FLAGS = ['--force'];

function fail(message: string): never {
	process.stderr.write(`draft: ${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
const options = new Map<string, string>();
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
	const arg = args[i]!;
	if (OPTIONS.includes(arg)) {
		const value = args[++i];
		if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value (${USAGE})`);
		options.set(arg, value);
	} else if (FLAGS.includes(arg)) options.set(arg, 'yes');
	else if (arg.startsWith('--')) fail(`unknown option ${arg} (${USAGE})`);
	else files.push(arg);
}
if (options.has('--articles')) draftHistoryCommand(options, files, fail, USAGE);
else draftOneArticle();

function draftOneArticle(): void {
	if (files.length !== 1) fail(files.length ? `one article at a time, not ${files.length} (${USAGE})` : `no article given (${USAGE})`);
	for (const required of ['--published', '--title', '--publisher', '--out']) if (!options.get(required)?.trim()) fail(`${required} is required (${USAGE})`);
	const file = files[0]!;
	const out = options.get('--out')!;
	const id = options.get('--id') ?? kebab(basename(resolve(out)));

	// The options that become fields of the document are checked by the schema's rules for those fields.
	const fields = timelineDocumentSchema.shape;
	const checks: [option: string, value: string | undefined, check: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }][] = [
		['--id', id, fields.id],
		['--language', options.get('--language'), articleSchema.shape.language],
		['--url', options.get('--url'), articleSchema.shape.url]
	];
	for (const [option, value, check] of checks) {
		if (value === undefined) continue;
		const result = check.safeParse(value);
		if (!result.success) fail(`${option} "${value}": ${result.error?.issues[0]?.message ?? 'is not valid'}`);
	}

	const text = readArticle(file, fail);

	let draft;
	try {
		const url = options.get('--url');
		draft = draftTimeline({
			text,
			published: options.get('--published')!,
			title: options.get('--title')!.trim(),
			publisher: options.get('--publisher')!.trim(),
			language: options.get('--language') ?? 'en',
			id,
			textFile: 'article.txt',
			...(url ? { url } : {})
		});
	} catch (error) {
		if (error instanceof ExtractionError) fail(`--published: ${error.message}`);
		throw error;
	}
	if (draft.events.length === 0) fail(`${file}: found ${draft.expressions.length} temporal expression${draft.expressions.length === 1 ? '' : 's'} but no dated event to draft`);

	const target = join(out, 'timeline.json');
	const result = loadTimeline(draft.document, { file: target, text });
	if (!result.timeline) fail(`the draft does not validate (a bug; please report it):\n${result.faults.map(formatFault).join('\n')}`);
	if (existsSync(target) && !options.has('--force')) fail(`${target} exists; give --force to replace it`);

	const json = `${JSON.stringify(draft.document, null, '\t')}\n`;
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'article.txt'), text);
	writeFileSync(target, json);

	const skipped = draft.skipped.length;
	process.stdout.write(
		`${target}: drafted ${draft.events.length} event${draft.events.length === 1 ? '' : 's'} from ${draft.expressions.length} temporal expression${draft.expressions.length === 1 ? '' : 's'}` +
			`${skipped ? ` (${skipped} not events: ${[...new Set(draft.skipped.map((s) => s.reason))].join('; ')})` : ''}\n`
	);
}
