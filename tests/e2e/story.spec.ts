/**
 * The timeline told as a story, the article read with the timeline following, and the way back from empty
 * time: by button, key, swipe and scroll, as a reader does them.
 */
import { expect, test, type Locator, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { loadTimeline } from '../../src/lib/model/document/timeline';
import { emphasised, open, pointOf } from './helpers';

const dir = 'data/putin-taliban-allies';
const seed = loadTimeline(JSON.parse(readFileSync(`${dir}/timeline.json`, 'utf8')), { file: 'seed', text: readFileSync(`${dir}/article.txt`, 'utf8') }).timeline!;
const inTimeOrder = seed.events.map((event) => ({ id: event.data.id, title: event.data.title }));

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const card = (page: Page) => page.getByRole('region', { name: 'Story' });
const cardTitle = (page: Page) => card(page).getByRole('heading');

test.describe('story mode', () => {
	test.use({ reducedMotion: 'reduce' });

	test('steps through every event of the seed by button, each step a history entry', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('button', { name: 'Story' }).click();
		await expect.poll(() => param(page, 'story')).toBe('1');
		await expect(card(page)).toContainText(`${inTimeOrder.length} events, in time order`);
		await card(page).getByRole('button', { name: 'Begin →' }).click();
		for (const [i, event] of inTimeOrder.entries()) {
			await expect(cardTitle(page)).toHaveText(event.title);
			await expect(card(page)).toContainText(`Event ${i + 1} of ${inTimeOrder.length}`);
			await expect.poll(() => param(page, 'event')).toBe(event.id);
			// The selected event is drawn and pressed on the chart.
			await expect(page.locator(`rect.event[data-event-id="${event.id}"]`)).toHaveAttribute('aria-pressed', 'true');
			if (i < inTimeOrder.length - 1) await card(page).getByRole('button', { name: 'Next →' }).click();
		}
		await expect(card(page).getByRole('button', { name: 'Next →' })).toBeDisabled();
		// Each step is a history entry: Back returns to the step before.
		await page.goBack();
		await expect(cardTitle(page)).toHaveText(inTimeOrder.at(-2)!.title);
		expect(param(page, 'event')).toBe(inTimeOrder.at(-2)!.id);
		expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
	});

	test('steps through every event of the seed by key, from the card and from the page, and back', async ({ page }) => {
		const last = inTimeOrder.at(-1)!;
		await open(page, `/t/putin-taliban-allies/?story=1&event=${last.id}`);
		await expect(cardTitle(page)).toHaveText(last.title);
		// Back by key: the left arrow, with focus on the card's button (not in the chart, where arrows pan).
		await card(page).getByRole('button', { name: '← Previous' }).focus();
		for (let i = inTimeOrder.length - 2; i >= 0; i--) {
			await page.keyboard.press('ArrowLeft');
			await expect(cardTitle(page)).toHaveText(inTimeOrder[i]!.title);
		}
		await expect(card(page).getByRole('button', { name: '← Previous' })).toBeDisabled();
		// And forward again through every event by key, from the page itself.
		await page.locator('h1').click();
		for (let i = 1; i < inTimeOrder.length; i++) {
			await page.keyboard.press('ArrowRight');
			await expect(cardTitle(page)).toHaveText(inTimeOrder[i]!.title);
		}
		for (let i = inTimeOrder.length - 2; i >= 1; i--) await page.keyboard.press('ArrowLeft');
		await expect(cardTitle(page)).toHaveText(inTimeOrder[1]!.title);
		// Each step by key is a history entry too: Back returns to the step before (the third event, stepped back from).
		await page.goBack();
		await expect(cardTitle(page)).toHaveText(inTimeOrder[2]!.title);
		expect(param(page, 'event')).toBe(inTimeOrder[2]!.id);
	});

	test('a step moves the view to the event and its neighbours', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?story=1&event=crocus-city-hall-attack');
		const crocus = inTimeOrder.findIndex((event) => event.id === 'crocus-city-hall-attack');
		const next = seed.events[crocus + 1]!;
		await card(page).getByRole('button', { name: 'Next →' }).click();
		await expect(cardTitle(page)).toHaveText(next.data.title);
		// From the fitted view (1979–2025) to the months around the step, its neighbours either side in sight.
		await expect.poll(() => param(page, 'from')).toMatch(/^202[34]-/);
		const [from, to] = [Date.parse(param(page, 'from')!), Date.parse(param(page, 'to')!)];
		expect(from).toBeLessThanOrEqual(seed.events[crocus]!.date.start);
		expect(to).toBeGreaterThanOrEqual(next.date.end - 86_400_000);
		await expect(page.locator(`rect.event[data-event-id="${next.data.id}"]`)).toBeInViewport();
	});

	test('the card shows the date as stated and as resolved, the summary, the excerpt in its sentence and the sources', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?story=1&event=crocus-city-hall-attack');
		await expect(cardTitle(page)).toHaveText('IS-K attack on Crocus City Hall, Moscow region');
		await expect(card(page)).toContainText('Mar 2024, per the article');
		await expect(card(page)).toContainText('22 Mar 2024');
		await expect(card(page).locator('mark')).toHaveText(/In March, IS-K fighters/);
		await expect(card(page).locator('blockquote')).toContainText('This assault marked');
		await expect(card(page).getByRole('link', { name: 'Wikipedia' })).toHaveAttribute('href', /^https:/);
	});

	test('Leave story mode closes the card, as a step', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?story=1');
		await card(page).getByRole('button', { name: 'Leave story mode' }).click();
		await expect(card(page)).toHaveCount(0);
		await expect.poll(() => param(page, 'story')).toBeNull();
		await page.goBack();
		await expect(card(page)).toBeVisible();
	});

	test('the embed opens in story mode with story=1, and the Embed dialog offers it', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/embed/?story=1');
		await expect(card(page)).toBeVisible();
		await card(page).getByRole('button', { name: 'Begin →' }).click();
		await expect(cardTitle(page)).toHaveText(inTimeOrder[0]!.title);
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		const code = page.getByLabel('Embed code');
		await expect(code).not.toHaveValue(/story=1/);
		await page.getByLabel(/Open as a story/).check();
		await expect(code).toHaveValue(/\/t\/putin-taliban-allies\/embed\/\?story=1&theme=light"/);
	});

	test.describe('on a phone', () => {
		test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

		test('a swipe across the card steps the story', async ({ page }) => {
			await open(page, '/t/putin-taliban-allies/?story=1&event=soviet-war-in-afghanistan');
			const box = (await card(page).boundingBox())!;
			const swipe = async (from: number, to: number) => {
				const y = box.y + box.height / 2;
				await card(page).dispatchEvent('pointerdown', { pointerType: 'touch', clientX: from, clientY: y, isPrimary: true });
				await card(page).dispatchEvent('pointerup', { pointerType: 'touch', clientX: to, clientY: y + 4, isPrimary: true });
			};
			await swipe(box.x + box.width - 20, box.x + 20);
			await expect(cardTitle(page)).toHaveText(inTimeOrder[1]!.title);
			await swipe(box.x + 20, box.x + box.width - 20);
			await expect(cardTitle(page)).toHaveText(inTimeOrder[0]!.title);
			// The card fits the phone's width.
			expect(box.width).toBeLessThanOrEqual(375);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		});

		/** The element's box lies wholly within the phone's screen, once the page has scrolled. */
		const expectOnScreen = (locator: Locator) =>
			expect
				.poll(async () => {
					const box = await locator.boundingBox();
					return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= 375 && box.y + box.height <= 740;
				})
				.toBe(true);

		for (const colorScheme of ['light', 'dark'] as const) {
			test(`the card and the whole chart are on screen together, and each step moves the chart, the event told above the card (${colorScheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await open(page, '/t/putin-taliban-allies/');
				const chart = page.locator('.chart-surface');
				await page.getByRole('button', { name: 'Story' }).click();
				await expectOnScreen(card(page));
				await expectOnScreen(chart);
				await card(page).getByRole('button', { name: 'Begin →' }).click();
				const views = new Set<string>();
				for (const [i, event] of inTimeOrder.entries()) {
					await expect(cardTitle(page)).toHaveText(event.title);
					await expectOnScreen(card(page));
					await expectOnScreen(chart);
					// The event told is drawn where the reader sees it: on screen, not under the card.
					const target = page.locator(`rect.event[data-event-id="${event.id}"]`);
					await expect(target).toHaveAttribute('aria-pressed', 'true');
					await expect
						.poll(async () => {
							const [mark, docked] = [await target.boundingBox(), await card(page).boundingBox()];
							return mark !== null && docked !== null && mark.y >= 0 && mark.y + mark.height <= docked.y;
						})
						.toBe(true);
					views.add(`${param(page, 'from')}/${param(page, 'to')}`);
					if (i < inTimeOrder.length - 1) await card(page).getByRole('button', { name: 'Next →' }).click();
				}
				// Next moves the chart to each event and its neighbours (a step to an event already in sight with
				// its neighbours keeps the view), as the URL holds it: from the 1980s to the 2020s.
				expect(views.size).toBeGreaterThanOrEqual(5);
				expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
			});
		}
	});
});

test.describe('reading the article', () => {
	// Short enough that the article's panel beside the timeline shows its first paragraphs only.
	test.use({ viewport: { width: 1280, height: 560 } });

	test('scrolling the article to the Crocus paragraph emphasises the Crocus event', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await expect.poll(() => emphasised(page)).not.toContain('crocus-city-hall-attack');
		await page.locator('.article-text mark', { hasText: 'In March, IS-K fighters' }).scrollIntoViewIfNeeded();
		await expect.poll(() => emphasised(page)).toContain('crocus-city-hall-attack');
	});

	/** Scrolls the article's panel with the mouse wheel, as a reader does, until the mark is in view. */
	async function readTo(page: Page, text: string) {
		const mark = page.locator('.article-text mark', { hasText: text });
		const panel = (await page.locator('.article-column').boundingBox())!;
		await page.mouse.move(panel.x + panel.width / 2, panel.y + Math.min(panel.height, 500) / 2);
		for (let i = 0; i < 20; i++) {
			const box = (await mark.boundingBox())!;
			if (box.y > 100 && box.y + box.height < 460) break;
			await page.mouse.wheel(0, box.y > 460 ? 150 : -150);
			await page.waitForTimeout(50);
		}
	}

	test('the timeline follows the article unless the reader has moved it since', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		// Zoomed into the 1980s by the keyboard, the reader has moved the timeline: scrolling does not move it back.
		await page.getByRole('region', { name: /^Timeline of/ }).focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('+');
		for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
		const moved = param(page, 'from');
		await readTo(page, 'In March, IS-K fighters');
		await expect(page.locator('.article-text mark', { hasText: 'In March, IS-K fighters' })).toBeInViewport();
		await page.waitForTimeout(500);
		expect(param(page, 'from')).toBe(moved);
		// Fit all, zoom into the 1980s by link, then scroll: the timeline eases to the Crocus attack.
		await open(page, '/t/putin-taliban-allies/?from=1979-01-01&to=1990-12-31');
		await readTo(page, 'In March, IS-K fighters');
		// Drawn within the view the timeline eased to (its lane may be below the window's foot: a chart of
		// eleven events takes the rows that label them all whole).
		await expect
			.poll(async () => {
				const crocus = await pointOf(page, 'crocus-city-hall-attack').catch(() => undefined);
				return crocus !== undefined && crocus.cx >= 0 && crocus.cx <= crocus.canvasWidth;
			})
			.toBe(true);
		await expect.poll(() => param(page, 'from')).not.toBe('1979-01-01');
	});
});

test.describe('empty time', () => {
	test('zoomed into hours with nothing in them, the chart says so and offers the nearest event either side', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?from=2024-10-07T00:00Z&to=2024-10-07T08:00Z');
		await expect(page.getByRole('status').filter({ hasText: 'No events in this stretch of time.' })).toBeVisible();
		const later = page.getByRole('button', { name: /2 later/ });
		await expect(later).toContainText('the next: 17 Apr 2025');
		await expect(page.getByRole('button', { name: /9 earlier/ })).toContainText('the latest: ends 5 Jul 2024');
		await later.click();
		await expect(page.getByRole('status').filter({ hasText: 'No events in this stretch' })).toHaveCount(0);
		const next = seed.events.find((event) => event.date.start >= Date.UTC(2024, 9, 8))!;
		await expect(page.locator(`rect.event[data-event-id="${next.data.id}"]`)).toBeInViewport();
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(next.data.id);
		await page.goBack();
		await expect(page.getByRole('button', { name: /2 later/ })).toBeVisible();
	});
});

test('a link to a step of a story opens on that step, its neighbours in sight', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?story=1&event=us-withdrawal-completed');
	await expect(page.getByRole('region', { name: 'Story' }).getByRole('heading')).toHaveText(seed.events.find((e) => e.data.id === 'us-withdrawal-completed')!.data.title);
	// Not the whole timeline (1977–2026): the months around the withdrawal and the Crocus attack after it.
	await expect(page.locator('g.axis')).not.toContainText('1980');
	// Drawn in the chart's view (a target exists only for an event placed there).
	await expect(page.locator('rect.event[data-event-id="crocus-city-hall-attack"]')).toHaveCount(1);
	await expect(page.locator('rect.event[data-event-id="soviet-war-in-afghanistan"]')).toHaveCount(0);
});
