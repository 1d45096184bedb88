/**
 * The editor publishes, as a journalist would: an article pasted with its headline above it, its title
 * typed, its licence chosen, drafted, then published all three ways (the zip for data/, one web page, and
 * one timeline.json hosted on another site and embedded from there by `?src=`), each credited as the
 * bundled Wikinews timelines are, and titled by the title field alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Locator, type Page } from './test';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** The bundled Wikinews article, pasted as a reader copies it from the page: its headline first, which is not the title typed. */
const LEONOV = readFileSync('bench/extract/devset/2019-10-12-alexei-leonov-obituary.txt', 'utf8');
const HEADLINE = 'Soviet space pioneer who first walked in space is dead';
const PASTED = `${HEADLINE}\n\n${LEONOV}`;
const TITLE = 'Cosmonaut Alexei Leonov dies at age 85';
const ARTICLE_URL = 'https://en.wikinews.org/wiki/Cosmonaut_Alexei_Leonov_dies_at_age_85';
const WIKINEWS = { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' };
/** Where the test's "other site" hosts the timeline.json: answered by the test (page.route), never the network. */
const HOSTED = 'http://files.example.test/timelines/leonov.json';

type Document = { title?: string; article: { title: string; text?: string; textFile?: string; url?: string; licence?: unknown } };

/** The start page filled in as a journalist would, the licence chosen by its label. */
async function fillStart(page: Page, licence: string) {
	await page.goto('/edit/');
	await page.getByLabel('Article text').fill(PASTED);
	await page.getByLabel('Title', { exact: true }).fill(TITLE);
	await page.getByLabel('Publisher').fill('Wikinews');
	await page.getByLabel('Publication date').fill('2019-10-12');
	await page.getByLabel('Address of the article (optional)').fill(ARTICLE_URL);
	await page.getByLabel('Licence of the article').selectOption({ label: licence });
}

async function draft(page: Page) {
	await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
	await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
	await page.getByRole('button', { name: 'Accept all proposed' }).click();
	await expect(page.getByText('Ready to publish')).toBeVisible();
}

/** Clicks what downloads a file and gives back the file, kept where the test keeps its files. */
async function downloaded(page: Page, button: Locator, name: string): Promise<string> {
	const downloading = page.waitForEvent('download');
	await button.click();
	const download = await downloading;
	const path = test.info().outputPath(name);
	await download.saveAs(path);
	return path;
}

/** The credit line a page shows for its article, and where its links go. */
async function credit(scope: Page | ReturnType<Page['frameLocator']>, selector: string) {
	const line = scope.locator(selector).first();
	await expect(line).toBeVisible();
	return {
		text: (await line.innerText()).replace(/\s+/g, ' ').trim(),
		links: await line.locator('a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]))
	};
}

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('the editor publishes', () => {
	test('all three ways with a licence, each credited as the bundled Wikinews timeline is, and titled by the title field', async ({ page }) => {
		// The credit of the bundled timeline of the same article, to be matched.
		await page.goto('/t/alexei-leonov-obituary/');
		const bundled = await credit(page, 'p.credit');
		expect(bundled.text).toBe(`Article: “${TITLE}”, Wikinews, licensed under CC BY 2.5`);

		await fillStart(page, 'CC BY 2.5 (Wikinews)');
		await draft(page);
		await expect(page.locator('.article-details summary')).toContainText(`${TITLE}, Wikinews, published 2019-10-12, CC BY 2.5`);

		// (a) The zip for data/.
		const zip = unzipSync(readFileSync(await downloaded(page, page.getByRole('button', { name: 'Download', exact: true }), 'leonov.zip')));
		const folder = 'cosmonaut-alexei-leonov-dies-at-age-85';
		const zipped = JSON.parse(strFromU8(zip[`${folder}/timeline.json`]!)) as Document;
		expect(zipped.article).toMatchObject({ title: TITLE, url: ARTICLE_URL, licence: WIKINEWS, textFile: 'article.txt' });
		expect(strFromU8(zip[`${folder}/article.txt`]!)).toBe(PASTED);

		// (b) One web page, opened from disk: its credit is the bundled timeline's.
		const html = await downloaded(page, page.getByRole('button', { name: 'Download as a web page' }), 'leonov.html');
		const editor = page.url();
		await page.goto(pathToFileURL(html).href);
		await page.locator('.timeline-view[data-ready]').waitFor();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		expect(await credit(page, 'p.credit')).toEqual(bundled);

		// (c) One timeline.json, hosted on another site, and the embed code that opens it from there.
		await page.goto(editor);
		await page.getByRole('button', { name: 'Host the timeline.json yourself' }).click();
		const dialog = page.getByRole('dialog', { name: 'Host the timeline.json yourself' });
		await expect(dialog).toContainText(`Access-Control-Allow-Origin: ${ORIGIN} (or *)`);
		const json = readFileSync(await downloaded(page, dialog.getByRole('button', { name: 'Download timeline.json' }), 'timeline.json'), 'utf8');
		await expect(dialog.getByRole('status').first()).toHaveText(/^Downloaded timeline\.json\./);
		const hosted = JSON.parse(json) as Document;
		// Fetched alone by ?src=: its text inside, no file beside it.
		expect(hosted.article).toMatchObject({ title: TITLE, licence: WIKINEWS, text: PASTED });
		expect(hosted.article).not.toHaveProperty('textFile');

		const address = dialog.getByLabel('Address of the timeline.json on your host');
		await address.fill('ftp://files.example.test/leonov.json');
		await expect(address).toHaveAttribute('aria-invalid', 'true');
		await expect(dialog.getByText('Give an address starting with https:// or http://, not ftp://.')).toBeVisible();
		await expect(dialog.getByLabel('Embed code')).toHaveCount(0);
		await address.fill(HOSTED);
		await expect(address).not.toHaveAttribute('aria-invalid');
		const snippet = await dialog.getByLabel('Embed code').inputValue();
		const src = encodeURIComponent(HOSTED);
		expect(snippet).toBe(
			`<iframe src="${ORIGIN}/embed/?src=${src}" title="Timeline: ${TITLE}" style="width:100%;height:520px;border:0" loading="lazy"></iframe>\n<script src="${ORIGIN}/embed.js" async></script>`
		);
		await expect(dialog.getByLabel('Link to the timeline')).toHaveValue(`${ORIGIN}/?src=${src}`);
		await dialog.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(dialog.getByRole('status').last()).toHaveText('Copied the embed code.');
		await dialog.getByRole('button', { name: 'Close' }).click();

		// The other site sends the file with the header the dialog names; a report embeds it with the code.
		let fetched = 0;
		await page.context().route(HOSTED, (route) => {
			fetched++;
			return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: json });
		});
		// (The report is served from the site's own host: Chromium takes a page the test answers for a public
		// one, and lets no public page frame a site on this computer.)
		const report = `${ORIGIN}/__report/story.html`;
		await page.route(report, (route) =>
			route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>A report</title><body><h1>A report</h1>${snippet}</body></html>` })
		);
		await page.goto(report);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('.timeline-view[data-ready]')).toBeAttached();
		await expect(frame.locator('rect.event')).toHaveCount(4);
		const embedded = await credit(frame, 'p.credit');
		expect(embedded.text).toContain(`“${TITLE}”, Wikinews, CC BY 2.5`);
		expect(embedded.links).toEqual(expect.arrayContaining([bundled.links[1]]));
		expect(fetched).toBeGreaterThan(0);

		// The link opens the full view of the same file, credited as the bundled timeline is.
		await page.goto(`/?src=${src}`);
		await page.locator('.timeline-view[data-ready]').waitFor();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		expect(await credit(page, 'p.credit')).toEqual(bundled);
	});

	test('not while there are faults: a licence needs the address its credit links to, and another licence a name and an http(s) page', async ({ page }) => {
		await fillStart(page, 'Another licence…');
		await page.getByLabel('Address of the article (optional)').fill('');
		await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
		// Each fault beside its field, the first field at fault focused; a reload keeps the licence typed so far.
		await expect(page.getByLabel('Address of the article (optional)')).toBeFocused();
		await expect(page.getByText("A licence's credit links to the original: give the article's address, or choose no licence.")).toBeVisible();
		await expect(page.getByLabel('Name of the licence')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText("Give the licence's name as its licensor writes it, such as CC BY-NC 4.0.")).toBeVisible();
		await expect(page.getByText("Give the address of the licence's own page, starting with https:// or http://.")).toBeVisible();
		await page.getByLabel('Name of the licence').fill('CC BY-NC 4.0');
		await page.reload();
		await expect(page.getByLabel('Licence of the article')).toHaveValue('other');
		await expect(page.getByLabel('Name of the licence')).toHaveValue('CC BY-NC 4.0');
		await page.getByLabel('Address of the article (optional)').fill(ARTICLE_URL);
		await page.getByLabel('Address of the licence').fill('https://creativecommons.org/licenses/by-nc/4.0/');
		await draft(page);

		// In the workspace: the address removed is a fault, and nothing publishes while there is one.
		await page.getByText('Article details:').click();
		await page.locator('#article-url').fill('');
		await expect(page.getByText('1 fault to fix before publishing')).toBeVisible();
		await expect(page.locator('#article-url-fault')).toHaveText("A licence's credit links to the original: give the article's address, or choose no licence.");
		await expect(page.getByRole('button', { name: 'Host the timeline.json yourself' })).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Download as a web page' })).toBeDisabled();
		await page.getByLabel('Address of the licence').fill('creativecommons.org/licenses/by-nc/4.0/');
		await expect(page.getByText('2 faults to fix before publishing')).toBeVisible();
		await expect(page.locator('#article-licence-url-fault')).toHaveText("Give the address of the licence's own page, starting with https:// or http://.");
		// Undo takes the fields back one at a time, as any other change.
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByLabel('Address of the licence')).toHaveValue('https://creativecommons.org/licenses/by-nc/4.0/');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.locator('#article-url')).toHaveValue(ARTICLE_URL);
		await expect(page.getByText('Ready to publish')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Host the timeline.json yourself' })).toBeEnabled();
	});

	test('keeps the licence through undo, a reload and the timeline.json opened again, and the preview credits it', async ({ page, context }) => {
		await fillStart(page, 'CC BY 4.0');
		await draft(page);
		await page.getByText('Article details:').click();
		const licence = page.getByLabel('Licence of the article');
		await expect(licence).toHaveValue('cc-by-4.0');
		await licence.selectOption({ label: 'CC BY-SA 4.0' });
		await page.getByLabel('What was changed from the original (optional)').fill('photo captions left out');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByLabel('What was changed from the original (optional)')).toHaveValue('');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(licence).toHaveValue('cc-by-4.0');
		await page.getByRole('button', { name: 'Redo' }).click();
		await page.getByRole('button', { name: 'Redo' }).click();
		await expect(licence).toHaveValue('cc-by-sa-4.0');
		await expect(page.getByLabel('What was changed from the original (optional)')).toHaveValue('photo captions left out');

		await page.reload();
		await page.getByText('Article details:').click();
		await expect(page.getByLabel('Licence of the article')).toHaveValue('cc-by-sa-4.0');
		await expect(page.getByLabel('What was changed from the original (optional)')).toHaveValue('photo captions left out');

		// The preview in the full viewer credits it, as a bundled timeline's licence is credited.
		const opening = context.waitForEvent('page');
		await page.getByRole('link', { name: 'Open in viewer' }).click();
		const viewer = await opening;
		await viewer.locator('.timeline-view[data-ready]').waitFor();
		const previewed = await credit(viewer, 'p.credit');
		expect(previewed.text).toBe(`Article: “${TITLE}”, Wikinews, licensed under CC BY-SA 4.0. Changes: photo captions left out.`);
		expect(previewed.links).toContainEqual(['CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/', expect.stringContaining('license')]);
		await viewer.close();

		// The timeline.json published, opened again in the editor, has the same licence in its field.
		await page.getByRole('button', { name: 'Host the timeline.json yourself' }).click();
		const json = await downloaded(page, page.getByRole('button', { name: 'Download timeline.json' }), 'timeline.json');
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'New timeline' }).click();
		await page.getByLabel('Open a file').setInputFiles(json);
		await expect(page.getByText('Ready to publish')).toBeVisible();
		await page.getByText('Article details:').click();
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
		await expect(page.getByLabel('Licence of the article')).toHaveValue('cc-by-sa-4.0');
		await expect(page.getByLabel('What was changed from the original (optional)')).toHaveValue('photo captions left out');
	});

	test("takes the title from the title field: a file's name fills it only while it is empty, where it shows", async ({ page }) => {
		await page.goto('/edit/');
		const file = { name: 'Leonov obituary.txt', mimeType: 'text/plain', buffer: Buffer.from(PASTED) };
		await page.getByLabel('Title', { exact: true }).fill(TITLE);
		await page.getByLabel('Open a file').setInputFiles(file);
		await expect(page.getByLabel('Article text')).toHaveValue(PASTED);
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
		await page.getByLabel('Title', { exact: true }).fill('');
		await page.getByLabel('Open a file').setInputFiles(file);
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Leonov obituary');
	});

	for (const [width, scheme] of [
		[1280, 'light'],
		[375, 'dark']
	] as const) {
		test(`its controls work at ${width} px in the ${scheme} theme: axe finds nothing, and nothing runs off the page`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			await fillStart(page, 'Another licence…');
			await page.getByLabel('Name of the licence').fill('CC BY-NC 4.0');
			await page.getByLabel('Address of the licence').fill('https://creativecommons.org/licenses/by-nc/4.0/');
			await page.getByLabel('What was changed from the original (optional)').fill('photo captions left out');
			expect(await axeViolations(page)).toEqual([]);
			await draft(page);
			await page.getByText('Article details:').click();
			await page.locator('.editor-preview .timeline-view[data-ready]').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(await overflow()).toBe(0);

			await page.getByRole('button', { name: 'Host the timeline.json yourself' }).click();
			const dialog = page.getByRole('dialog', { name: 'Host the timeline.json yourself' });
			await dialog.getByLabel('Address of the timeline.json on your host').fill('http://localhost:8000/timeline.json');
			await expect(dialog.getByText("localhost is reached from this computer or its network only: readers' browsers cannot open it.", { exact: false })).toBeVisible();
			await expect(dialog.getByLabel('Embed code')).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			const box = await dialog.boundingBox();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(width);
			// Every control of the dialog is reached by the keyboard, and Escape closes it.
			await dialog.getByLabel('Address of the timeline.json on your host').focus();
			await page.keyboard.press('Tab');
			await expect(dialog.getByLabel('Embed code')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(dialog.getByRole('button', { name: 'Copy embed code' })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		});
	}
});
