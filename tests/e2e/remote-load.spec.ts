/**
 * Archives opened by URL (?src=): loaded, checked and handed over by a worker, with their progress shown,
 * a Cancel that works, faults as they are found, and the same in a sandboxed iframe, where the browser
 * refuses a worker from the site's own URL.
 */
import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { syntheticDocument } from '../../src/lib/model/document/synthetic';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

async function serve(page: Page, path: string, body: string, contentType = 'application/json') {
	await page.route(`${ORIGIN}${path}`, (route) => route.fulfill({ status: 200, contentType, body }));
}

test('a 10,000-event archive loads in the embed and the full view, and is drawn whole', async ({ page }) => {
	await serve(page, '/__fixtures/archive.json', JSON.stringify(syntheticDocument(10_000, 3)));
	for (const view of ['/embed/', '/t/putin-taliban-allies/']) {
		await page.goto(`${view}?src=/__fixtures/archive.json`);
		await expect(page.locator('.timeline-view[data-ready][data-events="10000"]')).toBeAttached({ timeout: 20_000 });
		await expect(page.locator('rect.event').first()).toBeAttached();
	}
});

test('loading shows its progress, and Cancel stops it and offers to load again', async ({ page }) => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let requests = 0;
	await page.route(`${ORIGIN}/__fixtures/slow.json`, async (route) => {
		requests++;
		if (requests === 1) await held;
		await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(syntheticDocument(50, 1)) });
	});
	await page.goto('/embed/?src=/__fixtures/slow.json');
	const progress = page.getByRole('progressbar', { name: /Loading the timeline from \/__fixtures\/slow\.json/ });
	await expect(progress).toBeVisible();
	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('was cancelled');
	release();
	await page.getByRole('button', { name: 'Load it again' }).click();
	await expect(page.locator('.timeline-view[data-ready][data-events="50"]')).toBeAttached();
});

test('a document with thousands of faults lists the first few hundred and counts them all', async ({ page }) => {
	const synthetic = syntheticDocument(2_000, 1);
	// New date records: the generator shares one per day between documents, and a later test in this worker
	// would read the faulty dates.
	const document = { ...synthetic, events: synthetic.events.map((event) => ({ ...event, date: { ...event.date, edtf: '2024-13' } })) };
	await serve(page, '/__fixtures/faulty.json', JSON.stringify(document));
	await page.goto('/embed/?src=/__fixtures/faulty.json');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('has 2,000 faults');
	await expect(alert.locator('li')).toHaveCount(300);
	await expect(alert).toContainText('…and 1,700 more.');
	await expect(alert.locator('li').first()).toContainText('event "event-');
	await expect(alert.locator('li').first()).toContainText('.date.edtf: "2024-13" is not a valid EDTF date');
});

test('a sandboxed embed loads a document by src through its worker', async ({ page }) => {
	await serve(page, '/__fixtures/moon.json', readFileSync('tests/fixtures/timelinejs.json', 'utf8'));
	const report = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body>
		<iframe id="timeline" sandbox="allow-scripts" title="Timeline" style="width: 100%; height: 600px; border: 0"
			src="${ORIGIN}/embed/?src=/__fixtures/moon.json"></iframe></body></html>`;
	await serve(page, '/__fixtures/sandboxed.html', report, 'text/html');
	await page.goto('/__fixtures/sandboxed.html');
	const frame = page.frameLocator('#timeline');
	await expect(frame.locator('.timeline-view[data-ready][data-events="4"]')).toBeAttached();
	await expect(frame.locator('rect.event[data-event-id="apollo-11"]')).toBeAttached();
});

test('a src on a host that does not let other sites read it says so, names the header, titles the tab and leads back to the shelf', async ({ page }) => {
	// A host of another origin whose answer the browser refuses the page: to the page, a refused read (no
	// CORS header) is a failed fetch, as Playwright's aborted request is.
	const other = ORIGIN.replace('127.0.0.1', 'localhost');
	await page.route(`${other}/__fixtures/no-cors.json`, (route) => route.abort('failed'));
	await page.goto(`/t/putin-taliban-allies/?src=${other}/__fixtures/no-cors.json`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not be fetched');
	await expect(alert).toContainText('Access-Control-Allow-Origin');
	// The tab no longer names the seed, which the page does not show.
	await expect(page).toHaveTitle(/^Timeline not shown: .*no-cors\.json — Chronoscope$/);
	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
	await page.getByRole('link', { name: 'See all timelines' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/`);
	await expect(page).toHaveTitle('Chronoscope: timelines of news articles');
});
