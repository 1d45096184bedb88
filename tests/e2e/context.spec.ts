import { expect, test, type Page } from './test';
import { open, paintedTexts } from './helpers';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { loadTimeline } from '../../src/lib/model/document/timeline';
import { describeEventDate } from '../../src/lib/model/document/describe';

const dir = 'data/putin-taliban-allies';
const timeline = loadTimeline(JSON.parse(readFileSync(`${dir}/timeline.json`, 'utf8')), { file: 'seed', text: readFileSync(`${dir}/article.txt`, 'utf8') }).timeline!;
const inTimeOrder = timeline.events.map((event) => event.data.id);
const excerptOf = (id: string, i = 0) => {
	const event = timeline.events.find((e) => e.data.id === id)!;
	return timeline.articles[0]!.text.slice(event.excerpts[i]!.start, event.excerpts[i]!.end);
};

const mark = (page: Page, id: string) => page.locator(`rect.event[data-event-id="${id}"]`);
const tooltip = (page: Page) => page.getByRole('tooltip');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const focusedEventId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

test.describe('hover, focus and tap tooltips', () => {
	for (const event of timeline.events) {
		test(`hovering "${event.data.id}" shows its stated and resolved dates and its excerpt`, async ({ page }) => {
			await open(page, `/t/putin-taliban-allies/?event=${event.data.id}`);
			await mark(page, event.data.id).hover();
			const tip = tooltip(page);
			await expect(tip).toBeVisible();
			const dates = describeEventDate(event, timeline);
			await expect(tip).toContainText(event.data.title);
			await expect(tip).toContainText(dates.stated);
			await expect(tip).toContainText(dates.resolved);
			if (event.excerpts.length) await expect(tip.locator('mark')).toHaveText(excerptOf(event.data.id));
			// The tooltip stays inside the viewport and off the mark it describes.
			const [tipBox, markBox, viewport] = [await tip.boundingBox(), await mark(page, event.data.id).boundingBox(), page.viewportSize()!];
			expect(tipBox!.x).toBeGreaterThanOrEqual(0);
			expect(tipBox!.y).toBeGreaterThanOrEqual(0);
			expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(viewport.width);
			expect(tipBox!.y + tipBox!.height).toBeLessThanOrEqual(viewport.height);
			const overlaps =
				tipBox!.x < markBox!.x + markBox!.width && markBox!.x < tipBox!.x + tipBox!.width && tipBox!.y < markBox!.y + markBox!.height && markBox!.y < tipBox!.y + tipBox!.height;
			expect(overlaps).toBe(false);
		});
	}

	test('the tooltip names disagreements between sources, and context events their sources', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?event=crocus-city-hall-attack');
		await mark(page, 'crocus-city-hall-attack').hover();
		await expect(tooltip(page)).toContainText('people killed: 145 (official toll; Wikipedia) or 149 (later prosecution figure; Wikipedia)');
		await open(page, '/t/putin-taliban-allies/?event=taliban-ban-suspended');
		await mark(page, 'taliban-ban-suspended').hover();
		await expect(tooltip(page)).toContainText('Sources: TASS, 2025-04-17');
	});

	test('keyboard focus shows the tooltip, Escape hides it', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await page
			.getByRole('button', { name: 'Context events' })
			.or(page.getByRole('checkbox', { name: 'Context events' }))
			.focus();
		await page.keyboard.press('Tab');
		expect(await focusedEventId(page)).toBe(inTimeOrder[0]);
		await expect(tooltip(page)).toContainText('Soviet war in Afghanistan');
		await expect(mark(page, inTimeOrder[0]!)).toHaveAttribute('aria-describedby', 'event-tooltip');
		await page.keyboard.press('Escape');
		await expect(tooltip(page)).toBeHidden();
	});

	test.describe('on a touch screen', () => {
		test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

		test('a tap shows the tooltip, a second tap selects', async ({ page }) => {
			await open(page, '/t/putin-taliban-allies/?from=2024-01-01&to=2024-12-31');
			await mark(page, 'putin-astana-remarks').tap();
			await expect(tooltip(page)).toContainText('Putin calls the Taliban');
			expect(param(page, 'event')).toBeNull();
			await mark(page, 'putin-astana-remarks').tap();
			await expect.poll(() => param(page, 'event')).toBe('putin-astana-remarks');
		});
	});
});

test.describe('events and excerpts, linked both ways', () => {
	test('selecting an event lands on its highlighted excerpt; selecting it again moves to its next excerpt', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await mark(page, 'fall-of-kabul').click();
		await expect.poll(() => param(page, 'event')).toBe('fall-of-kabul');
		const active = page.locator('.article-text mark.active');
		await expect(active).toHaveCount(1);
		await expect(active.locator('a')).toContainText(excerptOf('fall-of-kabul', 0));
		await expect(active).toBeInViewport();
		await mark(page, 'fall-of-kabul').click();
		await expect(active.locator('a')).toContainText(excerptOf('fall-of-kabul', 1));
		await expect(active).toBeInViewport();
	});

	test('selecting a highlighted excerpt centres and selects its event, and focuses it', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?from=1979-01-01&to=1990-12-31');
		await page.locator('.article-text mark a', { hasText: 'deadliest terror attack' }).click();
		await expect.poll(() => param(page, 'event')).toBe('beslan-school-siege');
		await expect(mark(page, 'beslan-school-siege')).toHaveAttribute('aria-pressed', 'true');
		await expect(mark(page, 'beslan-school-siege')).toBeInViewport();
		await expect.poll(() => focusedEventId(page)).toBe('beslan-school-siege');
		const markBox = (await mark(page, 'beslan-school-siege').boundingBox())!;
		const surfaceBox = (await page.locator('.surface').boundingBox())!;
		expect(Math.abs(markBox.x + markBox.width / 2 - (surfaceBox.x + surfaceBox.width / 2))).toBeLessThan(surfaceBox.width * 0.1);
	});

	test('the tooltip an excerpt pins stays below the toolbar, whose buttons still work', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page, '/t/putin-taliban-allies/');
		// The ban on the Taliban, in the top lane: its tooltip had no room above it but over the toolbar.
		await page.locator('.article-text mark a', { hasText: 'officially banned in Russia since 2003' }).click();
		await expect(tooltip(page)).toBeVisible();
		const tip = (await tooltip(page).boundingBox())!;
		const chart = (await page.locator('.surface').boundingBox())!;
		expect(tip.y).toBeGreaterThanOrEqual(chart.y);
		for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Story']) await page.getByRole('button', { name, exact: true }).click({ trial: true, timeout: 2_000 });
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => param(page, 'from')).not.toBeNull();
	});

	test('an excerpt shared by two events cycles between them', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		const shared = page.locator('.article-text mark a', { hasText: 'officially banned in Russia since 2003' });
		await shared.click();
		const first = await page.waitForURL(/event=/).then(() => param(page, 'event'));
		await shared.click();
		await expect.poll(() => param(page, 'event')).not.toBe(first);
		expect([first, param(page, 'event')].sort()).toEqual(['taliban-ban-suspended', 'taliban-banned-in-russia']);
	});
});

test('a document with no events from an article draws its events as ordinary ones, with nothing to hide', async ({ page }) => {
	// The synthetic timeline, like a converted TimelineJS3 document, has no excerpts: none of its events is context beside an article.
	await open(page, '/synthetic/?n=50&seed=2');
	await expect(page.locator('rect.event').first()).toBeAttached();
	await expect(page.getByRole('checkbox', { name: 'Context events' })).toHaveCount(0);
	await expect(page.getByText('context, not from the article')).toHaveCount(0);
	// Nor does it state dates of its own that the chart would draw as bands, as the seed's 1980s do.
	await expect(page.getByText('the date as the article states it')).toHaveCount(0);
	const labels = (await paintedTexts(page)).filter((text) => text.count === undefined);
	expect(labels.length).toBeGreaterThan(0);
	expect(labels.every((text) => text.style === 'label')).toBe(true);
	expect(await page.locator('rect.event').first().getAttribute('aria-label')).not.toContain('(context)');
	await open(page, '/t/putin-taliban-allies/');
	await expect(page.getByText('the date as the article states it')).toBeVisible();
});

test.describe('keyboard', () => {
	test('one tab stop; arrows step through every event in time order; Enter selects; Escape clears', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('checkbox', { name: 'Context events' }).focus();
		await page.keyboard.press('Tab');
		const visited = [await focusedEventId(page)];
		for (let i = 1; i < inTimeOrder.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => focusedEventId(page)).toBe(inTimeOrder[i]);
			visited.push(await focusedEventId(page));
			await expect(page.locator('rect.event:focus')).toBeInViewport();
		}
		expect(visited).toEqual(inTimeOrder);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => focusedEventId(page)).toBe(inTimeOrder.at(-2));
		await page.keyboard.press('Enter');
		await expect.poll(() => param(page, 'event')).toBe(inTimeOrder.at(-2));
		await page.keyboard.press('Escape');
		await expect.poll(() => param(page, 'event')).toBeNull();
		// Tab leaves the timeline in one step: it holds a single tab stop.
		await page.keyboard.press('Tab');
		expect(await focusedEventId(page)).toBeNull();
		expect(await page.evaluate(() => document.activeElement?.closest('.surface'))).toBeNull();
	});

	test('focus is always visible', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('checkbox', { name: 'Context events' }).focus();
		await page.keyboard.press('Tab');
		const outline = await page.locator('rect.event:focus').evaluate((node) => getComputedStyle(node).stroke);
		expect(outline).not.toBe('none');
	});
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the full view has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await open(page, '/t/putin-taliban-allies/?event=crocus-city-hall-attack');
		await mark(page, 'crocus-city-hall-attack').hover();
		await expect(tooltip(page)).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	});
}
