/**
 * The editor's "Host the timeline.json yourself" on the site published under /sub/: its embed code and
 * link open the hosted file by ?src= under /sub/, and work from a report's page.
 */
import { expect, test } from '../e2e/test';

const BASE = '/sub';
/** The other site that hosts the file: answered by the test, never the network. */
const HOSTED = 'https://files.example.test/rain/timeline.json';
const TITLE = 'Rain ends a long drought';

test("the editor's code for a timeline.json hosted elsewhere opens it under /sub/, credited with its licence", async ({ page, context, baseURL }) => {
	await page.goto(`${BASE}/edit/`);
	await page.getByLabel('Article text').fill('The Daily\n\nThe drought began in 2019. Rain fell on Monday, and the reservoirs filled on Tuesday.');
	await page.getByLabel('Title', { exact: true }).fill(TITLE);
	await page.getByLabel('Publisher').fill('The Daily');
	await page.getByLabel('Publication date').fill('2024-07-05');
	await page.getByLabel('Address of the article (optional)').fill('https://example.org/rain');
	await page.getByLabel('Licence of the article').selectOption({ label: 'CC BY 4.0' });
	await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
	await page.getByRole('button', { name: 'Accept all proposed' }).click();
	await expect(page.getByText('Ready to publish')).toBeVisible();

	await page.getByRole('button', { name: 'Host the timeline.json yourself' }).click();
	const dialog = page.getByRole('dialog', { name: 'Host the timeline.json yourself' });
	const downloading = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Download timeline.json' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('timeline.json');
	const body = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
	await dialog.getByLabel('Address of the timeline.json on your host').fill(HOSTED);
	const src = encodeURIComponent(HOSTED);
	const snippet = await dialog.getByLabel('Embed code').inputValue();
	expect(snippet).toContain(`<iframe src="${baseURL}${BASE}/embed/?src=${src}" title="Timeline: ${TITLE}"`);
	expect(snippet).toContain(`<script src="${baseURL}${BASE}/embed.js" async></script>`);
	const link = await dialog.getByLabel('Link to the timeline').inputValue();
	expect(link).toBe(`${baseURL}${BASE}/?src=${src}`);

	await context.route(HOSTED, (route) => route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body }));
	await page.route(`${baseURL}${BASE}/__fixtures/report.html`, (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Report</title><body>${snippet}</body></html>` })
	);
	await page.goto(`${BASE}/__fixtures/report.html`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('rect.event').first()).toBeAttached();
	await expect(frame.locator('p.credit')).toContainText(`“${TITLE}”, The Daily, CC BY 4.0`);

	await page.goto(link);
	await page.locator('.timeline-view[data-ready]').waitFor();
	expect(new URL(page.url()).pathname.startsWith(`${BASE}/t/`)).toBe(true);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.locator('p.credit')).toHaveText(`Article: “${TITLE}”, The Daily, licensed under CC BY 4.0`);
});
