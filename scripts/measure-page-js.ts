/**
 * The JavaScript a page loads, gzipped: npx tsx scripts/measure-page-js.ts [path ...]
 * against a running `npm run preview` (BASE_URL overrides http://127.0.0.1:4173).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export interface PageJs {
	files: number;
	bytes: number;
	/** Everything, gzipped: the code files and the inline script. */
	gzipped: number;
	/** The inline script, gzipped: SvelteKit's bootstrap and the page's data. */
	inlineGzipped: number;
	/** The inline script without its data (the timeline the page was prerendered with), gzipped. */
	bootstrapGzipped: number;
}

/** SvelteKit's inline script passes the page's data to `start` as `data: [...]`, before `form:`. */
const PAGE_DATA = /data: \[[\s\S]*\],\s*form:/;

export async function measurePageJs(url: string): Promise<PageJs> {
	const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	const page = await browser.newPage();
	const scripts: Promise<Buffer>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) scripts.push(response.body());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Network idle can come before the module graph has loaded on a cold server; the drawn timeline cannot.
	await page.waitForSelector('.timeline-view[data-ready]');
	await page.waitForLoadState('networkidle');
	const bodies = await Promise.all(scripts);
	// The inline bootstrap script counts too.
	const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n'));
	await browser.close();
	const all = [...bodies, Buffer.from(inline)];
	const sizes = all.map((b) => gzipSync(b, { level: 9 }).length);
	const bootstrap = inline.replace(PAGE_DATA, 'data: [], form:');
	// The inline bootstrap is the last one.
	return {
		files: bodies.length,
		bytes: all.reduce((sum, b) => sum + b.length, 0),
		gzipped: sizes.reduce((sum, n) => sum + n, 0),
		inlineGzipped: sizes.at(-1) ?? 0,
		bootstrapGzipped: gzipSync(Buffer.from(bootstrap), { level: 9 }).length
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
	for (const path of process.argv.slice(2).length ? process.argv.slice(2) : ['/t/putin-taliban-allies/embed/', '/t/putin-taliban-allies/']) {
		const { files, bytes, gzipped, inlineGzipped, bootstrapGzipped } = await measurePageJs(base + path);
		const kb = (n: number) => (n / 1024).toFixed(1);
		const code = gzipped - inlineGzipped + bootstrapGzipped;
		// The inline script carries the page's timeline as data: it grows with the document, not the code.
		console.log(
			`${path}: ${files} scripts, ${kb(bytes)} KB; gzipped: ${kb(code)} KB of code (${kb(gzipped - inlineGzipped)} KB in files, ${kb(bootstrapGzipped)} KB of inline bootstrap), and the timeline's data inline with it (${kb(inlineGzipped)} KB with the bootstrap; ${kb(gzipped)} KB in all)`
		);
	}
}
