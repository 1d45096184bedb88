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
