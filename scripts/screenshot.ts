/**
 * Screenshots of pages at phone and desktop widths, light and dark, for looking at what we draw:
 *   npx tsx scripts/screenshot.ts [url-path ...]   (against a running `npm run preview`)
 * Writes to test-results/screens/.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
await mkdir('test-results/screens', { recursive: true });
const sizes = [
	{ name: 'phone', width: 375, height: 740 },
	{ name: 'desktop', width: 1280, height: 800 }
];
for (const path of paths) {
	for (const size of sizes) {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport: size, colorScheme: scheme });
			await page.goto(base + path);
			await page.waitForTimeout(300);
			const file = `test-results/screens/${path.replace(/[^\w]+/g, '_') || 'root'}-${size.name}-${scheme}.png`;
			await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
			console.log(file);
			await page.close();
		}
	}
}
await browser.close();
