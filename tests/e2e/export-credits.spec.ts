/**
 * What leaves the site stands on its own: the exported SVG of every bundled timeline, from a phone (at the
 * narrowest width the dialog offers) and from a desktop (at its default width), holds its whole title,
 * source and licence, each line within the image's width as the browser sets it; the PNG is the same
 * picture at twice its size.
 */
import { expect, test } from './test';
import { readdirSync, readFileSync } from 'node:fs';
import { open } from './helpers';

const ids = readdirSync('data');

for (const width of [375, 1280]) {
	test.describe(`exported at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });
		for (const id of ids) {
			test(`${id}: the SVG holds the whole title, source and licence, within its width, and the PNG is it at 2×`, async ({ page }) => {
				const timelineJson = JSON.parse(readFileSync(`data/${id}/timeline.json`, 'utf8')) as {
					title?: string;
					article?: { title: string; url?: string; licence?: { name: string } };
				};
				await open(page, `/t/${id}/`);
				await page.getByRole('button', { name: 'Embed or download' }).click();
				// From a phone, the narrowest picture the dialog draws, whose lines wrap the most.
				if (width === 375) await page.getByLabel('Width of the picture, in pixels').fill('320');
				const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
				const svg = readFileSync((await svgFile.path())!, 'utf8');
				// Every header and footer line (the texts outside the chart) as the browser lays it out.
				const lines = await page.evaluate((text) => {
					const host = document.createElement('div');
					host.innerHTML = text;
					document.body.append(host);
					const root = host.querySelector('svg')!;
					const outside = [...root.children].filter((node) => node.tagName === 'text') as SVGTextElement[];
					const found = outside.map((node) => ({ text: node.textContent ?? '', right: node.getBBox().x + node.getBBox().width }));
					const width = Number(root.getAttribute('width'));
					host.remove();
					return { found, width };
				}, svg);
				const written = lines.found
					.map((line) => line.text)
					.join(' ')
					.replace(/[\u2066-\u2069]/g, '');
				const title = timelineJson.title ?? timelineJson.article!.title;
				const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
				expect(written).toContain(words(title));
				// An address too long for a line is broken over lines, all of it there.
				if (timelineJson.article?.url) expect(written.replace(/\s+/g, '')).toContain(timelineJson.article.url);
				if (timelineJson.article?.licence || id === 'us-election-2020')
					expect(written).toMatch(/licensed under CC BY 2\.5 \(https:\/\/creativecommons\.org\/licenses\/by\/2\.5\/\)/);
				expect(written).toContain('Timeline by Chronoscope.');
				for (const line of lines.found) expect(line.right, line.text).toBeLessThanOrEqual(lines.width);

				const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
				const png = readFileSync((await pngFile.path())!);
				// The PNG's size is in its header: width at byte 16, height at byte 20.
				const svgSize = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
				expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * Number(svgSize[1]), 2 * Number(svgSize[2])]);
			});
		}
	});
}
