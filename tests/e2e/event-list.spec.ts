import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { events: { id: string; title: string }[] };

test('the full view lists every event of the seed article in time order, with dates and excerpts', async ({ page }) => {
	await page.goto('/t/putin-taliban-allies/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin Says Taliban ‘Our Allies’ in Fighting Terrorism');
	const items = page.locator('ol.event-list > li');
	await expect(items).toHaveCount(seed.events.length);
	for (const event of seed.events) {
		await expect(page.locator(`#event-${event.id} h3`)).toHaveText(event.title);
	}
	await expect(items.first().locator('h3')).toHaveText('Soviet war in Afghanistan');
	await expect(items.first()).toContainText('1980s, per the article');
	await expect(items.first()).toContainText('24 Dec 1979 – 15 Feb 1989');
	await expect(items.first().locator('mark')).toHaveText("The Soviet Union's invasion of Afghanistan in the 1980s");
	await expect(items.last().locator('h3')).toHaveText('Russia recognises the Taliban government');
});

test('the full view works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/t/putin-taliban-allies/');
	await expect(page.locator('ol.event-list > li')).toHaveCount(seed.events.length);
	// The timeline's own stylesheet is in the prerendered page (it was once left to the script to load),
	// and its room says why it is empty.
	await expect(page.locator('.chart-placeholder')).toHaveCSS('border-top-style', 'solid');
	// (Playwright's text matching skips <noscript>, so its text is read directly.)
	expect(await page.locator('.chart-placeholder noscript').evaluate((element) => element.textContent)).toContain('drawn with JavaScript');
	await context.close();
});

test('the JSON Schema is served at its stable URL', async ({ request }) => {
	const response = await request.get('/schema/timeline.v1.json');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/json');
	const schema = await response.json();
	expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	expect(schema.required).toEqual(expect.arrayContaining(['version', 'article', 'events']));
});
