/**
 * "Download as a web page", as a journalist uses it: the timeline downloaded from the full view as one HTML
 * file, then opened from disk (file://) as a reader would open it once it is attached to a report or
 * uploaded, with every request to any host watched. It must ask nothing of any host and work whole: the
 * chart, hover, zoom, the article, story mode, the search and the exports.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { syntheticDocument } from '../../src/lib/model/document/synthetic';
import { history } from '../fixtures/history';
import { expect, test, type Page } from './test';
import { open } from './helpers';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const SEED_TITLE = 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const card = (page: Page) => page.getByRole('region', { name: 'Story' });

/** From a full view already open: downloads the timeline as a web page, saved where the test keeps its files. */
async function downloadWebPage(page: Page, name: string): Promise<string> {
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as a web page' }).click();
	const download = await downloading;
	const path = test.info().outputPath(name);
	await download.saveAs(path);
	await expect(page.getByRole('dialog').getByRole('status').last()).toHaveText('Downloaded the web page.');
	await page.keyboard.press('Escape');
	return path;
}

/** Every request the browser makes from here on to an http(s) host, by any page or worker of the test's. */
function watchHosts(page: Page): string[] {
	const requests: string[] = [];
	page.context().on('request', (request) => {
		if (/^(https?|wss?):/i.test(request.url())) requests.push(request.url());
	});
	return requests;
}

/** Opens a saved page from disk and waits for its timeline to be drawn. */
async function openFile(page: Page, path: string, query = '') {
	await page.goto(`${pathToFileURL(path).href}${query}`);
	await page.locator('.timeline-view[data-ready]').waitFor();
}

/** The size a file is, and gzipped (as a web host would send it), in KB. */
function sizeOf(path: string): string {
	const bytes = statSync(path).size;
	return `${(bytes / 1024).toFixed(0)} KB (${(gzipSync(readFileSync(path)).length / 1024).toFixed(0)} KB gzipped)`;
}

test('the seed downloaded as a web page opens from file:// with no request to any host, and works', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	const path = await downloadWebPage(page, 'putin-taliban-allies-timeline.html');
	expect(path.endsWith('.html')).toBe(true);
	test.info().annotations.push({ type: 'size', description: `the seed's web page: ${sizeOf(path)}` });
	// Small enough to attach to a report: the viewer and the document, with nothing else bundled in.
	expect(statSync(path).size).toBeLessThan(640 * 1024);

	const requests = watchHosts(page);
	await openFile(page, path);
	await expect(page).toHaveTitle(`${SEED_TITLE} — Chronoscope`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
	await expect(page.locator('ol.event-list > li')).toHaveCount(11);

	// Hover: the event's tooltip.
	await page.locator('rect.event[data-event-id="crocus-city-hall-attack"]').hover();
	await expect(page.getByRole('tooltip')).toContainText('IS-K attack on Crocus City Hall');
	await page.mouse.move(0, 0);

	// Zoom in: the view narrows, and the page's address keeps it.
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => param(page, 'from')).not.toBeNull();
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect.poll(() => param(page, 'from')).toBeNull();

	// The article: an excerpt selects its event on the timeline.
	await page.locator('.article-text mark a', { hasText: 'deadliest terror attack' }).click();
	await expect(page.locator('rect.event[data-event-id="beslan-school-siege"]')).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => param(page, 'event')).toBe('beslan-school-siege');

	// Story mode steps from event to event.
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Story', exact: true }).click();
	await card(page).getByRole('button', { name: 'Begin →' }).click();
	await expect(card(page)).toContainText('Event 1 of 11');
	const first = await card(page).getByRole('heading').textContent();
	await card(page).getByRole('button', { name: 'Next →' }).click();
	await expect(card(page)).toContainText('Event 2 of 11');
	await expect(card(page).getByRole('heading')).not.toHaveText(first!);
	await page.getByRole('button', { name: 'Story', exact: true }).click();

	// The search, whose index is built in a worker started from the page itself.
	await page.getByRole('searchbox', { name: 'Find' }).fill('kabul');
	await expect(page.locator('#timeline-search-status')).toHaveText('3 of 11 events');
	await expect(page.locator('ol.event-list > li')).toHaveCount(3);
	await page.getByRole('searchbox', { name: 'Find' }).fill('');

	// Export: the view downloads as SVG and as PNG, from the page's one dialog.
	await page.getByRole('button', { name: 'Download', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Download as a web page' })).toHaveCount(0);
	const svgDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SVG' }).click();
	const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
	expect(svg).toMatch(/^<svg /);
	expect(svg).toContain('IS-K attack on Crocus City Hall');
	const pngDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PNG' }).click();
	expect(
		readFileSync((await (await pngDownload).path())!)
			.subarray(1, 4)
			.toString()
	).toBe('PNG');
	await page.keyboard.press('Escape');

	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
	expect(requests, 'requests to any host').toEqual([]);
});

test('a history downloaded as a web page keeps its sources, and the page loads no document a ?src= names', async ({ page }) => {
	await page.route(`${ORIGIN}/__fixtures/history.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(history()) }));
	await open(page, '/t/putin-taliban-allies/?src=/__fixtures/history.json');
	const path = await downloadWebPage(page, 'dam-collapse-timeline.html');

	const requests = watchHosts(page);
	await openFile(page, path, `?src=${encodeURIComponent(`${ORIGIN}/__fixtures/other.json`)}&event=dam-collapses`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The dam collapse');
	await expect(page.locator('rect.event[data-event-id="dam-collapses"]')).toHaveAttribute('aria-pressed', 'true');
	const sources = page.getByRole('region', { name: 'Sources' });
	await expect(sources.getByRole('listitem')).toHaveCount(3);
	await expect(sources.getByRole('region', { name: 'Edenville Dam collapses' })).toContainText('Reported in 3 of 3 articles, from 2 publishers');
	await expect(sources.locator('blockquote mark')).toHaveText(['The Edenville Dam collapsed on Tuesday', 'collapse of the Edenville Dam on May 19', 'the dam failed on May 19']);
	await expect(page.locator('.page-header .credit')).toHaveText('Articles licensed under CC BY 2.5; each article is credited under Sources.');
	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
	expect(requests, 'requests to any host').toEqual([]);
});

test('a timeline of 1,000 events downloads as a web page that opens whole from a static host, which is asked for nothing but the page', async ({ page }) => {
	const document = syntheticDocument(1000, 1);
	await page.route(`${ORIGIN}/__fixtures/synthetic-1000.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(document) }));
	await open(page, '/t/putin-taliban-allies/?src=/__fixtures/synthetic-1000.json');
	const path = await downloadWebPage(page, 'synthetic-1000-timeline.html');
	test.info().annotations.push({ type: 'size', description: `a web page of 1,000 events: ${sizeOf(path)}` });
	expect(statSync(path).size).toBeLessThan(1536 * 1024);

	// Uploaded to a CMS: served as a plain file from a host of its own.
	const HOSTED = 'https://reports.example/2024/timeline.html';
	await page.route(HOSTED, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path) }));
	const requests = watchHosts(page);
	await page.goto(HOSTED);
	await page.locator('.timeline-view[data-ready]').waitFor();
	await expect(page.locator('.timeline-view')).toHaveAttribute('data-events', '1000');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic timeline of 1,000 events');
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => param(page, 'from')).not.toBeNull();
	expect(requests, 'requests to any host').toEqual([HOSTED]);
});

test('a downloaded page whose document was edited wrong says what is wrong with it, and ?theme= sets its colours', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	const path = await downloadWebPage(page, 'seed.html');
	const html = readFileSync(path, 'utf8');
	const date = '"edtf":"2024-03-22T20:00:00+03:00"';
	expect(html.includes(date)).toBe(true);
	writeFileSync(path, html.replace(date, '"edtf":"2024-13-22"'));
	await page.goto(`${pathToFileURL(path).href}?theme=dark`);
	await expect(page.getByRole('alert')).toContainText('This timeline could not be shown');
	await expect(page.getByRole('alert')).toContainText(
		'The document at seed.html has a fault: seed.html: event "crocus-city-hall-attack" at $.events[5].date.edtf: "2024-13-22" is not a valid EDTF date'
	);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});

test('the dialog says what went wrong when the site has no viewer to put in the page', async ({ page }) => {
	await page.route(`${ORIGIN}/one-file-page/viewer.js`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
	await open(page, '/t/putin-taliban-allies/');
	await page.getByRole('button', { name: 'Embed or download' }).click();
	await page.getByRole('button', { name: 'Download as a web page' }).click();
	await expect(page.getByRole('dialog').getByRole('status').last()).toHaveText(
		`The web page could not be made: this site has no viewer for it (404 for ${ORIGIN}/one-file-page/viewer.js): it is written by npm run build.`
	);
});
