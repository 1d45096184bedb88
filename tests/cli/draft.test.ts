import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEED_DIR } from '../unit/helpers';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

async function npm(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: root });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

const seedArgs = (out: string) => [
	join(SEED_DIR, 'article.txt'),
	'--published',
	'2024-07-05',
	'--title',
	'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism',
	'--publisher',
	'The Defense News',
	'--out',
	out
];

// Each test starts npm and tsx, which take seconds on a busy machine.
describe('npm run draft', { timeout: 60_000 }, () => {
	it('writes the article and a timeline that validates, and says how many events it drafted', async () => {
		const out = join(await mkdtemp(join(tmpdir(), 'chronoscope-draft-')), 'putin-draft');
		const { code, stdout } = await npm('draft', ...seedArgs(out));
		expect(code).toBe(0);
		expect(stdout).toBe(`${join(out, 'timeline.json')}: drafted 5 events from 7 temporal expressions (2 not events: a duration, not a date)\n`);
		expect(await readFile(join(out, 'article.txt'), 'utf8')).toBe(await readFile(join(SEED_DIR, 'article.txt'), 'utf8'));
		const document = JSON.parse(await readFile(join(out, 'timeline.json'), 'utf8'));
		expect(document.id).toBe('putin-draft');
		const dates = document.events.map((e: { stated: { text: string }; date: { edtf: string } }) => [e.stated.text, e.date.edtf]);
		expect(dates).toEqual(
			expect.arrayContaining([
				['since 2003', '2003/..'],
				['since 2021', '2021/..'],
				['In March', '2024-03'],
				['in the 1980s', '198X']
			])
		);
		const validated = await npm('validate', join(out, 'timeline.json'));
		expect(validated.code).toBe(0);
		expect(validated.stdout).toContain('ok, 5 events');
	});

	it('keeps an existing timeline unless told --force', async () => {
		const out = await mkdtemp(join(tmpdir(), 'chronoscope-draft-'));
		await writeFile(join(out, 'timeline.json'), '{"edited": true}');
		const kept = await npm('draft', ...seedArgs(out));
		expect(kept.code).toBe(1);
		expect(kept.stderr).toBe(`draft: ${join(out, 'timeline.json')} exists; give --force to replace it\n`);
		expect(await readFile(join(out, 'timeline.json'), 'utf8')).toBe('{"edited": true}');
		expect((await npm('draft', ...seedArgs(out), '--force')).code).toBe(0);
	});

	it.each([
		[['--published', '2024-07-05'], 'draft: no article given'],
		[[join(SEED_DIR, 'article.txt'), '--published', '2024-07-05', '--title', 'T', '--publisher', 'P'], 'draft: --out is required'],
		[
			[join(SEED_DIR, 'article.txt'), '--published', '5 July', '--title', 'T', '--publisher', 'P', '--out', '/tmp/x'],
			'draft: --published: the publication date "5 July" is not a day'
		],
		[['missing.txt', '--published', '2024-07-05', '--title', 'T', '--publisher', 'P', '--out', '/tmp/x'], 'draft: missing.txt: no such file'],
		[
			[join(SEED_DIR, 'article.txt'), '--published', '2024-07-05', '--title', 'T', '--publisher', 'P', '--out', '/tmp/x', '--language', 'English'],
			'draft: --language "English": must be a BCP 47 language tag'
		],
		[
			[join(SEED_DIR, 'article.txt'), '--published', '2024-07-05', '--title', 'T', '--publisher', 'P', '--out', '/tmp/x', '--url', 'javascript:alert(1)'],
			'draft: --url "javascript:alert(1)": must be an http(s) URL'
		],
		[
			[join(SEED_DIR, 'article.txt'), '--published', '2024-07-05', '--title', 'T', '--publisher', 'P', '--out', '/tmp/x', '--id', 'Not An Id'],
			'draft: --id "Not An Id": must be kebab-case'
		]
	])('%j fails with one line', async (args, message) => {
		const { code, stderr } = await npm('draft', ...args);
		expect(code).toBe(1);
		expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
		expect(stderr).toContain(message);
	});

	it('says so when a text has no dated event', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'chronoscope-draft-'));
		await writeFile(join(dir, 'a.txt'), 'Nothing here has a date. It lasted for years.');
		const { code, stderr } = await npm('draft', join(dir, 'a.txt'), '--published', '2024-07-05', '--title', 'T', '--publisher', 'P', '--out', join(dir, 'out'));
		expect(code).toBe(1);
		expect(stderr).toBe(`draft: ${join(dir, 'a.txt')}: found 1 temporal expression but no dated event to draft\n`);
	});
});

describe('npm run draft -- --articles', { timeout: 60_000 }, () => {
	const story = join(root, 'bench/history/stories/iran/articles.jsonl');

	it('drafts a history from a JSON Lines file: each article beside the document, which validates', async () => {
		const out = join(await mkdtemp(join(tmpdir(), 'chronoscope-history-')), 'iran');
		const { code, stdout } = await npm('draft', '--articles', story, '--title', 'Iran, 2019–2020', '--publisher', 'Wikinews', '--events', '8', '--out', out);
		expect(code).toBe(0);
		expect(stdout).toMatch(
			new RegExp(`^${join(out, 'timeline.json')}: drafted 8 events from 11 articles \\(\\d+ more candidates? below them in the ranking; --events sets how many\\)\\n$`)
		);
		const document = JSON.parse(await readFile(join(out, 'timeline.json'), 'utf8'));
		expect(document.title).toBe('Iran, 2019–2020');
		expect(document.articles).toHaveLength(11);
		const lines = (await readFile(story, 'utf8')).split('\n').filter(Boolean);
		const first = JSON.parse(lines[0]!) as { text: string };
		expect(await readFile(join(out, document.articles[0].textFile), 'utf8')).toBe(first.text);
		const validated = await npm('validate', join(out, 'timeline.json'));
		expect(validated.stdout).toContain('ok, 8 events from 11 articles');
	});

	it('reads a folder of .txt files listed in its index.json', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'chronoscope-history-'));
		const texts = { 'a.txt': 'The dam collapsed on Tuesday, May 19, 2020, after heavy rain.', 'b.txt': 'An inquiry opened on Monday into the collapse of the dam on May 19.' };
		for (const [name, text] of Object.entries(texts)) await writeFile(join(dir, name), text);
		const index = [
			{ file: 'a.txt', title: 'Dam collapses', published: '2020-05-20', licence: 'CC BY 2.5', url: 'https://en.wikinews.org/wiki/A' },
			{ file: 'b.txt', title: 'Inquiry opens', published: '2020-06-02', publisher: 'Midland Daily' }
		];
		await writeFile(join(dir, 'index.json'), JSON.stringify(index));
		const { code } = await npm('draft', '--articles', dir, '--title', 'The dam', '--publisher', 'Wikinews', '--out', join(dir, 'out'));
		expect(code).toBe(0);
		const document = JSON.parse(await readFile(join(dir, 'out', 'timeline.json'), 'utf8'));
		expect(document.articles.map((a: { publisher: string }) => a.publisher)).toEqual(['Wikinews', 'Midland Daily']);
		expect(document.articles[0].licence).toEqual({ name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' });
	});

	it('names the line of a bad article, in one line', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'chronoscope-history-'));
		await writeFile(join(dir, 'a.jsonl'), '{"id": "a", "published": "2020-05-20", "text": "On Monday it fell."}\n{"id": "b", "published": "May 2020", "text": "x"}\n');
		const { code, stderr } = await npm('draft', '--articles', join(dir, 'a.jsonl'), '--title', 'T', '--out', join(dir, 'out'));
		expect(code).toBe(1);
		expect(stderr).toBe(`draft: ${join(dir, 'a.jsonl')} line 2: "published" must be a day, YYYY-MM-DD\n`);
	});
});
