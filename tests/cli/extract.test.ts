import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEED_DIR } from '../unit/helpers';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

async function extract(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', 'extract', '--', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

async function textFile(content: string | Buffer): Promise<string> {
	const file = join(await mkdtemp(join(tmpdir(), 'chronoscope-extract-')), 'article.txt');
	await writeFile(file, content);
	return file;
}

// Each test starts npm and tsx, which take seconds on a busy machine.
describe('npm run extract', { timeout: 60_000 }, () => {
	it('prints one JSON document for the seed article, and nothing else', async () => {
		const { code, stdout } = await extract(join(SEED_DIR, 'article.txt'), '--published', '2024-07-05');
		expect(code).toBe(0);
		const doc = JSON.parse(stdout);
		expect(Object.keys(doc)).toEqual(['published', 'expressions']);
		expect(doc.published).toBe('2024-07-05');
		expect(doc.expressions[0]).toEqual({ start: 234, end: 238, text: '2003', type: 'date', value: '2003', edtf: '2003/..' });
		for (const e of doc.expressions) expect(Object.keys(e).every((k) => ['start', 'end', 'text', 'type', 'value', 'edtf', 'mod'].includes(k))).toBe(true);
	});

	it('counts offsets in the text as read: the BOM removed, CRLF line endings kept', async () => {
		const file = await textFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one.\r\nSince 2003 — and “now”.\r\n', 'utf8')]));
		const { code, stdout } = await extract(file, '--published', '2024-07-05');
		expect(code).toBe(0);
		const text = 'Line one.\r\nSince 2003 — and “now”.\r\n';
		for (const e of JSON.parse(stdout).expressions) expect(text.slice(e.start, e.end)).toBe(e.text);
		expect(JSON.parse(stdout).expressions.map((e: { text: string }) => e.text)).toEqual(['2003', 'now']);
	});

	it('exits 1 with one line saying what is wrong', async () => {
		const seed = join(SEED_DIR, 'article.txt');
		const cases: [string[], RegExp][] = [
			[['missing.txt', '--published', '2024-07-05'], /missing\.txt: no such file/],
			[[seed, '--published', '2024-02-30'], /"2024-02-30" is not a day/],
			[[seed], /no publication date given/],
			[['--published', '2024-07-05'], /no article given/],
			[[await textFile(' \n\t'), '--published', '2024-07-05'], /the text is empty/],
			[
				[await textFile(Buffer.from('Le café à Kabul depuis 2003.', 'latin1')), '--published', '2024-07-05'],
				/: is not UTF-8 text: it has the byte 0xE9 at offset 6 .*save it as UTF-8/
			]
		];
		for (const [args, message] of cases) {
			const { code, stdout, stderr } = await extract(...args);
			expect(code, args.join(' ')).toBe(1);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(message);
		}
	});

	it('reads a text with no dates', async () => {
		const { code, stdout } = await extract(await textFile('Nothing happened here.'), '--published', '2024-07-05');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).expressions).toEqual([]);
	});
});
