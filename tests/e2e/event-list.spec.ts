import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { positionAtTime } from '../../src/lib/model/site/event-list-pages';
import { formatInteger } from '../../src/lib/model/text/format-number';
import { syntheticDocument, syntheticTimeline } from '../../src/lib/model/document/synthetic';
import { readTime } from '../../src/lib/model/site/view-url';

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
	expect(schema.required).toEqual(expect.arrayContaining(['version', 'events']));
	// One article, or a history's many.
	expect(schema.oneOf).toEqual([{ required: ['article'] }, { required: ['articles'] }]);
});

test.describe('a list of thousands of events (a document loaded from a URL)', () => {
	/** The preview server's origin: playwright.config's port, which E2E_PORT moves. */
	const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
	const COUNT = 10_000;
	// The same events in time order as the page orders them, to say which event is where.
	const { events } = syntheticTimeline(COUNT);
	const idAt = (position: number) => events[position]!.data.id;
	const bigDocument = syntheticDocument(COUNT);
	// Deep in the list: an event the article quotes, far from the first page.
	const quoted = idAt(7_321);
	bigDocument.article!.text += ' The census of record was taken.';
	bigDocument.events.find((event) => event.id === quoted)!.excerpts = [{ type: 'TextQuoteSelector', exact: 'census of record' }];
	const body = JSON.stringify(bigDocument);

	/** Opens the full view of the document (`suffix`: more of the query, a hash) once it is loaded and drawn. */
	async function openBig(page: Page, suffix = '', document = body) {
		await page.route(`${ORIGIN}/__fixtures/big.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: document }));
		await page.goto(`/t/putin-taliban-allies/?src=/__fixtures/big.json${suffix}`);
		// Loading and checking 10,000 events takes the main thread a few seconds (a Web Worker is to take it over).
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Synthetic timeline/, { timeout: 20_000 });
		await page.locator('.timeline-view[data-ready]').waitFor();
	}
	const count = (page: Page) => page.locator('.pager .count');
	const items = (page: Page) => page.locator('ol.event-list > li');

	test('shows a page of the list, says which, and turns pages', async ({ page }) => {
		await openBig(page);
		await expect(count(page)).toHaveText('Events 1–100 of 10,000');
		await expect(items(page)).toHaveCount(100);
		// The page holds a few hundred list items at most, never the whole list.
		expect(await page.locator('li').count()).toBeLessThan(300);
		await expect(items(page).first()).toHaveAttribute('id', `event-${idAt(0)}`);
		await expect(page.getByRole('button', { name: 'Earlier events' }).first()).toBeDisabled();
		// By keyboard: the next page comes, and reading goes on from its first event.
		await page.getByRole('button', { name: 'Later events: 101–200' }).first().focus();
		await page.keyboard.press('Enter');
		await expect(count(page)).toHaveText('Events 101–200 of 10,000');
		await expect(page.locator(`#event-${idAt(100)}`)).toBeFocused();
		await expect(page.locator('ol.event-list')).toHaveAttribute('start', '101');
	});

	test('goes to an event by its number or a date, by keyboard', async ({ page }) => {
		await openBig(page);
		await page.getByLabel('Go to event number').focus();
		await page.keyboard.type('5000');
		await page.keyboard.press('Enter');
		await expect(count(page)).toHaveText('Events 4,901–5,000 of 10,000');
		await expect(page.locator(`#event-${idAt(4_999)}`)).toBeFocused();
		await expect(page.locator(`#event-${idAt(4_999)}`)).toBeInViewport();

		const date = page.getByLabel('Go to date');
		await date.fill('May 2001');
		await date.press('Enter');
		await expect(page.getByRole('alert')).toContainText('“May 2001” is not a date');
		await expect(date).toHaveAttribute('aria-invalid', 'true');
		await date.fill('2001-05');
		await date.press('Enter');
		const first = positionAtTime(events, readTime('2001-05')!);
		await expect(page.locator(`#event-${idAt(first)}`)).toBeFocused();
		await expect(page.locator(`#event-${idAt(first)} .resolved`)).toContainText('May 2001');
		await expect(count(page)).toHaveText(`Events ${formatInteger(Math.floor(first / 100) * 100 + 1)}–${formatInteger(Math.floor(first / 100) * 100 + 100)} of 10,000`);
	});

	test('a #event- link brings its event into the list, from the URL, the address bar and the article', async ({ page }) => {
		const target = idAt(8_195);
		await openBig(page, `#event-${target}`);
		await expect(count(page)).toHaveText('Events 8,101–8,200 of 10,000');
		await expect(page.locator(`#event-${target}`)).toBeInViewport();
		await expect(page.locator(`#event-${target}`)).toBeFocused();

		await page.evaluate(() => (location.hash = '#event-event-1'));
		await expect(page.locator('#event-event-1')).toBeInViewport();

		// The article's link to the event it quotes: followed with JavaScript, it selects the event on the
		// chart, and the list shows the page that holds it.
		const link = page.locator('.article-text mark a');
		await expect(link).toHaveAttribute('href', `#event-${quoted}`);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`[?&]event=${quoted}(&|#|$)`));
		await expect(count(page)).toHaveText('Events 7,301–7,400 of 10,000');
		await expect(page.locator(`#event-${quoted}`)).toBeAttached();
	});

	test('shows the page of the event the URL selects on the chart', async ({ page }) => {
		await openBig(page, `&event=${idAt(2_500)}`);
		await expect(count(page)).toHaveText('Events 2,501–2,600 of 10,000');
		await expect(items(page).first()).toHaveAttribute('id', `event-${idAt(2_500)}`);
	});

	test('says it prints only the page shown, and prints that', async ({ page }) => {
		await openBig(page);
		await expect(page.locator('.print-note')).toHaveText(/^Printing prints only the events shown, not all 10,000; the whole list is in the timeline’s document\.$/);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		await expect(items(page)).toHaveCount(100);
		await expect(page.locator('.printed')).toHaveText(`This printout lists events 1–100 of 10,000, in time order; the whole list is in ${ORIGIN}/__fixtures/big.json.`);
		await expect(page.locator('.print-note')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Later events: 101–200' }).first()).toBeHidden();
	});

	test('a list of up to 2,000 events is shown whole when asked, and printed whole', async ({ page }) => {
		await openBig(page, '', JSON.stringify(syntheticDocument(1000)));
		await expect(count(page)).toHaveText('Events 1–100 of 1,000');
		await expect(page.locator('.print-note')).toContainText('Printing prints all 1,000 events.');
		await page.getByRole('button', { name: 'Show all 1,000 events' }).click();
		await expect(count(page)).toHaveText('All 1,000 events');
		await expect(items(page)).toHaveCount(1000);
		await page.getByRole('button', { name: 'Show in pages' }).click();
		await expect(items(page)).toHaveCount(100);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await expect(items(page)).toHaveCount(1000);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		await expect(items(page)).toHaveCount(100);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await openBig(page);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
		});
	}
});
