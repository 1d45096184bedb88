/**
 * The full view printed as a reader prints it, read back from Chromium's PDF as a PDF viewer reads it: the
 * seed on at most three landscape pages with none blank, the credit on the first, the chart as vector text
 * of at least 8 pt in the light theme, then every event of the list.
 */
import { expect, test } from './test';
import { readFileSync } from 'node:fs';
import { open } from './helpers';
import { readPdf } from './pdf-text';

const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { article: { title: string }; events: { title: string }[] };
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
// pdf.js reads a ligature ("fl", "fi") as a character of its own, spaced apart: read back as letters.
const plain = (text: string) => words(text.replace(/\s*ﬂ\s*/g, 'fl').replace(/\s*ﬁ\s*/g, 'fi'));

for (const [width, theme] of [
	[1280, 'light'],
	[375, 'dark']
] as const) {
	test.describe(`printed from a ${width} px screen in the ${theme} theme`, () => {
		test.use({ viewport: { width, height: 800 } });

		for (const format of ['A4', 'Letter'] as const) {
			test(`the seed prints on at most 3 landscape ${format} pages, its chart as text of 8 pt or more`, async ({ page }) => {
				await open(page, `/t/putin-taliban-allies/?theme=${theme}`);
				const pdf = await page.pdf({ format, preferCSSPageSize: true });
				const pages = await readPdf(new Uint8Array(pdf));
				expect(pages.length).toBeGreaterThan(0);
				expect(pages.length).toBeLessThanOrEqual(3);
				for (const [i, sheet] of pages.entries()) {
					expect(sheet.width, `page ${i + 1} is landscape`).toBeGreaterThan(sheet.height);
					expect(sheet.runs.length, `page ${i + 1} is not blank`).toBeGreaterThan(3);
				}
				// Every text on paper is 8 pt or more: the chart's labels (12 px drawn at its own size, 9 pt),
				// its lane names (8.25 pt), and the list's smallest notes.
				const runs = pages.flatMap((sheet) => sheet.runs);
				for (const run of runs) expect(run.size, run.text).toBeGreaterThanOrEqual(8);

				const first = plain(pages[0]!.text);
				expect(first).toContain(words(seed.article.title));
				expect(first).toContain('Source: The Defense News, “Putin Says Taliban ‘Our Allies’ in Fighting Terrorism”. Timeline by Chronoscope.');
				// The chart drawn as vectors on the first page: its lane names as text at their own size.
				const laneNames = pages[0]!.runs.filter((run) => ['RUSSIA', 'USSR', 'TALIBAN', 'IS-K', 'UNITED STATES'].includes(run.text));
				expect(laneNames.map((run) => run.text).sort()).toEqual(['IS-K', 'RUSSIA', 'TALIBAN', 'UNITED STATES', 'USSR']);
				for (const run of laneNames) expect(run.size).toBeCloseTo(8.25, 1);
				// Each event's label in the chart at the labels' 9 pt, then its entry in the list.
				const all = plain(pages.map((sheet) => sheet.text).join(' '));
				for (const { title } of seed.events) {
					expect(
						pages[0]!.runs.some((run) => plain(run.text) === plain(title) && Math.abs(run.size - 9) < 0.05),
						`${title} is labelled whole in the chart`
					).toBe(true);
					expect(all.split(plain(title)).length - 1, `${title} is in the chart and the list`).toBeGreaterThanOrEqual(2);
				}
				// Not the article: the list carries each event's excerpts.
				expect(all).not.toContain('The article Putin Says Taliban');
			});
		}

		test('the printed chart is drawn in the light theme, as vectors, and the screen chart and its controls are left off', async ({ page }) => {
			await open(page, `/t/putin-taliban-allies/?theme=${theme}`);
			await page.emulateMedia({ media: 'print' });
			const chart = page.locator('.print-chart svg');
			await expect(chart).toHaveCount(1);
			await expect(chart).toBeVisible();
			// theme.css's light --bg and --fg, whatever the screen's theme.
			expect(await chart.evaluate((svg) => svg.querySelector('rect')!.getAttribute('fill'))).toBe('#ffffff');
			expect(await chart.locator('g.marks text').first().getAttribute('fill')).toMatch(/^#(1b1f24|7a4a00)$/);
			// The page's own text is dark on paper too.
			expect(await page.locator('h1').evaluate((title) => getComputedStyle(title).color)).toBe('rgb(27, 31, 36)');
			for (const hidden of ['.surface', '.toolbar', '.search', '.article-column']) await expect(page.locator(hidden).first()).toBeHidden();
			const box = (await chart.boundingBox())!;
			// Landscape Letter's text is 960 px wide: the chart is printed at its own size, not shrunk.
			expect(box.width).toBeLessThanOrEqual(960);
		});
	});
}
