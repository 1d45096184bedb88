/**
 * The site built with BASE_PATH=/sub and served from build-subpath/ under /sub/ only, as GitHub Pages
 * serves a project site (scripts/serve.ts --no-headers): anything the pages ask for outside /sub/ is a 404, and fails here.
 */
import { expect, test, type Page } from '../e2e/test';
import { readFileSync } from 'node:fs';
import { open } from '../e2e/helpers';

const BASE = '/sub';
const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { events: unknown[] };
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

/** Records what went wrong on a page: failed requests and responses, requests outside /sub/, script errors. */
function watch(page: Page, problems: string[] = []) {
	const origin = new URL(test.info().project.use.baseURL!).origin;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === origin && !url.pathname.startsWith(`${BASE}/`)) problems.push(`outside ${BASE}/: ${url.pathname}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
	return problems;
}

/** The selection and the view are in the URL; every address the page writes stays under /sub/. */
async function selectCrocus(page: Page) {
	await page.locator('rect.event[data-event-id="crocus-city-hall-attack"]').click();
	await expect(page).toHaveURL(new RegExp(`^[^?]*//[^/]+${BASE}/t/putin-taliban-allies/\\?(.+&)?event=crocus-city-hall-attack`));
}

test('the full view renders with its scripts and styles, and its Embed dialog gives addresses under /sub/', async ({ page, baseURL }) => {
	const problems = watch(page);
	await open(page, `${BASE}/t/putin-taliban-allies/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin Says Taliban ‘Our Allies’ in Fighting Terrorism');
	await expect(page.locator('rect.event').first()).toBeVisible();
	await expect(page.locator('ol.event-list > li')).toHaveCount(seed.events.length);
	// The site's stylesheet (theme.css) applies, and the icon is the one under /sub/.
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent'))).not.toBe('');
	expect(new URL(await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href)).pathname).toBe(`${BASE}/favicon.svg`);

	await selectCrocus(page);
	const view = new URL(page.url()).search;
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const snippet = await page.getByLabel('Embed code').inputValue();
	// The view, and the light theme an embed has unless asked otherwise.
	expect(snippet).toContain(`src="${baseURL}${BASE}/t/putin-taliban-allies/embed/${view}&theme=light"`);
	expect(snippet).toContain(`<script src="${baseURL}${BASE}/embed.js" async></script>`);
	expect(await page.getByLabel('Link to this view').inputValue()).toBe(`${baseURL}${BASE}/t/putin-taliban-allies/${view}`);

	// The snippet works in another page: the embed draws the same view, and embed.js (from /sub/) sizes it.
	await page.route(`${baseURL}${BASE}/__fixtures/plain.html`, (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Plain</title><body>${snippet}</body></html>` })
	);
	await page.goto(`${BASE}/__fixtures/plain.html`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('rect.event[data-event-id="crocus-city-hall-attack"]')).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => page.locator('iframe').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height))).not.toBe(520);
	expect(problems).toEqual([]);
});

test('the embed view works, and its link opens the full view of the same view under /sub/', async ({ page, context }) => {
	const problems = watch(page);
	context.on('page', (popup) => watch(popup, problems));
	await open(page, `${BASE}/t/putin-taliban-allies/embed/?from=2021-01-01&to=2024-12-31&excerpts=1&theme=dark`);
	await expect(page.locator('rect.event').first()).toBeVisible();
	await expect(page.locator('.embed')).toHaveCSS('padding-top', '8px');
	const link = page.getByRole('link', { name: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism' });
	await expect(link).toHaveAttribute('href', `${BASE}/t/putin-taliban-allies/?from=2021-01-01&to=2024-12-31`);
	const [full] = await Promise.all([page.waitForEvent('popup'), link.click()]);
	await full.locator('.timeline-view[data-ready]').waitFor();
	expect(new URL(full.url()).pathname).toBe(`${BASE}/t/putin-taliban-allies/`);
	await expect(full.locator('ol.event-list > li')).toHaveCount(seed.events.length);
	expect(problems).toEqual([]);
});

test('the prerendered pages work without JavaScript: styles, and the embed link, under /sub/', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	const problems = watch(page);
	await page.goto(`${BASE}/t/putin-taliban-allies/`);
	await expect(page.locator('ol.event-list > li')).toHaveCount(seed.events.length);
	await expect(page.locator('.chart-placeholder')).toHaveCSS('border-top-style', 'solid');
	await page.goto(`${BASE}/t/putin-taliban-allies/embed/`);
	const href = await page.locator('.embed-header a').evaluate((a: HTMLAnchorElement) => a.href);
	expect(new URL(href).pathname).toBe(`${BASE}/t/putin-taliban-allies/`);
	// With JavaScript off, Chromium refuses the pages' module preloads itself (reported as "csp").
	expect(problems.filter((problem) => !problem.endsWith('(csp)'))).toEqual([]);
	await context.close();
});

test('the JSON Schema and embed.js are served under /sub/', async ({ request }) => {
	const schema = await request.get(`${BASE}/schema/timeline.v1.json`);
	expect(schema.ok()).toBe(true);
	expect((await schema.json()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	expect((await request.get(`${BASE}/embed.js`)).ok()).toBe(true);
	// This host serves nothing outside /sub/, so a page that asked for the root would fail the tests above.
	expect((await request.get('/schema/timeline.v1.json')).status()).toBe(404);
});

test('a relative ?src= is read from /sub/ in the embed view, and carried to the full view and its Embed dialog', async ({ page, context, baseURL }) => {
	const problems = watch(page);
	context.on('page', (popup) => watch(popup, problems));
	await context.route(`${baseURL}${BASE}/__fixtures/moon.json`, (route) => route.fulfill({ contentType: 'application/json', body: fixture('timelinejs.json') }));
	await page.goto(`${BASE}/embed/?src=__fixtures/moon.json`);
	await expect(page.locator('rect.event').first()).toBeVisible();
	const link = page.getByRole('link', { name: 'A short history of the Moon' });
	await expect(link).toHaveAttribute('href', `${BASE}/t/putin-taliban-allies/?src=__fixtures%2Fmoon.json`);
	const [full] = await Promise.all([page.waitForEvent('popup'), link.click()]);
	await full.locator('.timeline-view[data-ready]').waitFor();
	await expect(full.locator('ol.event-list > li')).toHaveCount(4);
	await full.getByRole('button', { name: 'Embed or download' }).click();
	expect(await full.getByLabel('Embed code').inputValue()).toContain(`src="${baseURL}${BASE}/embed/?src=__fixtures%2Fmoon.json&theme=light"`);
	expect(problems).toEqual([]);
});

test('the search worker starts from under /sub/, and a search stays in addresses under /sub/', async ({ page }) => {
	const problems = watch(page);
	await open(page, `${BASE}/t/putin-taliban-allies/?q=crocus`);
	await expect(page.locator('#timeline-search-status')).toHaveText('1 of 11 events');
	await page.getByRole('searchbox', { name: 'Find' }).press('Enter');
	await expect(page).toHaveURL(new RegExp(`^[^?]*//[^/]+${BASE}/t/putin-taliban-allies/\\?(.+&)?q=crocus`));
	expect(problems).toEqual([]);
});
