/**
 * npm run bench:history [-- --data DIR] [--verbose] [--held-out]
 * Scores the history drafter on the stories of DIR (default bench/history/: stories.json, and for each
 * story stories/<id>/articles.jsonl and reference.json) as news-tls scores timeline summarisation: for each
 * story the drafter is given L = the reference's number of days and K = its mean sentences a day (rounded
 * half to even, as Python rounds; at least 1), and only the articles published within the reference's span,
 * with --from and --to set to that span. Prints date F1 and alignment ROUGE-1 and ROUGE-2 F (metrics.ts)
 * per story and on average for the development stories, the held-out ones too with --held-out (run them
 * once, at the end: reading them is tuning to them), the time each took, and the command line's wall time
 * on DIR/corpus.jsonl. `--verbose` prints each development story's days beside the reference's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readArticles, type HistoryArticle } from '../../src/lib/model/history/articles';
import { draftHistory } from '../../src/lib/model/history/history';
import { timelineSummary } from '../../src/lib/model/history/summary';
import { alignmentRouge, dateScores, meanPrf, type Prf, type Timeline } from './metrics';

interface Story {
	id: string;
	title: string;
	split: 'dev' | 'heldout';
}

const { values } = parseArgs({ options: { data: { type: 'string' }, verbose: { type: 'boolean' }, 'held-out': { type: 'boolean' } } });
const dataDir = values.data ?? import.meta.dirname;
const root = join(import.meta.dirname, '../..');

function readStoryArticles(file: string): HistoryArticle[] {
	const read = readArticles(readFileSync(file, 'utf8'));
	if ('fault' in read) throw new Error(`${file} line ${read.fault.line}: ${read.fault.message}`);
	return read.articles;
}

/** Python's round: halves to the even neighbour, as news-tls rounds K. */
const roundHalfEven = (x: number) => (Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x));

interface Row {
	story: string;
	split: Story['split'];
	articles: number;
	L: number;
	K: number;
	date: Prf;
	rouge1: Prf;
	rouge2: Prf;
	ms: number;
}

function scoreStory(story: Story): Row {
	const dir = join(dataDir, 'stories', story.id);
	const reference = (JSON.parse(readFileSync(join(dir, 'reference.json'), 'utf8')) as { timeline: [string, string[]][] }).timeline
		.filter(([, sentences]) => sentences.length > 0)
		.sort(([a], [b]) => (a < b ? -1 : 1));
	const from = reference[0]![0];
	const to = reference.at(-1)![0];
	const L = reference.length;
	const K = Math.max(1, roundHalfEven(reference.reduce((n, [, s]) => n + s.length, 0) / L));
	const articles = readStoryArticles(join(dir, 'articles.jsonl')).filter((a) => a.published >= from && a.published <= to);
	const t0 = performance.now();
	const predicted: Timeline = timelineSummary(draftHistory(articles), { dates: L, sentences: K, from, to });
	const ms = performance.now() - t0;
	if (values.verbose && story.split === 'dev') printSideBySide(story, predicted, reference);
	return {
		story: story.id,
		split: story.split,
		articles: articles.length,
		L,
		K,
		date: dateScores(predicted, reference),
		rouge1: alignmentRouge(predicted, reference, 1),
		rouge2: alignmentRouge(predicted, reference, 2),
		ms
	};
}

function printSideBySide(story: Story, predicted: Timeline, reference: Timeline) {
	console.log(`\n## ${story.id}`);
	const days = [...new Set([...predicted, ...reference].map(([day]) => day))].sort();
	const of = (timeline: Timeline, day: string) => timeline.find(([d]) => d === day)?.[1];
	for (const day of days) {
		const p = of(predicted, day);
		const r = of(reference, day);
		console.log(`${day} ${p && r ? '=' : p ? '+' : '-'}`);
		for (const s of r ?? []) console.log(`    ref: ${s}`);
		for (const s of p ?? []) console.log(`    got: ${s}`);
	}
}

/** The command line on the whole corpus, as a person would run it: wall time, best of three, start-up included. */
function cliSeconds(corpus: string): number {
	const times: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		execFileSync('npm', ['run', '--silent', 'history', '--', corpus, '--dates', '20', '--sentences', '2'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
		times.push((performance.now() - t0) / 1000);
	}
	return Math.min(...times);
}

if (!existsSync(join(dataDir, 'stories.json'))) {
	console.error(`bench:history: no stories.json in ${dataDir}; give the data's folder with --data DIR`);
	process.exit(1);
}
const stories = (JSON.parse(readFileSync(join(dataDir, 'stories.json'), 'utf8')) as Story[]).filter((s) => s.split === 'dev' || values['held-out']);
const rows = stories.filter((s) => existsSync(join(dataDir, 'stories', s.id, 'reference.json'))).map(scoreStory);

const f = (x: number) => x.toFixed(3).padStart(7);
const line = (name: string, articles: string, lk: string, date: Prf, r1: Prf, r2: Prf, ms: string) =>
	console.log(`${name.padEnd(24)} ${articles.padStart(8)} ${lk.padStart(7)}  ${f(date.f)}  ${f(r1.f)}  ${f(r2.f)}  ${f(r1.precision)} ${f(r1.recall)}  ${ms.padStart(9)}`);
console.log(`\n${'story'.padEnd(24)} ${'articles'.padStart(8)} ${'L/K'.padStart(7)}  date F1  ROUGE-1  ROUGE-2  R1 prec  R1 rec   ms/story`);
for (const split of ['dev', 'heldout'] as const) {
	const these = rows.filter((r) => r.split === split);
	if (these.length === 0) continue;
	for (const r of these) line(r.story, String(r.articles), `${r.L}/${r.K}`, r.date, r.rouge1, r.rouge2, r.ms.toFixed(0));
	const mean = (key: 'date' | 'rouge1' | 'rouge2') => meanPrf(these.map((r) => r[key]));
	const ms = these.reduce((n, r) => n + r.ms, 0) / these.length;
	line(`mean, ${split === 'dev' ? 'development' : 'held out'}`, '', '', mean('date'), mean('rouge1'), mean('rouge2'), ms.toFixed(0));
	console.log('');
}
const corpus = join(dataDir, 'corpus.jsonl');
if (existsSync(corpus)) console.log(`npm run history on ${corpus} (--dates 20 --sentences 2): ${cliSeconds(corpus).toFixed(2)} s wall, best of 3`);
