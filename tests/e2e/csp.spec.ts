/**
 * The Content-Security-Policy as the server sends it: every page of the site comes with one that runs no
 * inline script but the page's own bootstrap (by its hash), every page runs under it without a violation
 * (test.ts watches every test for that), and a script injected into a page is refused.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { syntheticDocument } from '../../src/lib/model/document/synthetic';
import { expect, test, type Page } from './test';

/** Every page the build wrote, at its address: build/t/x/index.html → /t/x/. */
const PAGES = readdirSync('build', { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name === 'index.html')
	.map((entry) => `/${relative('build', join(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
	.sort();

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name!, sources])
	);
}

/** Waits until the page has drawn what it draws: a timeline, or the shelf, or the editor. */
async function settle(page: Page) {
	await page.waitForLoadState('load');
	await page.locator('main, [role="main"], .timeline-view').first().waitFor();
	const view = page.locator('.timeline-view');
	if ((await view.count()) > 0) await page.locator('.timeline-view[data-ready]').first().waitFor();
}

test('the build wrote the pages this test opens', () => {
	expect(PAGES).toEqual(expect.arrayContaining(['/', '/embed/', '/edit/', '/edit/view/', '/synthetic/', '/t/putin-taliban-allies/', '/t/putin-taliban-allies/embed/']));
});

for (const path of PAGES) {
	test(`${path} is sent a policy without 'unsafe-inline' scripts, and runs under it`, async ({ page }) => {
		const response = await page.goto(path);
		const header = response?.headers()['content-security-policy'];
		expect(header, 'the Content-Security-Policy header').toBeTruthy();
		const policy = directives(header!);
		expect(policy.get('script-src')).toContain("'self'");
		expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
		expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
		expect(policy.get('script-src')?.some((source) => source.startsWith("'sha256-"))).toBe(true);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('frame-ancestors')).toEqual(['*']);
		// The page states the same policy in its <meta> tag (for hosts that send no header), less what a <meta> may not hold.
		const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(`${meta}; frame-ancestors *`).toBe(header);
		await settle(page);
	});
}

test('the workers that read documents are sent a policy of their own', async ({ page, request }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.route(new URL('/__fixtures/archive.json', test.info().project.use.baseURL).href, (route) =>
		route.fulfill({ contentType: 'application/json', body: JSON.stringify(syntheticDocument(50, 1)) })
	);
	await page.goto('/embed/?src=/__fixtures/archive.json');
	await page.locator('.timeline-view[data-ready][data-events="50"]').waitFor();
	expect(workers.length).toBeGreaterThan(0);
	for (const url of workers) {
		const policy = directives((await request.get(url)).headers()['content-security-policy'] ?? '');
		expect(policy.get('default-src'), url).toEqual(["'none'"]);
		expect(policy.get('script-src'), url).toEqual(["'self'"]);
		expect(policy.get('connect-src'), url).toEqual(["'self'", 'https:', 'http:']);
	}
});

test('a script injected into a page is refused', async ({ page, policyViolations }) => {
	await page.goto('/t/putin-taliban-allies/');
	await settle(page);
	await page.evaluate(`(function () {
		var script = document.createElement('script');
		script.textContent = 'window.injected = "inline script";';
		document.head.append(script);
		var image = document.createElement('img');
		image.setAttribute('onerror', 'window.injected = "event handler"');
		image.src = 'data:,';
		document.body.append(image);
		var link = document.createElement('a');
		link.href = 'javascript:window.injected = "javascript: URL"';
		document.body.append(link);
		link.click();
	})()`);
	await expect.poll(() => policyViolations.length).toBeGreaterThanOrEqual(3);
	expect(await page.evaluate('window.injected')).toBeUndefined();
	const refused = policyViolations.join('\n');
	expect(refused).toMatch(/script-src-elem refused inline/);
	expect(refused).toMatch(/script-src-attr refused inline/);
	// Provoked on purpose, not a fault of the site: forgotten once the page can report no more.
	await page.close();
	policyViolations.splice(0);
});

test('a script from another host is refused', async ({ page, policyViolations }) => {
	await page.route('https://elsewhere.invalid/**', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.injected = "script from another host";' }));
	await page.goto('/embed/');
	await settle(page);
	await page.evaluate(`(function () {
		var script = document.createElement('script');
		script.src = 'https://elsewhere.invalid/script.js';
		document.head.append(script);
	})()`);
	await expect.poll(() => policyViolations.join('\n')).toMatch(/script-src-elem refused https:\/\/elsewhere\.invalid/);
	expect(await page.evaluate('window.injected')).toBeUndefined();
	await page.close();
	policyViolations.splice(0);
});
