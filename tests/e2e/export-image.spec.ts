/**
 * A picture of the view is fit to publish whatever screen it is made on: drawn at the width the reader
 * chooses (1200 px unless changed), without the reader's passing states (the excerpts on screen, the
 * search), the selection only if asked, in colours every SVG tool reads.
 */
import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { emphasised, open } from './helpers';

async function downloaded(page: Page, format: 'SVG' | 'PNG'): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${format}` }).click()]);
	return readFileSync((await file.path())!);
}
const svgSize = (svg: string) => /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1, 3).map(Number);

test.describe('from a phone', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('the picture is 1200 px wide unless the reader asks for another width, and the PNG twice that', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		const width = page.getByLabel('Width of the picture, in pixels');
		await expect(width).toHaveValue('1200');
		const svg = (await downloaded(page, 'SVG')).toString('utf8');
		expect(svgSize(svg)[0]).toBe(1200);
		await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText('Downloaded the SVG, 1200 px wide.');
		const png = await downloaded(page, 'PNG');
		expect(png.readUInt32BE(16)).toBe(2400);

		await width.fill('100');
		await expect(page.getByText('Give a width in whole pixels from 320 to 4000.')).toBeVisible();
		await expect(width).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('button', { name: 'Download SVG' })).toBeDisabled();
		await width.fill('800');
		const narrow = (await downloaded(page, 'SVG')).toString('utf8');
		expect(svgSize(narrow)[0]).toBe(800);
		// Every event of the seed is labelled in the picture, as on a desktop's chart.
		const titles = [...narrow.matchAll(/<title>([^<]*)<\/title>/g)];
		expect(titles).toHaveLength(JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')).events.length);
	});
});

test('the excerpts on screen and the search are left out of the picture, and the selection is kept only if asked', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?event=crocus-city-hall-attack&q=attack');
	// On screen, the article's excerpts in view highlight their events, and the selected event is marked.
	await expect.poll(() => emphasised(page).then((ids) => ids.length)).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const plain = (await downloaded(page, 'SVG')).toString('utf8');
	// Light theme: --mark-bg #fff0b3 behind emphasised events and search matches; --focus #b3261e on the selected one.
	expect(plain).not.toContain('#fff0b3');
	expect(plain).not.toContain('text-decoration="underline"');
	expect(plain).not.toMatch(/stroke="#b3261e" stroke-width="2\.5"/);
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();

	await page.getByRole('checkbox', { name: /Highlight the selected event, “.*Crocus/ }).check();
	const selected = (await downloaded(page, 'SVG')).toString('utf8');
	expect(selected).toMatch(/stroke="#b3261e" stroke-width="2\.5"/);
	expect(selected).toMatch(/<text [^>]*fill="#b3261e" text-decoration="underline">[^<]*Crocus/);
	expect(selected).not.toContain('#fff0b3');

	// The same picture as the view's with no excerpt in sight, no search and no selection: none of them leaves a trace.
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/t/putin-taliban-allies/');
	await page.getByRole('button', { name: 'Embed or download' }).click();
	expect((await downloaded(page, 'SVG')).toString('utf8')).toBe(plain);
});

test('without a selection the dialog does not offer to keep one', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/');
	await page.getByRole('button', { name: 'Embed or download' }).click();
	await expect(page.getByLabel('Width of the picture, in pixels')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /Highlight the selected event/ })).toHaveCount(0);
});
