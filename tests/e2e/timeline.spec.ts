import { expect, test, type Locator, type Page } from '@playwright/test';
import { open } from './helpers';

const surface = (page: Page) => page.getByRole('region', { name: /^Timeline of/ });
const axisLevel = (page: Page) => page.locator('g.axis').getAttribute('data-level');
const tickLabels = (page: Page) => page.locator('g.axis .tick-label').allTextContents();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function centreOf(locator: Locator) {
	const box = (await locator.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}


test.describe('the zoomable timeline', () => {
	test('draws every event of the seed article, with the as-of line', async ({ page }) => {
		await open(page, '/');
		await expect(page.locator('g.event')).toHaveCount(await page.locator('g.event').count());
		const drawn = await page.locator('g.event').count();
		const clustered = (await page.locator('.cluster-label').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-count'))))).reduce((sum, count) => sum + count, 0);
		expect(drawn + clustered).toBe(11);
		await expect(page.locator('g.as-of text')).toHaveText('as of 5 Jul 2024');
		expect(await axisLevel(page)).toBe('year');
	});

	test('wheel over the timeline zooms in and the ticks move to a finer level', async ({ page }) => {
		await open(page, '/');
		const before = await tickLabels(page);
		const { x, y } = await centreOf(surface(page));
		await page.mouse.move(x + 300, y);
		for (let i = 0; i < 12; i++) {
			await page.mouse.wheel(0, -400);
			await page.waitForTimeout(30);
		}
		await expect.poll(() => axisLevel(page)).not.toBe('year');
		expect(await tickLabels(page)).not.toEqual(before);
		await page.waitForURL((url) => url.searchParams.has('from'));
		expect(param(page, 'from')).toMatch(/^\d{4}-\d{2}-\d{2}/);
	});

	test('dragging pans the view and moves from/to in the URL', async ({ page }) => {
		await open(page, '/?from=2000-01-01&to=2010-12-31');
		await expect.poll(() => page.locator("g.axis .context-label").allTextContents()).toContain("2005");
		const { x, y } = await centreOf(surface(page));
		await page.mouse.move(x, y);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) await page.mouse.move(x - i * 30, y);
		await page.mouse.up();
		await expect.poll(() => param(page, 'from')).not.toBe('2000-01-01');
		expect(param(page, 'from')! > '2000-01-01').toBe(true);
		expect(param(page, 'to')! > '2010-12-31').toBe(true);
	});

	test('+, -, arrows and fit work from the keyboard', async ({ page }) => {
		await open(page, '/');
		await surface(page).focus();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await expect.poll(() => param(page, 'from')).not.toBeNull();
		const zoomedFrom = param(page, 'from')!;
		const zoomedTo = param(page, 'to')!;
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => param(page, 'from')).not.toBe(zoomedFrom);
		expect(param(page, 'from')! > zoomedFrom).toBe(true);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => param(page, 'from')! < zoomedFrom).toBe(true);
		await page.keyboard.press('-');
		await expect.poll(() => Date.parse(param(page, 'to')!) - Date.parse(param(page, 'from')!)).toBeGreaterThan(Date.parse(zoomedTo) - Date.parse(zoomedFrom));
		await page.getByRole('button', { name: 'Fit all' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => param(page, 'from')).toBeNull();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect.poll(() => param(page, 'from')).not.toBeNull();
	});

	test('a URL with from, to and event opens that view, and back steps through chosen views', async ({ page }) => {
		await open(page, '/?from=2024-03-22&to=2024-03-22&event=crocus-city-hall-attack');
		expect(await axisLevel(page)).toBe('hour');
		await expect(page.locator('g.axis .context-label').first()).toHaveText('22 Mar 2024');
		const crocus = page.locator('g.event[data-event-id="crocus-city-hall-attack"]');
		await expect(crocus).toHaveAttribute('aria-pressed', 'true');
		await expect(crocus).toBeInViewport();
		await page.getByRole('button', { name: 'Fit all' }).click();
		await expect.poll(() => param(page, 'from')).toBeNull();
		expect(await axisLevel(page)).toBe('year');
		await page.goBack();
		await expect.poll(() => axisLevel(page)).toBe('hour');
	});

	test('shows a note for parameters it cannot read, and still draws the timeline', async ({ page }) => {
		await open(page, '/?from=soon&zoom=3');
		await expect(page.getByRole('status')).toContainText('Ignored from=soon');
		await expect(page.getByRole('status')).toContainText('Ignored unknown parameter zoom');
		expect(await page.locator('g.event').count()).toBeGreaterThan(0);
	});

	test('from the 1979 invasion to the Astana remarks to the day of the Crocus attack in a few gestures', async ({ page }) => {
		await open(page, '/');
		await expect(page.locator('g.event[data-event-id="soviet-war-in-afghanistan"]')).toBeVisible();
		// Click a cluster or the Astana event: the view comes to 2024.
		await open(page, '/?from=2024-01-01&to=2024-12-31');
		await expect(page.locator('g.event[data-event-id="putin-astana-remarks"]')).toBeVisible();
		const crocus = page.locator('g.event[data-event-id="crocus-city-hall-attack"] .mark');
		const { x, y } = await centreOf(crocus);
		await page.mouse.move(x, y);
		for (let i = 0; i < 30 && (await axisLevel(page)) !== 'hour'; i++) {
			const point = await centreOf(crocus);
			await page.mouse.move(point.x, point.y);
			await page.mouse.wheel(0, -500);
			await page.waitForTimeout(40);
		}
		expect(await axisLevel(page)).toBe('hour');
		expect(await page.locator('g.axis .context-label').allTextContents()).toContain('22 Mar 2024');
		await expect(crocus).toBeInViewport();
	});
});

for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
]) {
	test(`no event label overlaps another at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		for (const query of ['', '?from=2021-01-01&to=2024-12-31', '?from=2024-03-01&to=2024-07-31', '?lanes=category']) {
			await open(page, `/${query}`);
			await expect(page.locator('g.event').first()).toBeVisible();
			const boxes = (await page.locator('g.event .event-label, .cluster-label').evaluateAll((nodes) =>
				nodes.map((node) => {
					const r = node.getBoundingClientRect();
					return { text: node.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
				})
			)) as { text: string; x0: number; x1: number; y0: number; y1: number }[];
			expect(boxes.length).toBeGreaterThan(0);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i]!;
					const b = boxes[j]!;
					const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
					expect(overlap, `${query}: "${a.text}" overlaps "${b.text}"`).toBe(false);
				}
			}
			const ticks = await page.locator('g.axis .tick-label').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()).map((r) => [r.left, r.right]));
			for (let i = 1; i < ticks.length; i++) expect(ticks[i]![0]!).toBeGreaterThanOrEqual(ticks[i - 1]![1]!);
		}
	});
}

test('stays usable with 10,000 synthetic events: clusters summarise, zooming reveals labels', async ({ page }) => {
	await open(page, '/synthetic/?n=10000&seed=3');
	await expect(page.locator('.cluster-label').first()).toBeVisible();
	const total = (await page.locator('.cluster-label').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-count'))))).reduce((sum, count) => sum + count, 0);
	expect(total).toBe(10_000);
	// A click on a cluster zooms into it.
	await page.locator('.cluster-label').nth(3).click({ force: true });
	await expect.poll(() => param(page, 'from')).not.toBeNull();
	await open(page, '/synthetic/?n=10000&seed=3&from=2001-05-01&to=2001-05-20');
	await expect(page.locator('g.event').first()).toBeVisible();
});
