import type { Page } from '@playwright/test';

/** Opens a page and waits until the timeline has applied the view its URL names, as a reader would wait to see it. */
export async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline-view[data-ready]').waitFor();
}
