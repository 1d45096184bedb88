import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const DEVSET = join(root, 'bench/draft/devset');

async function history(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', 'history', '--', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** The draft benchmark's ten development articles as one JSON Lines file. */
async function articlesFile(): Promise<{ file: string; texts: string[] }> {
	const names = (await readdir(DEVSET)).filter((n) => n.endsWith('.gold.json')).sort();
	const lines: string[] = [];
	const texts: string[] = [];
	for (const name of names) {
		const gold = JSON.parse(await readFile(join(DEVSET, name), 'utf8')) as { id: string; published: string; title: string; url: string };
		const text = await readFile(join(DEVSET, name.replace('.gold.json', '.txt')), 'utf8');
		texts.push(text);
		lines.push(JSON.stringify({ id: gold.id, published: gold.published, title: gold.title, url: gold.url, text }));
	}
	const file = join(await mkdtemp(join(tmpdir(), 'chronoscope-history-')), 'articles.jsonl');
	await writeFile(file, `${lines.join('\n')}\n`);
	return { file, texts };
}

type Timeline = [string, string[]][];

function expectTimeline(
	timeline: Timeline,
	texts: string[],
	{ dates, sentences, from = '0000-00-00', to = '9999-99-99' }: { dates: number; sentences: number; from?: string; to?: string }
) {
	expect(timeline.length).toBeGreaterThan(0);
	expect(timeline.length).toBeLessThanOrEqual(dates);
	const days = timeline.map(([day]) => day);
	expect(days).toEqual([...new Set(days)].sort());
	for (const [day, said] of timeline) {
		expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(day >= from && day <= to, day).toBe(true);
		expect(said.length).toBeGreaterThan(0);
		expect(said.length).toBeLessThanOrEqual(sentences);
		expect(new Set(said).size).toBe(said.length);
		for (const sentence of said)
			expect(
				texts.some((t) => t.includes(sentence)),
				sentence
			).toBe(true);
	}
}

// Each run starts npm and tsx, which take a second or more on a busy machine.
describe('npm run history', { timeout: 120_000 }, () => {
	it('prints one JSON document and nothing else, within L days of K sentences taken from the articles', async () => {
		const { file, texts } = await articlesFile();
		for (const [dates, sentences] of [
			[5, 1],
			[20, 3]
		] as const) {
			const { code, stdout, stderr } = await history(file, '--dates', String(dates), '--sentences', String(sentences));
			expect(code).toBe(0);
			expect(stderr).toBe('');
			const doc = JSON.parse(stdout) as { timeline: Timeline };
			expect(Object.keys(doc)).toEqual(['timeline']);
			expectTimeline(doc.timeline, texts, { dates, sentences });
			if (dates === 5) expect(doc.timeline).toHaveLength(5);
		}
	});

	it('keeps to --from and --to, and to --keywords', async () => {
		const { file, texts } = await articlesFile();
		const span = await history(file, '--dates', '30', '--sentences', '2', '--from', '2019-06-01', '--to', '2019-12-31');
		expect(span.code).toBe(0);
		expectTimeline(JSON.parse(span.stdout).timeline, texts, { dates: 30, sentences: 2, from: '2019-06-01', to: '2019-12-31' });
		const words = await history(file, '--dates', '10', '--sentences', '2', '--keywords', 'measles,Warren');
		expect(words.code).toBe(0);
		const timeline = JSON.parse(words.stdout).timeline as Timeline;
		expectTimeline(timeline, texts, { dates: 10, sentences: 2 });
		for (const [, said] of timeline) for (const s of said) expect(s).toMatch(/measles|warren/i);
	});

	it('exits 1 with one line naming the file and line of a bad article', async () => {
		const { file } = await articlesFile();
		const lines = (await readFile(file, 'utf8')).split('\n');
		const bad = join(await mkdtemp(join(tmpdir(), 'chronoscope-history-')), 'articles.jsonl');
		lines.splice(2, 0, '', JSON.stringify({ id: 'x', published: '7 March 2020', text: 'Text.' }));
		await writeFile(bad, lines.join('\n'));
		const { code, stdout, stderr } = await history(bad, '--dates', '5', '--sentences', '1');
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(`history: ${bad} line 4: "published" must be a day, YYYY-MM-DD\n`);
	});

	it('exits 1 with one line saying which option is wrong', async () => {
		const { file } = await articlesFile();
		const cases: [string[], RegExp][] = [
			[[file, '--dates', '0', '--sentences', '1'], /--dates must be a whole number of at least 1/],
			[[file, '--dates', '5', '--sentences', 'two'], /--sentences must be a whole number/],
			[[file, '--dates', '5'], /--sentences is required/],
			[[file, '--dates', '5', '--sentences', '1', '--from', '2020-02-30'], /--from must be a day, YYYY-MM-DD/],
			[[file, '--dates', '5', '--sentences', '1', '--from', '2020-03-01', '--to', '2020-02-01'], /--from 2020-03-01 is after --to 2020-02-01/],
			[[file, '--dates', '5', '--sentences', '1', '--keywords', 'a,,b'], /--keywords must be words separated by commas/],
			[[file, '--dates', '5', '--sentences', '1', '--limit', '3'], /Unknown option '--limit'/],
			[['--dates', '5', '--sentences', '1'], /no file of articles given/],
			[[join(root, 'missing.jsonl'), '--dates', '5', '--sentences', '1'], /missing\.jsonl: no such file/]
		];
		for (const [args, message] of cases) {
			const { code, stdout, stderr } = await history(...args);
			expect(code, args.join(' ')).toBe(1);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(message);
		}
	});
});
