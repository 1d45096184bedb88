import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { open } from './helpers';

/** The preview server's origin: playwright.config's port, which E2E_PORT moves. */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

interface BundledDocument {
	title?: string;
	article?: { title: string; publisher: string };
	articles?: { publisher: string }[];
	events: unknown[];
}

/**
 * Every bundled timeline, as data/ holds it, with the title and byline its shelf entry shows: its article's
 * title and publisher, or a history's own title and how many articles it has from whom.
 */
const bundled = readdirSync('data', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => {
		const document = JSON.parse(readFileSync(`data/${entry.name}/timeline.json`, 'utf8')) as BundledDocument;
		if (document.article) return { id: entry.name, title: document.article.title, byline: document.article.publisher, events: document.events };
		const articles = document.articles!;
		const publishers = new Set(articles.map((article) => article.publisher));
		const from = publishers.size === 1 ? [...publishers][0] : `${publishers.size} publishers`;
		return { id: entry.name, title: document.title!, byline: `${articles.length} articles from ${from}`, events: document.events };
	});

const shelf = (page: Page) => page.getByRole('main').getByRole('listitem');

test('the shelf lists every bundled timeline, and each opens its full view', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timelines of news articles');
	await expect(shelf(page)).toHaveCount(bundled.length);
	for (const timeline of bundled) {
		const entry = shelf(page).filter({ has: page.getByRole('link', { name: timeline.title, exact: true }) });
		await expect(entry).toContainText(timeline.byline);
		await expect(entry).toContainText(`${timeline.events.length} events`);
	}
	const seed = shelf(page).filter({ hasText: 'Putin Says Taliban' });
	await expect(seed).toContainText('The Defense News · as of 5 Jul 2024');
	await expect(seed).toContainText('1979 – 2025 · 11 events');
	// The overview draws every event, and leaves the words to the text beside it.
	await expect(seed.locator('svg.overview')).toHaveAttribute('aria-hidden', 'true');
	await expect(seed.locator('svg.overview').locator('rect, circle')).toHaveCount(11);

	await page.getByRole('link', { name: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/t/putin-taliban-allies/`);
	await page.locator('.timeline-view[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin Says Taliban ‘Our Allies’ in Fighting Terrorism');
	// And back to the shelf from the full view.
	await page.getByRole('link', { name: /all timelines/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timelines of news articles');
});

test('a whole entry opens its timeline, not only its title', async ({ page }) => {
	await page.goto('/');
	const entry = shelf(page).filter({ hasText: 'Putin Says Taliban' });
	// The title's link covers the entry: a click on the overview is a click on the link.
	const box = (await entry.locator('svg.overview').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(`${ORIGIN}/t/putin-taliban-allies/`);
});

test('a link to the view / used to open lands on that view, in place of the old entry', async ({ page }) => {
	await page.goto('/favicon.svg');
	await open(page, '/?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31');
	await expect(page).toHaveURL(`${ORIGIN}/t/putin-taliban-allies/?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31`);
	await expect(page.locator('rect.event[data-event-id="crocus-city-hall-attack"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.article-column mark.active')).toContainText('Crocus City Hall');
	// Back goes to the page before the link, not to the shelf that sent it on.
	await page.goBack();
	await expect(page).toHaveURL(`${ORIGIN}/favicon.svg`);
});

test('so does such a link followed within the app', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), { href: '/?event=crocus-city-hall-attack&lanes=category', textContent: 'Old link' });
		document.querySelector('main')!.prepend(link);
	});
	await page.getByRole('link', { name: 'Old link' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/t/putin-taliban-allies/?event=crocus-city-hall-attack&lanes=category`);
	await expect(page.locator('rect.event[data-event-id="crocus-city-hall-attack"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('radio', { name: 'Category' })).toBeChecked();
});

test('a link to a document loaded into the old view (?src=) still loads it', async ({ page }) => {
	await page.route(`${ORIGIN}/__fixtures/licensed.json`, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync('tests/fixtures/licensed.json', 'utf8') })
	);
	await open(page, '/?src=/__fixtures/licensed.json');
	await expect(page).toHaveURL(`${ORIGIN}/t/putin-taliban-allies/?src=/__fixtures/licensed.json`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour bridge reopens after two-year repair');
});

test('the shelf works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(shelf(page)).toHaveCount(bundled.length);
	await page.getByRole('link', { name: 'Putin Says Taliban ‘Our Allies’ in Fighting Terrorism' }).click();
	await expect(page.locator('ol.event-list > li')).toHaveCount(11);
	await context.close();
});

test.describe('a licensed article is credited wherever it is shown', () => {
	test.beforeEach(async ({ page }) => {
		await page.route(`${ORIGIN}/__fixtures/licensed.json`, (route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync('tests/fixtures/licensed.json', 'utf8') })
		);
	});

	test('in the full view and its export', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?src=/__fixtures/licensed.json');
		const credit = page.locator('.page-header .credit');
		await expect(credit).toHaveText('Article: “Harbour bridge reopens after two-year repair”, Wikinews, licensed under CC BY 2.5. Changes: photo captions left out.');
		await expect(credit.getByRole('link', { name: 'Harbour bridge reopens after two-year repair' })).toHaveAttribute(
			'href',
			'https://en.wikinews.org/wiki/Chronoscope_test_fixture'
		);
		await expect(credit.getByRole('link', { name: 'CC BY 2.5' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/2.5/');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg).toContain('The article is licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). Changes: photo captions left out.');
	});

	test('in the embed, compactly, its links opening a new tab', async ({ page }) => {
		await open(page, '/embed/?src=/__fixtures/licensed.json');
		const credit = page.locator('.credit');
		await expect(credit).toHaveText('Made with Chronoscope · source: “Harbour bridge reopens after two-year repair”, Wikinews, CC BY 2.5, text changed');
		await expect(credit.getByRole('link', { name: 'CC BY 2.5' })).toHaveAttribute('target', '_blank');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of [
		{ width: 375, height: 740 },
		{ width: 1280, height: 800 }
	]) {
		test(`the shelf has no axe violations at ${viewport.width} px in the ${colorScheme} theme`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme });
			await page.goto('/');
			await expect(shelf(page).first()).toBeVisible();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
		});
	}
}
