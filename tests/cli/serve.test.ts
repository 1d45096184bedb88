import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
let server: ChildProcess | undefined;

afterEach(() => {
	server?.kill();
	server = undefined;
});

/** Starts scripts/serve.ts on a folder and resolves with its address once it listens. */
function serve(dir: string, port: number): Promise<string> {
	return new Promise((done, fail) => {
		server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', dir, '--port', String(port)], { cwd: root });
		let output = '';
		server.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Serving')) done(`http://127.0.0.1:${port}`);
		});
		server.on('exit', (code) => fail(new Error(`serve.ts exited with ${code}: ${output}`)));
	});
}

describe('scripts/serve.ts', () => {
	it('sends the headers of the build on disk, after a rebuild under the running server too', { timeout: 30_000 }, async () => {
		const dir = await mkdtemp(join(tmpdir(), 'serve-'));
		await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
		await writeFile(join(dir, '_headers'), '/*\n  Content-Security-Policy: script-src sha256-first\n');
		const address = await serve(dir, 4700 + Math.floor(Math.random() * 200));
		expect((await fetch(`${address}/`)).headers.get('content-security-policy')).toBe('script-src sha256-first');
		// A rebuild writes the file again; its time moves on, as a build's would.
		await writeFile(join(dir, '_headers'), '/*\n  Content-Security-Policy: script-src sha256-second\n');
		const later = new Date(Date.now() + 5_000);
		await utimes(join(dir, '_headers'), later, later);
		expect((await fetch(`${address}/`)).headers.get('content-security-policy')).toBe('script-src sha256-second');
		// The rules file itself is the host's, never served.
		expect((await fetch(`${address}/_headers`)).status).toBe(404);
	});
});
