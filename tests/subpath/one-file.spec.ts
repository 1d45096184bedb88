/**
 * "Download as a web page" on the site published under /sub/ (served as GitHub Pages serves a project
 * site, nothing outside /sub/): the viewer is read from under /sub/, and the page, opened from disk, links
 * back to the site under /sub/ and asks nothing of any host.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '../e2e/test';

const BASE = '/sub';

/** Every request to an http(s) host from here on, and any that failed or was refused. */
function watch(page: Page) {
	const requests: string[] = [];
	const problems: string[] = [];
	page.context().on('request', (request) => {
		if (/^(https?|wss?):/i.test(request.url())) requests.push(new URL(request.url()).pathname);
	});
	page.context().on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	return { requests, problems };
}

async function downloadWebPage(page: Page, name: string): Promise<string> {
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as a web page' }).click();
	const path = test.info().outputPath(name);
	await (await downloading).saveAs(path);
	return path;
}

test('the full view under /sub/ downloads a web page made of the viewer under /sub/, which opens from file:// asking no host', async ({ page, baseURL }) => {
	const site = watch(page);
	await page.goto(`${BASE}/t/putin-taliban-allies/`);
	await page.locator('.timeline-view[data-ready]').waitFor();
	const path = await downloadWebPage(page, 'seed.html');
	expect(site.requests.filter((request) => request.includes('one-file-page/'))).toEqual([`${BASE}/one-file-page/viewer.js`, `${BASE}/one-file-page/viewer.css`]);
	expect(site.requests.filter((request) => !request.startsWith(`${BASE}/`))).toEqual([]);
	expect(site.problems).toEqual([]);

	const file = watch(page);
	await page.goto(pathToFileURL(path).href);
	await page.locator('.timeline-view[data-ready]').waitFor();
	await expect(page.locator('ol.event-list > li')).toHaveCount(11);
	// The header's link to the shelf goes to the site the page came from, under its base path.
	await expect(page.locator('.brand a')).toHaveAttribute('href', `${baseURL}${BASE}/`);
	await page.locator('rect.event[data-event-id="crocus-city-hall-attack"]').click();
	await expect(page.locator('rect.event[data-event-id="crocus-city-hall-attack"]')).toHaveAttribute('aria-pressed', 'true');
	expect(file.requests).toEqual([]);
	expect(file.problems).toEqual([]);
});

test('a TimelineJS3 document read by a relative ?src= under /sub/ downloads as a web page of its events', async ({ page, baseURL }) => {
	await page
		.context()
		.route(`${baseURL}${BASE}/__fixtures/moon.json`, (route) => route.fulfill({ contentType: 'application/json', body: readFileSync('tests/fixtures/timelinejs.json', 'utf8') }));
	await page.goto(`${BASE}/t/putin-taliban-allies/?src=__fixtures/moon.json`);
	await page.locator('.timeline-view[data-ready]').waitFor();
	const path = await downloadWebPage(page, 'moon.html');

	const file = watch(page);
	await page.goto(pathToFileURL(path).href);
	await page.locator('.timeline-view[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A short history of the Moon');
	await expect(page.locator('ol.event-list > li')).toHaveCount(4);
	expect(file.requests).toEqual([]);
	expect(file.problems).toEqual([]);
});
