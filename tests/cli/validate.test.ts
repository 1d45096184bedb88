import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { SEED_DIR } from '../unit/helpers';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

/** Runs `npm run validate -- args` and returns its exit code and output. */
async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', 'validate', '--', ...args], { cwd: root });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

/** A copy of the seed timeline's folder, with `edit` applied to its events file. */
async function brokenCopy(edit: (doc: { events: Record<string, unknown>[] }) => void): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'chronoscope-'));
	await cp(SEED_DIR, dir, { recursive: true });
	const file = join(dir, 'timeline.json');
	const doc = JSON.parse(await readFile(file, 'utf8'));
	edit(doc);
	await writeFile(file, JSON.stringify(doc, null, '\t'));
	return file;
}

// Each test starts npm and tsx, which take seconds on a busy machine.
describe('npm run validate', { timeout: 60_000 }, () => {
	it('passes the bundled data', async () => {
		const result = await validate();
		expect(result.stderr).not.toMatch(/fault/);
		expect(result.stdout).toMatch(/putin-taliban-allies\/timeline\.json: ok, 11 events/);
		expect(result.code).toBe(0);
	});

	it('exits 1 naming the file, event and field when an event has no date', async () => {
		let index = -1;
		const file = await brokenCopy((doc) => {
			index = doc.events.findIndex((e) => e.id === 'crocus-city-hall-attack');
			delete doc.events[index]!.date;
		});
		const result = await validate(file);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`timeline.json: event "crocus-city-hall-attack" at $.events[${index}].date: is required`);
		expect(result.stderr).toMatch(/^1 fault in 1 file$/m);
	});

	it('names an excerpt that matches several places and the count', async () => {
		const file = await brokenCopy((doc) => ((doc.events[0] as { excerpts: { exact: string }[] }).excerpts[0]!.exact = 'Moscow'));
		const result = await validate(file);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/excerpt "Moscow" matches \d+ places in the article text/);
	});

	it('reports a file that is not JSON', async () => {
		const file = await brokenCopy(() => {});
		await writeFile(file, '{ "version": 1,');
		const result = await validate(file);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/timeline\.json: at \$: is not JSON/);
	});

	it('gives one named line per fault, and no stack trace, for files as editors save them and pathological documents', async () => {
		const withBom = await brokenCopy(() => {});
		await writeFile(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(withBom)]));
		const latin1 = await brokenCopy(() => {});
		await writeFile(latin1, Buffer.from((await readFile(latin1, 'utf8')).replace('Putin', 'Put\u00efn'), 'latin1'));
		const climbing = await brokenCopy((doc) => ((doc as unknown as { article: { textFile: string } }).article.textFile = '../../etc/passwd'));
		const farYear = await brokenCopy((doc) => ((doc.events[0] as { date: { edtf: string } }).date.edtf = 'Y-1000000000001'));
		const deep = await brokenCopy(() => {});
		await writeFile(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
		const longText = await brokenCopy(() => {});
		await writeFile(join(longText, '../article.txt'), 'An appendix line.\n'.repeat(300_000));
		const result = await validate(withBom, latin1, climbing, farYear, deep, longText);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`${relative(root, withBom)}: ok, 11 events`);
		const lines = result.stderr.trim().split('\n');
		// As validate names them: relative to where it runs. Their folders' names hold no characters a pattern reads.
		const name = (path: string) => relative(root, path);
		expect(lines).toEqual([
			expect.stringMatching(new RegExp(`^${name(latin1)}: at \\$: is not UTF-8 text: it has the byte 0xEF at offset \\d+ \\(line \\d+\\).*save it as UTF-8`)),
			`${name(climbing)}: at $.article.textFile: must be a .txt file name beside the document, not a path or URL`,
			`${name(farYear)}: event "taliban-banned-in-russia" at $.events[0].date.edtf: "Y-1000000000001" names a year beyond ±1,000,000,000,000, the furthest Chronoscope draws`,
			expect.stringMatching(new RegExp(`^${name(deep)}: at \\$: is neither a Chronoscope timeline document`)),
			`${name(longText)}: at $.article.textFile: "article.txt" is 5,400,000 characters long, over the 5,000,000 an article text may have`,
			'5 faults in 6 files'
		]);
	});
});
