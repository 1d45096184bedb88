import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { open } from './helpers';

/** The preview server's origin: playwright.config's port, which E2E_PORT moves. */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

/**
 * Serves a file at a path of the test server's origin that the site does not use. (Chromium refuses a
 * page on another host the scripts of a loopback server, so fixtures share the origin; the embed's
 * sandbox still gives it an opaque origin of its own.)
 */
async function serve(page: Page, path: string, body: string, contentType = 'application/json') {
	await page.route(`${ORIGIN}${path}`, (route) => route.fulfill({ status: 200, contentType, body }));
}

test.describe('embedding in a report', () => {
	test('a sandboxed iframe renders, sizes itself to its content, and shows tooltips', async ({ page }) => {
		await serve(page, '/__fixtures/report.html', fixture('report.html').replaceAll('CHRONOSCOPE', ORIGIN), 'text/html');
		await page.goto('/__fixtures/report.html');
		const frame = page.frameLocator('#timeline');
		await expect(frame.locator('.timeline-view[data-ready]')).toBeAttached();
		await expect(frame.locator('rect.event').first()).toBeVisible();
		// embed.js resizes the iframe (150px in the markup) to the embed's content.
		await expect.poll(() => page.locator('#timeline').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBeGreaterThan(400);
		const iframeHeight = await page.locator('#timeline').evaluate((iframe) => iframe.getBoundingClientRect().height);
		const contentHeight = await frame.locator('.embed').evaluate((embed) => embed.getBoundingClientRect().height);
		expect(Math.abs(iframeHeight - contentHeight)).toBeLessThanOrEqual(2);
		await frame.locator('rect.event[data-event-id="crocus-city-hall-attack"]').hover();
		await expect(frame.getByRole('tooltip')).toContainText('IS-K attack on Crocus City Hall');
		// The compact excerpt panel (?excerpts=1) follows the selection.
		await frame.locator('rect.event[data-event-id="crocus-city-hall-attack"]').click();
		await expect(frame.locator('.excerpt-panel mark')).toContainText('In March, IS-K fighters');
	});

	test('works at a fixed height without the script', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/embed/?height=300&theme=dark');
		await expect(page.locator('.embed')).toHaveCSS('height', '300px');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});

	test("the Embed dialog offers light, dark or the reader's setting, light unless the view is dark, and the embed follows it", async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		const code = page.getByLabel('Embed code');
		const colours = page.getByRole('group', { name: 'Colours of the embed' });
		await expect(colours.getByRole('radio', { name: 'Light' })).toBeChecked();
		await expect(code).toHaveValue(/\/embed\/\?theme=light"/);
		await colours.getByRole('radio', { name: 'Dark' }).check();
		await expect(code).toHaveValue(/\/embed\/\?theme=dark"/);
		await colours.getByRole('radio', { name: /As the reader's device is set/ }).check();
		await expect(code).toHaveValue(/\/embed\/" title=/);
		expect(
			await new AxeBuilder({ page })
				.include('dialog')
				.analyze()
				.then((result) => result.violations)
		).toEqual([]);
		// A reader whose device is dark sees the light embed its page asked for.
		await colours.getByRole('radio', { name: 'Light' }).check();
		const src = /src="([^"]+)"/.exec(await code.inputValue())![1]!;
		await page.goto(src);
		await page.locator('.timeline-view[data-ready]').waitFor();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		// Opened from a dark view, the dialog starts on dark.
		await open(page, '/t/putin-taliban-allies/?theme=dark');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		await expect(colours.getByRole('radio', { name: 'Dark' })).toBeChecked();
	});

	test('the Embed dialog gives the snippet for exactly the current view, and the snippet works in a plain page', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/?from=2021-01-01&to=2024-12-31&event=crocus-city-hall-attack');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		const snippet = await page.getByLabel('Embed code').inputValue();
		expect(snippet).toContain(`${ORIGIN}/t/putin-taliban-allies/embed/?from=2021-01-01&amp;to=2024-12-31&amp;event=crocus-city-hall-attack`.replaceAll('&amp;', '&'));
		expect(snippet).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
		expect(await page.getByLabel('Link to this view').inputValue()).toBe(`${ORIGIN}/t/putin-taliban-allies/?from=2021-01-01&to=2024-12-31&event=crocus-city-hall-attack`);
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied the embed code.');

		await serve(page, '/__fixtures/plain.html', `<!doctype html><html lang="en"><title>Plain</title><body>${snippet}</body></html>`, 'text/html');
		await page.goto('/__fixtures/plain.html');
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('rect.event[data-event-id="crocus-city-hall-attack"]')).toHaveAttribute('aria-pressed', 'true');
		expect(await frame.locator('g.axis .context-label').allTextContents()).toContain('2022');
		await expect.poll(() => page.locator('iframe').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height))).not.toBe(520);
	});
});

test.describe('documents loaded from a URL (src)', () => {
	test('a TimelineJS3 document is recognised, converted and drawn, its HTML shown as text', async ({ page }) => {
		await serve(page, '/__fixtures/moon.json', fixture('timelinejs.json'));
		await open(page, '/t/putin-taliban-allies/?src=/__fixtures/moon.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('A short history of the Moon');
		await expect(page.locator('ol.event-list > li')).toHaveCount(4);
		await expect(page.locator('#event-apollo-11 h3')).toHaveText('Apollo 11 lands');
		expect(await page.locator('img').count()).toBe(0);
		await expect(page.locator('rect.event').first()).toBeVisible();
		// TimelineJS3's year -763 is 763 BCE, as the document's own words for it say.
		await expect(page.locator('#event-an-eclipse-recorded-in-assyria .dates')).toHaveText(/“15 June 763 BC” in the document\s*·\s*15 Jun 763 BCE/);
	});

	test('a cosmological document numbers its years one way: the header speaks as of the day its list ends on', async ({ page }) => {
		const slide = (year: string, headline: string) => ({ start_date: { year }, text: { headline } });
		await serve(page, '/__fixtures/cosmos.json', JSON.stringify({ events: [slide('-13800000000', 'The Big Bang'), slide('-1', 'The last year BCE')] }));
		await open(page, '/t/putin-taliban-allies/?src=/__fixtures/cosmos.json');
		await expect(page.locator('.page-header .byline')).toContainText('as of 31 Dec 1 BCE');
		await expect(page.locator('#event-the-last-year-bce .resolved')).toHaveText('1 BCE');
	});

	const bad: [string, string | null, RegExp][] = [
		['a missing document', null, /server answered 404/],
		['a document that is not JSON', '<html>nope</html>', /is not JSON/],
		['a document with schema faults', JSON.stringify({ version: 1, id: 'x', events: [{ id: 'Bad Id' }] }), /at \$\.article: is required/],
		// Announced by its Content-Length, it is refused before its body is read (streamed bodies: tests/remote).
		['an oversized document', 'announced', /is 250\.0 MB, over the 200\.0 MB limit/]
	];
	for (const [name, body, message] of bad) {
		test(`${name} shows its faults on the page`, async ({ page }) => {
			await page.route(`${ORIGIN}/__fixtures/bad.json`, (route) =>
				body === null
					? route.fulfill({ status: 404, body: 'Not found' })
					: body === 'announced'
						? route.fulfill({ status: 200, contentType: 'application/json', headers: { 'content-length': String(250 * 1024 * 1024) }, body: '{}' })
						: route.fulfill({ status: 200, contentType: 'application/json', body })
			);
			for (const view of ['/t/putin-taliban-allies/', '/embed/']) {
				await page.goto(`${view}?src=/__fixtures/bad.json`);
				const alert = page.getByRole('alert');
				await expect(alert).toContainText('This timeline could not be shown');
				await expect(alert).toContainText(message);
				await expect(alert).toContainText(`${ORIGIN}/__fixtures/bad.json`);
			}
		});
	}
});

test("the exported SVG is drawn in light colours unless dark ones are asked for, whatever the page's theme, the chart's own colours included", async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?theme=dark');
	await page.getByRole('button', { name: 'Embed or download' }).click();
	await expect(page.getByRole('group', { name: 'Colours of the picture' }).getByRole('radio', { name: 'Light' })).toBeChecked();
	const svgOf = async () => {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
		return readFileSync((await download.path())!, 'utf8');
	};
	// theme.css's light --bg (#ffffff), and the grid mixed from its --border (#c9ced6) at 55%.
	const light = await svgOf();
	expect(light).toContain('fill="#ffffff"');
	expect(light).toMatch(/<line [^>]*y1="\d+" y2="[\d.]+" stroke="#c9ced6" stroke-opacity="0\.55" shape-rendering="crispEdges"/);
	// Dark: --bg #14171c, the grid from --border #3d444f; written as what Inkscape and older tools read,
	// a hex colour and an opacity.
	await page.getByRole('group', { name: 'Colours of the picture' }).getByRole('radio', { name: 'Dark' }).check();
	const dark = await svgOf();
	expect(dark).toContain('fill="#14171c"');
	expect(dark).toMatch(/<line [^>]*y1="\d+" y2="[\d.]+" stroke="#3d444f" stroke-opacity="0\.55" shape-rendering="crispEdges"/);
	for (const svg of [light, dark]) expect(svg).not.toMatch(/var\(|color\(|rgba?\(|light-dark|color-mix/);
});

test('the exported SVG parses and names every event the view shows', async ({ page }) => {
	await open(page, '/t/putin-taliban-allies/?from=2021-01-01&to=2024-12-31');
	const visible = await page.locator('rect.event').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')!));
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
	expect(download.suggestedFilename()).toBe('putin-taliban-allies-timeline.svg');
	const svg = readFileSync((await download.path())!, 'utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			titles: [...doc.querySelectorAll('title')].map((t) => t.textContent ?? ''),
			text: doc.documentElement.textContent ?? '',
			// The marks and labels painted on the canvas, written as SVG.
			labels: [...doc.querySelectorAll('g.marks text')].map((t) => t.textContent ?? ''),
			marks: doc.querySelectorAll('g.marks circle, g.marks rect').length
		};
	}, svg);
	expect(parsed.error).toBeNull();
	// Drawn afresh at 1200 px, wider than the screen's chart: every event shown there, and perhaps more.
	expect(parsed.titles.length).toBeGreaterThanOrEqual(visible.length);
	expect(parsed.labels.length).toBeGreaterThanOrEqual(parsed.titles.length);
	expect(parsed.marks).toBeGreaterThanOrEqual(parsed.titles.length);
	const titles = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8'))
		.events.filter((e: { id: string }) => visible.includes(e.id))
		.map((e: { title: string }) => e.title);
	expect(titles.length).toBeGreaterThan(3);
	for (const title of titles) expect(parsed.titles.some((t) => t.startsWith(title))).toBe(true);
	expect(parsed.text).toContain('Putin Says Taliban ‘Our Allies’ in Fighting Terrorism');
	expect(parsed.text).toContain('The Defense News · as of 5 Jul 2024');
	expect(parsed.text).toContain('Source: The Defense News');
	const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
	const bytes = readFileSync((await png.path())!);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('makes no request to any host but its own', async ({ page }) => {
	const hosts = new Set<string>();
	page.on('request', (request) => hosts.add(new URL(request.url()).host));
	await open(page, '/t/putin-taliban-allies/?event=crocus-city-hall-attack');
	await page.locator('rect.event[data-event-id="crocus-city-hall-attack"]').hover();
	await page.mouse.wheel(0, -300);
	await open(page, '/t/putin-taliban-allies/embed/?excerpts=1');
	await open(page, '/synthetic/?n=1000');
	await page.goto('/schema/timeline.v1.json');
	expect([...hosts]).toEqual([new URL(ORIGIN).host]);
});

for (const theme of ['light', 'dark'] as const) {
	test(`the embed view and the Embed dialog have no axe violations (${theme})`, async ({ page }) => {
		await open(page, `/t/putin-taliban-allies/embed/?excerpts=1&event=crocus-city-hall-attack&theme=${theme}`);
		const embed = await new AxeBuilder({ page }).analyze();
		expect(embed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await page.emulateMedia({ colorScheme: theme });
		await open(page, '/t/putin-taliban-allies/');
		await page.getByRole('button', { name: 'Embed or download' }).click();
		const dialog = await new AxeBuilder({ page }).analyze();
		expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
