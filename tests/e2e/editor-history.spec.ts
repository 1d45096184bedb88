/**
 * The editor's "New history": articles added by pasting and from files, drafted in a worker that can be
 * cancelled, the candidates reviewed, merged and split, everything kept through a reload, and the
 * history published as files that validate. Wikinews articles (CC BY 2.5, credited in bench/history/README.md).
 */
import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const DISASTERS = 'bench/history/stories/natural-disasters/articles.jsonl';
type Line = { id: string; published: string; title: string; url: string; text: string };
const IRAN: Line[] = readFileSync('bench/history/stories/iran/articles.jsonl', 'utf8')
	.trim()
	.split('\n')
	.map((line) => JSON.parse(line) as Line);

const cards = (page: Page) => page.locator('article.draft-event');
const articleItems = (page: Page) => page.getByRole('region', { name: /^Articles/ }).getByRole('listitem');

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function newHistory(page: Page, title: string) {
	await page.goto('/edit/');
	await page.getByRole('button', { name: 'New history' }).click();
	await page.getByLabel('Title of the history').fill(title);
}

/** Pastes one article with its details into the form, and adds it. */
async function paste(page: Page, article: Line, button: 'Add article' | 'Add another', licence?: string) {
	const form = page.locator('form.history-paste');
	if (licence) await form.getByLabel('Licence of the article').selectOption({ label: licence });
	await form.getByLabel('Article text').fill(article.text);
	await form.getByLabel('Title', { exact: true }).fill(article.title);
	await form.getByLabel('Publisher').fill('Wikinews');
	await form.getByLabel('Publication date').fill(article.published);
	await form.getByLabel('Address of the article (optional)').fill(article.url);
	await form.getByRole('button', { name: button }).click();
	await expect(form.getByRole('status')).toHaveText(`Added “${article.title}”. Paste the next article, or draft the history.`);
}

async function draftFromJsonl(page: Page) {
	await newHistory(page, 'Natural disasters of 2019 and 2020');
	await page.getByLabel('Publisher of the articles that name none').fill('Wikinews');
	await page.getByLabel('Open articles from files').setInputFiles(DISASTERS);
	await expect(articleItems(page)).toHaveCount(12);
	await page.getByRole('button', { name: 'Draft the history of 12 articles' }).click();
	await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
}

/** The history the toolbar's Download gives: its files, written to a folder as `npm run validate` reads them. */
async function download(page: Page): Promise<{ folder: string; names: string[]; files: Record<string, Uint8Array> }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download', exact: true }).click();
	const files = unzipSync(readFileSync(await (await downloading).path()));
	const folder = mkdtempSync(join(tmpdir(), 'history-'));
	for (const [name, bytes] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, name)), { recursive: true });
		writeFileSync(join(folder, name), bytes);
	}
	return { folder, names: Object.keys(files).sort(), files };
}

test.describe('a new history in the editor', () => {
	test('is made from articles pasted one after another, kept through a reload, drafted and published as files that validate', async ({ page }) => {
		await newHistory(page, 'Iran in 2019');
		await paste(page, IRAN[0]!, 'Add article', 'CC BY 2.5 (Wikinews)');
		// The licence is kept for the next article, as the publisher is.
		await expect(page.locator('form.history-paste').getByLabel('Licence of the article')).toHaveValue('cc-by-2.5');
		await paste(page, IRAN[1]!, 'Add another');
		await expect(articleItems(page).nth(1)).toContainText('Wikinews, 2019-01-23, CC BY 2.5 ·');
		// Nothing typed is lost on a reload: the articles added, the title, and the article being pasted.
		await page.locator('form.history-paste').getByLabel('Article text').fill(IRAN[2]!.text);
		await page.reload();
		await expect(page.getByLabel('Title of the history')).toHaveValue('Iran in 2019');
		await expect(articleItems(page)).toHaveCount(2);
		await expect(page.locator('form.history-paste').getByLabel('Article text')).toHaveValue(IRAN[2]!.text);
		await page.locator('form.history-paste').getByLabel('Title', { exact: true }).fill(IRAN[2]!.title);
		await page.locator('form.history-paste').getByLabel('Publication date').fill(IRAN[2]!.published);
		// The form keeps the last article's publisher for the next; an article may name none.
		await expect(page.locator('form.history-paste').getByLabel('Publisher')).toHaveValue('Wikinews');
		await page.locator('form.history-paste').getByLabel('Publisher').fill('');
		await expect(page.locator('form.history-paste').getByLabel('Licence of the article')).toHaveValue('cc-by-2.5');
		await page.locator('form.history-paste').getByLabel('Licence of the article').selectOption('none');
		await page.locator('form.history-paste').getByRole('button', { name: 'Add another' }).click();
		await expect(articleItems(page)).toHaveCount(3);
		// Then the history's publisher credits it, and until one is given the article asks for it.
		await expect(articleItems(page).nth(2)).toContainText('Give who published it, or a publisher for the articles that name none.');
		await page.getByRole('button', { name: /^Draft the history/ }).click();
		await expect(page.getByText('Some details are missing')).toBeVisible();
		await page.getByLabel('Publisher of the articles that name none').fill('Wikinews');
		await expect(page.getByText(/lacks? details/)).toHaveCount(0);
		// One article can be taken out again.
		await articleItems(page)
			.nth(1)
			.getByRole('button', { name: `Remove “${IRAN[1]!.title}”` })
			.click();
		await expect(articleItems(page)).toHaveCount(2);
		await page.getByRole('button', { name: 'Draft the history of 2 articles' }).click();

		await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
		await expect(cards(page).first()).toContainText('in 1 of 2 articles, from Wikinews');
		await expect(page.getByText('Ready to publish')).toBeVisible();
		await cards(page)
			.first()
			.getByRole('button', { name: /^Accept/ })
			.click();
		await page.reload();
		await expect(page.getByText('Your work was restored from this browser.')).toBeVisible();
		await expect(cards(page).first()).toContainText('Accepted');

		const { folder, names, files } = await download(page);
		// timeline.json and each article's text, byte for byte, named after the article.
		expect(names).toEqual([
			'iran-in-2019/iranian-cargo-plane-crashes-into-karaj-houses.txt',
			'iran-in-2019/oil-facilities-in-saudi-arabia-hit-by-drone-attacks.txt',
			'iran-in-2019/timeline.json'
		]);
		expect(names.slice(0, 2).map((name) => strFromU8(files[name]!))).toEqual([IRAN[0]!.text, IRAN[2]!.text]);
		const validate = spawnSync('npx', ['tsx', 'scripts/validate.ts', join(folder, 'iran-in-2019', 'timeline.json')], { encoding: 'utf8' });
		expect(validate.stderr).toBe('');
		expect(validate.status).toBe(0);
		expect(validate.stdout).toMatch(/: ok, \d+ events from 2 articles/);
		// The pasted article's licence is credited; the one given none has none.
		const document = JSON.parse(strFromU8(files['iran-in-2019/timeline.json']!)) as { articles: { title: string; licence?: unknown }[] };
		expect(document.articles.map((article) => [article.title, article.licence])).toEqual([
			[IRAN[0]!.title, { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' }],
			[IRAN[2]!.title, undefined]
		]);
	});

	test('is drafted from a JSON Lines file; its candidates are accepted, split, merged and kept through a reload, by mouse and keyboard', async ({ page }) => {
		await draftFromJsonl(page);
		await expect(page.getByText(/^40 in the timeline \(0 accepted, 40 proposed\), \d+ other candidates, 0 rejected\./)).toBeVisible();
		const first = cards(page).first();
		await expect(first).toContainText('in 2 of 12 articles, from Wikinews');
		await expect(cards(page)).toHaveCount(50);
		await expect(page.getByRole('button', { name: /^Show \d+ more of \d+$/ })).toBeVisible();

		// Split by article, from the keyboard: the event keeps one article's excerpts, the other article's become an event just after it.
		const title = (await first.getByRole('heading').textContent())!;
		await first.getByRole('button', { name: `Split by article “${title}”` }).focus();
		await page.keyboard.press('Enter');
		await expect(first.getByRole('status')).toHaveText('Split into 2 events, one for each article.');
		await expect(first).toContainText('in 1 of 12 articles');
		await expect(cards(page).nth(1)).toContainText('in 1 of 12 articles');
		await expect(cards(page).nth(1).getByRole('heading')).toHaveText(title);

		// Merged back, by mouse: the first keeps its title, with the excerpts of both.
		await first.getByRole('button', { name: `Merge… another event into “${title}”` }).click();
		const options = first.getByLabel(`Merge into “${title}” the event`).locator('option');
		await expect(options.nth(1)).toHaveText(/^National Hurricane Center issues — 2019-09-01T11:00:00 — 1 article$/);
		await first.getByLabel(`Merge into “${title}” the event`).selectOption({ index: 1 });
		await first.getByRole('button', { name: `Merge into “${title}”` }).click();
		await expect(first).toContainText('in 2 of 12 articles');
		await expect(first.getByRole('status')).toHaveText(`Merged “${title}” into this event.`);

		// Accept a candidate not in the timeline, and reject one that is.
		await page.getByLabel('Show').selectOption('Candidates not in the timeline');
		const candidate = cards(page).first();
		const candidateTitle = (await candidate.getByRole('heading').textContent())!;
		await expect(candidate).toContainText('Candidate, not in the timeline');
		await candidate.getByRole('button', { name: /^Accept/ }).click();
		await page.getByLabel('Show').selectOption('All candidates');
		await cards(page)
			.nth(1)
			.getByRole('button', { name: /^Reject/ })
			.click();
		await expect(page.getByText(/^40 in the timeline \(1 accepted, 39 proposed\), \d+ other candidates, 1 rejected\./)).toBeVisible();
		// Undo takes the rejection back, and Redo makes it again.
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByText(/^41 in the timeline \(1 accepted, 40 proposed\), \d+ other candidates, 0 rejected\./)).toBeVisible();
		await page.getByRole('button', { name: 'Redo' }).click();
		await expect(cards(page).nth(1)).toContainText('Rejected');

		// An event's excerpts say which article each is from.
		await first.getByRole('button', { name: /^Edit/ }).click();
		await expect(first.getByRole('list', { name: 'Excerpts' }).getByRole('listitem')).toHaveCount(3);
		await expect(first.getByRole('list', { name: 'Excerpts' })).toContainText('(from “Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas”)');

		await page.reload();
		await expect(page.getByText('Your work was restored from this browser.')).toBeVisible();
		await expect(cards(page).first()).toContainText('in 2 of 12 articles');
		await expect(cards(page).nth(1)).toContainText('Rejected');
		await page.getByLabel('Show').selectOption('In the timeline');
		await expect(cards(page).filter({ hasText: candidateTitle })).toContainText('Accepted');

		const { folder } = await download(page);
		const validate = spawnSync('npx', ['tsx', 'scripts/validate.ts', join(folder, 'natural-disasters-of-2019-and-2020', 'timeline.json')], { encoding: 'utf8' });
		expect(validate.stderr).toBe('');
		expect(validate.stdout).toMatch(/: ok, 40 events from 12 articles/);
	});

	test('is made from several .txt files and a zip, asking the publication day of a text without a date line; it opens in the viewer', async ({ page, context }) => {
		await newHistory(page, 'Iran in 2019 and 2020');
		await page.getByLabel('Publisher of the articles that name none').fill('Wikinews');
		const asText = (article: Line, name: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(article.text) });
		// The first has a date line ("Tuesday, January 15, 2019"); the second starts with its first sentence.
		await page.getByLabel('Open articles from files').setInputFiles([asText(IRAN[0]!, 'Cargo plane crash.txt'), asText(IRAN[6]!, 'Iraqi parliament vote.txt')]);
		await expect(articleItems(page)).toHaveCount(2);
		const zip = zipSync({
			'iran/index.json': strToU8(
				JSON.stringify(IRAN.slice(1, 3).map((article, i) => ({ file: `${i}.txt`, title: article.title, url: article.url, published: article.published })))
			),
			'iran/0.txt': strToU8(IRAN[1]!.text),
			'iran/1.txt': strToU8(IRAN[2]!.text)
		});
		await page.getByLabel('Open articles from files').setInputFiles({ name: 'iran.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
		await expect(articleItems(page)).toHaveCount(4);
		await expect(articleItems(page).nth(0)).toContainText('Cargo plane crash');
		await expect(articleItems(page).nth(0)).toContainText('2019-01-15');
		await expect(articleItems(page).nth(2)).toContainText(IRAN[1]!.title);
		await expect(articleItems(page).nth(1)).toContainText('Give the day it was published: dates such as “in March” count from it.');
		await page.getByRole('button', { name: 'Show only the articles that lack details' }).click();
		await expect(articleItems(page)).toHaveCount(1);
		// Given its day, it stays in view with its fields open, and the list says every article is ready.
		const undated = articleItems(page).first();
		await undated.getByLabel('Publication date').fill(IRAN[6]!.published);
		await expect(page.getByText('Every article has the details the history needs.')).toBeVisible();
		await expect(undated.getByLabel('Publication date')).toBeFocused();
		await page.getByRole('button', { name: 'Show only the articles that lack details' }).click();
		await expect(articleItems(page)).toHaveCount(4);
		await page.getByRole('button', { name: 'Draft the history of 4 articles' }).click();
		await expect(cards(page).first()).toContainText('of 4 articles, from Wikinews');

		const opening = context.waitForEvent('page');
		await page.getByRole('link', { name: 'Open in viewer' }).click();
		const viewer = await opening;
		await viewer.locator('.timeline-view[data-ready]').waitFor();
		await expect(viewer.getByText('Your draft, as saved in this browser')).toBeVisible();
		await expect(viewer.getByText('4 articles from Wikinews').first()).toBeVisible();
	});

	test('drafting runs in a worker with its progress, and Cancel stops it and keeps the articles', async ({ page }) => {
		await newHistory(page, 'Natural disasters');
		await page.getByLabel('Publisher of the articles that name none').fill('Wikinews');
		await page.getByLabel('Open articles from files').setInputFiles(DISASTERS);
		await expect(articleItems(page)).toHaveCount(12);
		// The drafting worker's script is held until Cancel has been pressed: the run cannot end first.
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/history-worker*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.getByRole('button', { name: 'Draft the history of 12 articles' }).click();
		const drafting = page.getByRole('region', { name: /^Drafting “Natural disasters” from 12 articles/ });
		await expect(drafting.getByRole('progressbar')).toBeVisible();
		await drafting.getByRole('button', { name: 'Cancel' }).click();
		release();
		await expect(drafting).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Draft the history of 12 articles' })).toBeFocused();
		await expect(articleItems(page)).toHaveCount(12);
		await expect(page.getByRole('heading', { name: 'Events' })).toHaveCount(0);
		await page.unroute('**/history-worker*.js');

		// Drafted again, it ends in the editor, and the start page keeps the articles no more.
		await page.getByRole('button', { name: 'Draft the history of 12 articles' }).click();
		await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('chronoscope:editor:v1:history-articles'))).toBeNull();
	});

	for (const [width, scheme] of [
		[1280, 'light'],
		[375, 'dark']
	] as const) {
		test(`works at ${width} px in the ${scheme} theme, by touch too: axe finds nothing, nothing overflows`, async ({ browser }) => {
			// A draft and two runs of axe over fifty event cards: longer than a test's default on a busy machine.
			test.setTimeout(90_000);
			const context = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: true, colorScheme: scheme });
			const page = await context.newPage();
			await newHistory(page, 'Natural disasters');
			await page.getByLabel('Open articles from files').setInputFiles(DISASTERS);
			await expect(articleItems(page)).toHaveCount(12);
			await page
				.getByLabel('Open articles from files')
				.setInputFiles({ name: 'Undated.txt', mimeType: 'text/plain', buffer: Buffer.from('It rained on Monday, and the river rose.') });
			await expect(articleItems(page)).toHaveCount(13);
			// A text file without a date line asks for its publication day.
			await expect(articleItems(page).nth(12)).toContainText('Give the day it was published');
			expect(await axeViolations(page)).toEqual([]);
			await articleItems(page).nth(12).getByLabel('Publication date').fill('2020-11-08');
			await page.getByLabel('Publisher of the articles that name none').fill('Wikinews');
			await page.getByRole('button', { name: 'Draft the history of 13 articles' }).tap();
			await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
			await cards(page)
				.first()
				.getByRole('button', { name: /^Accept/ })
				.tap();
			await expect(cards(page).first()).toContainText('Accepted');
			await cards(page)
				.first()
				.getByRole('button', { name: /^Merge…/ })
				.tap();
			await page.locator('.editor-preview .timeline-view[data-ready]').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBe(0);
			await context.close();
		});
	}
});

test('a published history opens in the editor with the text files it names, every event accepted, to edit', async ({ page }) => {
	const dir = 'data/us-election-2020';
	const files = readdirSync(dir).map((name) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain', buffer: readFileSync(join(dir, name)) }));
	await page.goto('/edit/');
	await page.getByLabel('Open a file').setInputFiles(files);
	await expect(page.getByText(/^42 in the timeline \(42 accepted, 0 proposed\), 0 other candidates, 0 rejected\./)).toBeVisible();
	await expect(cards(page).first()).toContainText(/in \d+ of 35 articles, from Wikinews/);
	expect(await axeViolations(page)).toEqual([]);
});

test('the editor publishes a history as one web page, which opens from disk with its sources and asks no host for anything', async ({ page }) => {
	const dir = 'data/us-election-2020';
	const files = readdirSync(dir).map((name) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain', buffer: readFileSync(join(dir, name)) }));
	await page.goto('/edit/');
	await page.getByLabel('Open a file').setInputFiles(files);
	await expect(page.getByText(/^42 in the timeline/)).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as a web page' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('us-election-2020.html');
	const path = test.info().outputPath('history.html');
	await download.saveAs(path);
	const requests: string[] = [];
	page.context().on('request', (request) => void (/^(https?|wss?):/i.test(request.url()) && requests.push(request.url())));
	await page.goto(pathToFileURL(path).href);
	await page.locator('.timeline-view[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 2020 US presidential election');
	await expect(page.getByRole('region', { name: 'Sources' }).getByRole('heading', { name: 'The 35 articles' })).toBeVisible();
	expect(requests).toEqual([]);
});
