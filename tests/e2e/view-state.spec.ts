import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { canvasPixel, nextFrames, open, pointOf, type PaintedPoint } from './helpers';

const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as {
	lanes: { label: string }[];
	categories: { label: string }[];
	events: { id: string; origin: string }[];
};
const contextIds = seed.events.filter((event) => event.origin === 'context').map((event) => event.id);

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const canvasWidth = (page: Page) => page.locator('.surface canvas.marks').evaluate((canvas) => canvas.getBoundingClientRect().width);
const laneLabels = (page: Page) => page.locator('.lane-label').allTextContents();
const drawnIds = (page: Page) => page.locator('rect.event').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')));

/** Where a point sits across the chart: 0 at its left edge, 1 at its right. */
const fraction = (point: PaintedPoint) => point.cx / point.canvasWidth;

test.describe('the view survives resizing, Back and theme changes', () => {
	test('a resize keeps the visible range', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page, '/t/putin-taliban-allies/?from=2021-01-01&to=2024-12-31');
		const ids = ['us-withdrawal-completed', 'crocus-city-hall-attack'];
		const before = await Promise.all(ids.map(async (id) => fraction(await pointOf(page, id))));
		// The two points lie well apart in the view, so a change of scale or offset would move them.
		expect(before[1]! - before[0]!).toBeGreaterThan(0.4);
		for (const viewport of [
			{ width: 900, height: 800 },
			{ width: 375, height: 740 }
		]) {
			const width = await canvasWidth(page);
			await page.setViewportSize(viewport);
			// The chart sits beside the article at 1280 px and above it at 900 px, so its width changes either way.
			await expect.poll(() => canvasWidth(page)).not.toBe(width);
			await nextFrames(page);
			for (const [i, id] of ids.entries()) {
				const now = fraction(await pointOf(page, id));
				expect(Math.abs(now - before[i]!), `${id} at ${viewport.width}px: ${now} against ${before[i]}`).toBeLessThanOrEqual(0.01);
			}
			expect(param(page, 'from')).toBe('2021-01-01');
			expect(param(page, 'to')).toBe('2024-12-31');
		}
	});

	test('the toolbar writes lanes and context to the URL as steps that Back undoes', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		const actor = page.getByRole('radio', { name: 'Actor' });
		const category = page.getByRole('radio', { name: 'Category' });
		const context = page.getByRole('checkbox', { name: 'Context events' });
		const actorLabels = seed.lanes.map((lane) => lane.label);
		const categoryLabels = seed.categories.map((category) => category.label);
		await expect(actor).toBeChecked();
		await expect(context).toBeChecked();
		expect(await laneLabels(page)).toEqual(actorLabels);
		const contextDrawn = (await drawnIds(page)).filter((id) => contextIds.includes(id!));
		expect(contextDrawn.length, 'a context event is drawn at fit').toBeGreaterThan(0);

		await category.check();
		await expect.poll(() => param(page, 'lanes')).toBe('category');
		await expect.poll(() => laneLabels(page)).toEqual(expect.arrayContaining(categoryLabels));
		expect((await laneLabels(page)).every((label) => categoryLabels.includes(label))).toBe(true);
		const contextInCategories = (await drawnIds(page)).filter((id) => contextIds.includes(id!));
		expect(contextInCategories.length, 'a context event is drawn in category lanes').toBeGreaterThan(0);

		await context.uncheck();
		await expect.poll(() => param(page, 'context')).toBe('hide');
		expect(param(page, 'lanes')).toBe('category');
		await expect.poll(async () => (await drawnIds(page)).filter((id) => contextIds.includes(id!))).toEqual([]);

		// Back undoes the last toolbar change and stays on the page: each change was a history entry of its own.
		await page.goBack();
		await expect(page).toHaveURL(/\/\?lanes=category$/);
		await expect(context).toBeChecked();
		await expect.poll(() => param(page, 'context')).toBeNull();
		expect(param(page, 'lanes')).toBe('category');
		await expect(category).toBeChecked();
		await expect.poll(async () => (await drawnIds(page)).filter((id) => contextIds.includes(id!))).toEqual(contextInCategories);

		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(actor).toBeChecked();
		await expect.poll(() => param(page, 'lanes')).toBeNull();
		expect(param(page, 'context')).toBeNull();
		expect(await laneLabels(page)).toEqual(actorLabels);
		expect((await drawnIds(page)).filter((id) => contextIds.includes(id!))).toEqual(contextDrawn);
	});

	test('the canvas repaints in the dark theme, from the preference or from ?theme=dark', async ({ page }) => {
		const light = [0x1d, 0x4f, 0x91];
		const dark = [0x8a, 0xb4, 0xf8];
		/** The colour at the centre of the Crocus attack's point: an article event's point, filled with the accent. */
		const crocusPixel = async () => {
			const point = await pointOf(page, 'crocus-city-hall-attack');
			return (await canvasPixel(page, point.cx, point.cy)).slice(0, 3);
		};
		const near = (rgb: number[], want: number[]) => rgb.every((value, i) => Math.abs(value - want[i]!) <= 10);

		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, '/t/putin-taliban-allies/');
		const before = await crocusPixel();
		expect(near(before, light), `light accent, got rgb(${before})`).toBe(true);
		// The reader's preference changes while the page is open: the idle canvas repaints.
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(async () => near(await crocusPixel(), dark), { message: 'the point repaints in the dark accent' }).toBe(true);

		// A view's ?theme=dark wins over a light preference: the same point is painted in the dark accent, not the light one.
		await page.emulateMedia({ colorScheme: 'light' });
		await open(page, '/t/putin-taliban-allies/?theme=dark');
		await expect.poll(async () => near(await crocusPixel(), dark), { message: '?theme=dark paints the dark accent' }).toBe(true);
		const themed = await crocusPixel();
		expect(
			themed.reduce((sum, value, i) => sum + Math.abs(value - before[i]!), 0),
			`rgb(${themed}) against rgb(${before})`
		).toBeGreaterThan(200);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		// And ?theme=light wins over a dark preference.
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/t/putin-taliban-allies/?theme=light');
		await expect.poll(async () => near(await crocusPixel(), light), { message: '?theme=light paints the light accent' }).toBe(true);
	});
});

test('notes a parameter it does not know above the timeline, in a live region axe accepts', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?from=2021-01-01&to=2024-12-31&colour=red');
	const notes = page.getByRole('status').getByRole('listitem');
	await expect(notes).toHaveCount(1);
	await expect(notes.first()).toContainText('colour');
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const results = await new AxeBuilder({ page }).include('.timeline-view').analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});
