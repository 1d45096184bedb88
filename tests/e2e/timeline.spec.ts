import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './test';
import { clusteredCount, nextFrames, open, paintedTexts, pointOf } from './helpers';

const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { events: { id: string; title: string }[] };
const titleOf = new Map(seed.events.map((event) => [event.id, event.title]));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
		await open(page, '/t/putin-taliban-allies/');
		// Each drawn target is a different event of the seed, named for it: its title, then its date.
		const targets = page.locator('rect.event');
		const ids = await targets.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
		expect(ids.length).toBeGreaterThan(0);
		expect(new Set(ids).size, `drawn twice: ${ids.join(', ')}`).toBe(ids.length);
		for (const [i, id] of ids.entries()) {
			expect(titleOf.has(id), `${id} is not an event of the seed`).toBe(true);
			await expect(targets.nth(i)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(titleOf.get(id)!)}.*\\d{4}`));
		}
		const drawn = ids.length;
		expect(drawn + (await clusteredCount(page))).toBe(seed.events.length);
		expect(seed.events).toHaveLength(11);
		// Every drawn event's label is painted, and its mark is on the canvas: a point's centre is not transparent.
		const labels = (await paintedTexts(page)).filter((text) => text.count === undefined);
		expect(labels).toHaveLength(drawn);
		const centre = await page.locator('.surface canvas.marks').evaluate((canvas: HTMLCanvasElement & { drawing?: { shapes: { type: string; cx?: number; cy?: number }[] } }) => {
			const point = canvas.drawing!.shapes.find((shape) => shape.type === 'circle')!;
			const ratio = canvas.width / canvas.getBoundingClientRect().width;
			return canvas.getContext('2d')!.getImageData(Math.round(point.cx! * ratio), Math.round(point.cy! * ratio), 1, 1).data[3];
		});
		expect(centre).toBeGreaterThan(200);
		await expect(page.locator('g.as-of text')).toHaveText('as of 5 Jul 2024');
		expect(await axisLevel(page)).toBe('year');
	});

	test('wheel over the timeline zooms in and the ticks move to a finer level', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
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
		await open(page, '/t/putin-taliban-allies/?from=2000-01-01&to=2010-12-31');
		await expect.poll(() => page.locator('g.axis .context-label').allTextContents()).toContain('2005');
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
		await open(page, '/t/putin-taliban-allies/');
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

	test('+ and - zoom about the event the keys are on, which stays in view and keeps the focus, and the keys go on working', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		const kabul = page.locator('.surface .event[data-event-id="fall-of-kabul"]');
		await kabul.focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('+');
		await expect.poll(() => param(page, 'from')).not.toBeNull();
		// Kabul fell in August 2021: the view holds it, and it has the focus still.
		expect(param(page, 'from')! < '2021-08-15').toBe(true);
		expect(param(page, 'to')! > '2021-08-15').toBe(true);
		await expect(kabul).toBeFocused();
		await expect(kabul).toBeInViewport();
		// Out far enough for the event to join a cluster, the focus stays on the chart, never the page.
		for (let i = 0; i < 12; i++) await page.keyboard.press('-');
		await expect(page.locator('body')).not.toBeFocused();
		expect(await page.evaluate(() => document.activeElement?.closest('.surface') !== null)).toBe(true);
		const from = param(page, 'from');
		await page.keyboard.press('+');
		await expect.poll(() => param(page, 'from')).not.toBe(from);
	});

	test('a URL with from, to and event opens that view, and back steps through chosen views', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?from=2024-03-22&to=2024-03-22&event=crocus-city-hall-attack');
		expect(await axisLevel(page)).toBe('hour');
		await expect(page.locator('g.axis .context-label').first()).toHaveText('22 Mar 2024');
		const crocus = page.locator('rect.event[data-event-id="crocus-city-hall-attack"]');
		await expect(crocus).toHaveAttribute('aria-pressed', 'true');
		await expect(crocus).toBeInViewport();
		await page.getByRole('button', { name: 'Fit all' }).click();
		await expect.poll(() => param(page, 'from')).toBeNull();
		expect(await axisLevel(page)).toBe('year');
		await page.goBack();
		await expect.poll(() => axisLevel(page)).toBe('hour');
	});

	test('shows a note for parameters it cannot read, and still draws the timeline', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?from=soon&zoom=3');
		await expect(page.getByRole('status')).toContainText('Ignored from=soon');
		await expect(page.getByRole('status')).toContainText('Ignored unknown parameter zoom');
		expect(await page.locator('rect.event').count()).toBeGreaterThan(0);
	});

	test('from the 1979 invasion to the Astana remarks to the day of the Crocus attack in a few gestures', async ({ page }) => {
		// On a phone every event of the seed is labelled at the fitted view: no cluster hides any.
		await page.setViewportSize({ width: 375, height: 740 });
		await open(page, '/t/putin-taliban-allies/');
		await expect(page.locator('rect.event[data-event-id="soviet-war-in-afghanistan"]')).toBeVisible();
		const astana = page.locator('rect.event[data-event-id="putin-astana-remarks"]');
		await expect(astana).toBeVisible();
		expect((await paintedTexts(page)).filter((text) => text.count !== undefined)).toEqual([]);
		// Wheel on the Astana mark until the axis shows months: the view comes to 2024 around it.
		for (let i = 0; i < 20 && (await axisLevel(page)) !== 'month'; i++) {
			const point = await pointOf(page, 'putin-astana-remarks');
			await page.mouse.move(point.x, point.y);
			await page.mouse.wheel(0, -500);
			await nextFrames(page);
		}
		await expect(astana).toBeInViewport();
		await expect.poll(() => param(page, 'from')).toMatch(/^202[0-4]-/);
		expect(await axisLevel(page)).toBe('month');
		// The Crocus attack, in March, is left of the view: drag the chart rightwards (over the axis) until it is well inside.
		const crocus = page.locator('rect.event[data-event-id="crocus-city-hall-attack"]');
		const box = (await surface(page).boundingBox())!;
		const crocusInside = async () => (await crocus.count()) > 0 && (await pointOf(page, 'crocus-city-hall-attack')).cx > box.width * 0.2;
		for (let drags = 0; drags < 6 && !(await crocusInside()); drags++) {
			await page.mouse.move(box.x + box.width * 0.2, box.y + 20);
			await page.mouse.down();
			for (let step = 1; step <= 5; step++) await page.mouse.move(box.x + box.width * (0.2 + step * 0.1), box.y + 20);
			await page.mouse.up();
			await nextFrames(page);
		}
		expect(await crocusInside(), 'the Crocus attack comes into view by dragging').toBe(true);
		// Move away from Astana, whose tooltip would cover the Crocus mark; scroll it into view like a reader,
		// then wheel on its mark until the axis shows hours.
		await page.mouse.move(1, 1);
		await expect(page.getByRole('tooltip')).toBeHidden();
		await crocus.scrollIntoViewIfNeeded();
		for (let i = 0; i < 20 && (await axisLevel(page)) !== 'hour'; i++) {
			const point = await pointOf(page, 'crocus-city-hall-attack');
			await page.mouse.move(point.x, point.y);
			await page.mouse.wheel(0, -500);
			await nextFrames(page);
		}
		expect(await axisLevel(page)).toBe('hour');
		expect(await page.locator('g.axis .context-label').allTextContents()).toContain('22 Mar 2024');
		await expect(crocus).toBeInViewport();
		const point = await pointOf(page, 'crocus-city-hall-attack');
		expect(point.cx).toBeGreaterThan(0);
		expect(point.cx).toBeLessThan(point.canvasWidth);
		// The wheel's settled view is written to the URL, and it holds the day of the attack.
		await expect.poll(() => param(page, 'from')).toMatch(/^2024-03-/);
		expect(param(page, 'from')!.slice(0, 10) <= '2024-03-22').toBe(true);
		expect(param(page, 'to')!.slice(0, 10) >= '2024-03-22').toBe(true);
	});
});

for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 }
]) {
	test(`no event label overlaps another at ${viewport.width}×${viewport.height}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		for (const query of ['', '?from=2021-01-01&to=2024-12-31', '?from=2024-03-01&to=2024-07-31', '?lanes=category']) {
			await open(page, `/t/putin-taliban-allies/${query}`);
			await expect(page.locator('rect.event').first()).toBeVisible();
			const boxes = await paintedTexts(page);
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
	expect(await clusteredCount(page)).toBe(10_000);
	// A click on a cluster's count zooms into it.
	const count = (await paintedTexts(page)).filter((text) => text.count !== undefined)[3]!;
	await page.mouse.click((count.x0 + count.x1) / 2, (count.y0 + count.y1) / 2);
	await expect.poll(() => param(page, 'from')).not.toBeNull();
	await open(page, '/synthetic/?n=10000&seed=3&from=2001-05-01&to=2001-05-20');
	await expect(page.locator('rect.event').first()).toBeVisible();
});
