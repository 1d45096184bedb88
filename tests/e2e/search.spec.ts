/**
 * Finding inside a timeline as a reader does: typing in the search field, stepping from match to match,
 * filtering by lane, following a link that holds a search, going Back, and searching a large timeline.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { syntheticDocument } from '../../src/lib/model/document/synthetic';
import { expect, test, type Page } from './test';
import { open, paintedTexts } from './helpers';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const field = (page: Page) => page.getByRole('searchbox', { name: 'Find' });
const status = (page: Page) => page.locator('#timeline-search-status');
/** The shapes the chart last painted, as the canvas keeps them. */
const paintedShapes = (page: Page) =>
	page.locator('.surface canvas.marks').evaluate((canvas) => (canvas as HTMLCanvasElement & { drawing?: { shapes: Record<string, unknown>[] } }).drawing?.shapes ?? []);

test('typing "crocus" on the seed finds the Crocus event, and Enter takes the reader to it and its excerpt', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	await page.keyboard.press('/');
	await expect(field(page)).toBeFocused();
	await page.keyboard.type('crocus', { delay: 40 });
	await expect(status(page)).toHaveText('1 of 11 events');
	// The list shows only the match, with the word marked.
	const list = page.locator('.event-list > li');
	await expect(list).toHaveCount(1);
	await expect(list.first().locator('h3 mark.found')).toHaveText('Crocus');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/event=crocus-city-hall-attack/);
	await expect(status(page)).toHaveText('1 of 11 events; match 1 selected');
	// The article's excerpt of the event is the current one, in view.
	const excerpt = page.locator('.article-text mark.active');
	await expect(excerpt).toContainText('attack on a Moscow concert');
	await expect(excerpt).toBeInViewport();
	// The chart frames the match and fades the rest.
	const labels = await paintedTexts(page);
	expect(labels.find((text) => text.text.startsWith('IS-K attack on Crocus'))).toBeTruthy();
	const shapes = await paintedShapes(page);
	expect(shapes.some((shape) => shape.type === 'rect' && (shape.paint as { stroke?: string }).stroke === 'fg')).toBe(true);
	expect(shapes.filter((shape) => shape.type === 'text' && shape.style === 'label' && shape.colour === 'fg-muted').length).toBeGreaterThan(5);
	// Escape clears the field, and every event is listed again.
	await field(page).focus();
	await page.keyboard.press('Escape');
	await expect(field(page)).toHaveValue('');
	await expect(list).toHaveCount(11);
});

test('words are required together, quoted phrases in a row, accents and case ignored; a query with nothing to find says so', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	await field(page).fill('FALL kábul');
	await expect(status(page)).toHaveText('1 of 11 events');
	await field(page).fill('"city hall"');
	await expect(status(page)).toHaveText('1 of 11 events');
	await field(page).fill('"hall city"');
	await expect(status(page)).toHaveText('0 of 11 events');
	await expect(page.getByText('No event matches the search.')).toBeVisible();
	await field(page).fill('.*');
	await expect(status(page)).toContainText('no letters or digits');
	await field(page).fill('x'.repeat(5000));
	await expect(status(page)).toContainText('over 200 characters');
});

test('Enter and Shift+Enter, and the buttons, step through the matches in time order, wrapping round', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	await field(page).fill('taliban');
	await expect(status(page)).toHaveText('7 of 11 events');
	await field(page).press('Enter');
	await expect(status(page)).toHaveText('7 of 11 events; match 1 selected');
	await field(page).press('Enter');
	await expect(status(page)).toHaveText('7 of 11 events; match 2 selected');
	await field(page).press('Shift+Enter');
	await field(page).press('Shift+Enter');
	await expect(status(page)).toHaveText('7 of 11 events; match 7 selected');
	await page.getByRole('button', { name: 'Next match' }).click();
	await expect(status(page)).toHaveText('7 of 11 events; match 1 selected');
	await page.getByRole('button', { name: 'Previous match' }).click();
	await expect(status(page)).toHaveText('7 of 11 events; match 7 selected');
});

test('a link with q= reopens the search, and Back restores the search before', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?q=crocus');
	await expect(field(page)).toHaveValue('crocus');
	await expect(status(page)).toHaveText('1 of 11 events');
	await expect(page.locator('.event-list > li')).toHaveCount(1);
	// Typed, the query settles into one history entry, not one per key.
	await field(page).fill('');
	await field(page).pressSequentially('russia', { delay: 30 });
	await expect(page).toHaveURL(/q=russia/);
	await expect(status(page)).toHaveText(/of 11 events/);
	await page.goBack();
	await expect(page).toHaveURL(/q=crocus/);
	await expect(field(page)).toHaveValue('crocus');
	await expect(status(page)).toHaveText('1 of 11 events');
	await page.goForward();
	await expect(field(page)).toHaveValue('russia');
});

test('a query typed and stepped to at once is a step of its own: Back leaves the search', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	await field(page).fill('crocus');
	await field(page).press('Enter');
	await expect(page).toHaveURL(/q=crocus.*event=crocus-city-hall-attack|event=crocus-city-hall-attack.*q=crocus/);
	await page.goBack();
	await expect(page).not.toHaveURL(/q=/);
	await expect(field(page)).toHaveValue('');
	await expect(page.locator('.event-list > li')).toHaveCount(11);
});

test('a TimelineJS3 document with groups is filtered by one group, with the words or alone', async ({ page }) => {
	await page.route(`${ORIGIN}/__fixtures/moon.json`, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync('tests/fixtures/timelinejs.json', 'utf8') })
	);
	await open(page, '/t/putin-taliban-allies/?src=/__fixtures/moon.json');
	await page.getByRole('button', { name: 'Filters' }).click();
	await page.getByRole('combobox', { name: 'Lane' }).selectOption({ label: 'History' });
	await expect(page).toHaveURL(/lane=history/);
	await expect(status(page)).toHaveText('2 of 4 events');
	await expect(page.locator('.event-list > li h3')).toHaveText([/Assyria/, /Apollo 11/]);
	await field(page).fill('apollo');
	await expect(status(page)).toHaveText('1 of 4 events');
	// Fit to matches shows the span of the result.
	await page.getByRole('button', { name: 'Fit to matches' }).click();
	await expect(page).toHaveURL(/from=1969/);
});

test('filters by a date range, and a link carries it', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?since=2021&until=2022');
	await expect(status(page)).toHaveText(/^[1-9]\d* of 11 events$/);
	await page.getByRole('button', { name: /Filters/ }).click();
	await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('2021-01-01');
	await expect(page.getByRole('textbox', { name: 'to' })).toHaveValue('2022-12-31');
	await page.getByRole('textbox', { name: 'From' }).fill('1900');
	await page.getByRole('textbox', { name: 'to' }).fill('1950');
	await page.getByRole('button', { name: 'Apply dates' }).click();
	await expect(status(page)).toHaveText('0 of 11 events');
	await expect(page).toHaveURL(/since=1900-01-01&until=1950-12-31/);
});

test('at 10,000 synthetic events a query answers and the chart shows its matches', async ({ page }) => {
	await open(page, '/synthetic/?n=10000');
	await field(page).pressSequentially('census', { delay: 30 });
	await expect(status(page)).toHaveText(/^[\d,]+ of 10,000 events$/, { timeout: 15_000 });
	const found = Number((await status(page).textContent())!.split(' ')[0]!.replace(/,/g, ''));
	expect(found).toBeGreaterThan(0);
	expect(found).toBeLessThan(10_000);
	// Clusters say how many of their events match, and those counts add up to no more than the matches.
	await expect.poll(async () => (await paintedShapes(page)).filter((shape) => shape.type === 'text' && shape.matches !== undefined).length).toBeGreaterThan(0);
	const counts = (await paintedShapes(page)).filter((shape) => shape.type === 'text' && shape.matches !== undefined) as { matches: number; count: number; text: string }[];
	expect(counts.every((shape) => shape.matches <= shape.count && shape.text.includes('/'))).toBe(true);
	expect(counts.reduce((sum, shape) => sum + shape.matches, 0)).toBeGreaterThan(0);
	await field(page).press('Enter');
	await expect(status(page)).toContainText('match 1 selected');
});

test('the embed searches too, carries a search in its code, and search=0 leaves the field out', async ({ page }) => {
	await open(page, '/embed/?q=crocus');
	await expect(field(page)).toHaveValue('crocus');
	await expect(status(page)).toHaveText('1 of 11 events');
	// The full view's embed code carries the search, and the embed it makes opens on it.
	await open(page, '/t/putin-taliban-allies/?q=crocus');
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const snippet = await page.getByLabel('Embed code').inputValue();
	expect(snippet).toContain('/t/putin-taliban-allies/embed/?q=crocus');
	await page.keyboard.press('Escape');
	await open(page, '/t/putin-taliban-allies/embed/?q=crocus');
	await expect(status(page)).toHaveText('1 of 11 events');
	// The excerpt panel marks the words too.
	await open(page, '/embed/?q=moscow&excerpts=1&event=crocus-city-hall-attack');
	await expect(page.locator('.excerpt-panel blockquote .found').first()).toHaveText('Moscow');
	await open(page, '/embed/?search=0&q=crocus');
	await expect(page.locator('.timeline-view')).toBeVisible();
	await expect(field(page)).toHaveCount(0);
	// Nor is a search applied: every label is drawn as it is without one.
	expect((await paintedTexts(page)).filter((text) => text.style === 'label').length).toBeGreaterThan(5);
	expect((await paintedShapes(page)).some((shape) => shape.type === 'text' && shape.colour === 'fg-muted')).toBe(false);
});

test('an event with a five-megabyte title is found, and hostile queries are answered or refused', async ({ page }) => {
	// Reading and checking a document of this size takes the loading worker a while on a busy machine.
	test.setTimeout(90_000);
	const document = syntheticDocument(50, 1);
	// Five million characters, lone surrogates among them (each written in the JSON as six).
	document.events[7]!.title = `Crocus \uD800 lone \uDC00 ${'x '.repeat(2_500_000)}`;
	await page.route(`${ORIGIN}/__fixtures/huge-title.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(document) }));
	await page.goto('/embed/?src=/__fixtures/huge-title.json');
	await page.locator('.timeline-view[data-ready]').waitFor({ timeout: 60_000 });
	await field(page).fill('crocus');
	await expect(status(page)).toHaveText('1 of 50 events', { timeout: 15_000 });
	await field(page).fill('\uD800 .* x');
	await expect(status(page)).toHaveText('1 of 50 events');
	await field(page).fill('a'.repeat(1_000_000));
	await expect(status(page)).toContainText('over 200 characters');
});

test('the embed searches inside a sandboxed iframe, where its worker starts from a copy of its script', async ({ page }) => {
	const report = `<!doctype html><html lang="en"><title>Report</title><body><iframe id="timeline" title="Timeline" sandbox="allow-scripts" src="${ORIGIN}/embed/?q=crocus" style="width:100%;height:700px"></iframe></body></html>`;
	await page.route(`${ORIGIN}/__fixtures/search-report.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: report }));
	await page.goto('/__fixtures/search-report.html');
	const frame = page.frameLocator('#timeline');
	await expect(frame.locator('#timeline-search-status')).toHaveText('1 of 11 events', { timeout: 15_000 });
	await frame.getByRole('searchbox', { name: 'Find' }).fill('taliban');
	await expect(frame.locator('#timeline-search-status')).toHaveText('7 of 11 events');
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

	test('a tap on the field, the buttons and the filters searches, steps and filters', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await field(page).tap();
		await page.keyboard.type('taliban');
		await expect(status(page)).toHaveText('7 of 11 events');
		await page.getByRole('button', { name: 'Next match' }).tap();
		await expect(status(page)).toHaveText('7 of 11 events; match 1 selected');
		await page.getByRole('button', { name: 'Previous match' }).tap();
		await expect(status(page)).toHaveText('7 of 11 events; match 7 selected');
		await page.getByRole('button', { name: 'Filters' }).tap();
		await page.getByRole('combobox', { name: 'Category' }).selectOption({ index: 1 });
		await expect(page).toHaveURL(/category=/);
		await page.getByRole('button', { name: 'Clear' }).tap();
		await expect(field(page)).toHaveValue('');
		await expect(page.locator('.event-list > li')).toHaveCount(11);
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`searching has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await open(page, '/t/putin-taliban-allies/?q=taliban');
		await expect(status(page)).toHaveText('7 of 11 events');
		await page.getByRole('button', { name: 'Filters' }).click();
		await expect(page.getByRole('combobox', { name: 'Lane' })).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	});
}
