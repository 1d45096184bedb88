/**
 * A history of many articles in the viewer: its sources listed with their credits, the selected event's
 * excerpts in each article that reports it, any article read whole with its highlights, and the coverage of
 * an event in its tooltip, its story card and the embed.
 */
import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { history } from '../fixtures/history';
import { syntheticHistoryDocument } from '../../src/lib/model/document/synthetic-history';
import { emphasised, open } from './helpers';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const SRC = '/__fixtures/history.json';

async function serveHistory(page: Page) {
	await page.route(`${ORIGIN}${SRC}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(history()) }));
}

const panel = (page: Page) => page.getByRole('region', { name: 'Sources' });

test.beforeEach(async ({ page }) => serveHistory(page));

test('a history is titled by itself and credits its sources in short, then each in the sources panel', async ({ page }) => {
	await open(page, `/t/putin-taliban-allies/?src=${SRC}`);
	await expect(page).toHaveTitle('The dam collapse — Chronoscope');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The dam collapse');
	await expect(page.locator('.byline')).toContainText('3 articles from 2 publishers · as of 2 Jun 2020');
	await expect(page.locator('.page-header .credit')).toHaveText('Articles licensed under CC BY 2.5; each article is credited under Sources.');
	const sources = panel(page).getByRole('listitem');
	await expect(sources).toHaveCount(3);
	await expect(sources.nth(2)).toContainText('Midland counts the cost');
	await expect(sources.nth(2)).toContainText('Midland Daily, 25 May 2020');
	await expect(sources.nth(0)).toContainText('Wikinews, 20 May 2020 · original · CC BY 2.5');
	await expect(sources.nth(0).getByRole('link', { name: 'original' })).toHaveAttribute('href', 'https://en.wikinews.org/wiki/Dam_collapses');
	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
});

test("the selected event's excerpts are shown in each article that reports it, and any article opens whole", async ({ page }) => {
	await open(page, `/t/putin-taliban-allies/?src=${SRC}&event=dam-collapses`);
	const reports = panel(page).getByRole('region', { name: 'Edenville Dam collapses' });
	await expect(reports).toContainText('Reported in 3 of 3 articles, from 2 publishers');
	await expect(reports.locator('blockquote mark')).toHaveText(['The Edenville Dam collapsed on Tuesday', 'collapse of the Edenville Dam on May 19', 'the dam failed on May 19']);

	// The inquiry's article, read whole: both its excerpts highlighted, each linked to its event.
	await reports.getByRole('button', { name: 'Inquiry into dam opens' }).click();
	const back = panel(page).getByRole('button', { name: 'All 3 sources' });
	await expect(back).toBeFocused();
	const marks = panel(page).locator('.article-text mark');
	await expect(marks).toHaveText([/^An inquiry opened on Monday ?\(event: Inquiry opens\)$/, /^collapse of the Edenville Dam on May 19 ?\(event: Edenville Dam collapses\)$/]);
	await marks.first().getByRole('link').click();
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('inquiry-opens');
	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);

	// Back to the list, by keyboard, at the article that was open.
	await back.focus();
	await page.keyboard.press('Enter');
	await expect(panel(page).getByRole('button', { name: 'Inquiry into dam opens' }).last()).toBeFocused();
});

test("an event's coverage is in its tooltip, its story card, the list and the embed", async ({ page }) => {
	await open(page, `/t/putin-taliban-allies/?src=${SRC}`);
	await page.locator('rect.event[data-event-id="dam-collapses"]').hover();
	await expect(page.getByRole('tooltip')).toContainText('Reported in 3 of 3 articles, from 2 publishers');
	const item = page.locator('#event-dam-collapses');
	await expect(item.locator('.from')).toHaveText([
		'From “Dam collapses after storm”, Wikinews, 20 May 2020',
		'From “Inquiry into dam opens”, Wikinews, 2 Jun 2020',
		'From “Midland counts the cost”, Midland Daily, 25 May 2020'
	]);

	await open(page, `/t/putin-taliban-allies/?src=${SRC}&event=inquiry-opens&story=1`);
	await expect(page.locator('.story-coverage')).toHaveText(['Reported in 1 of 3 articles, from Wikinews', '— “Inquiry into dam opens”, Wikinews, 2 Jun 2020']);

	await open(page, `/embed/?src=${SRC}&event=inquiry-opens&excerpts=1`);
	await expect(page.locator('.excerpt-title')).toContainText('in 1 of 3 articles, from Wikinews');
	await expect(page.locator('.excerpt-panel')).toContainText('— “Inquiry into dam opens”, Wikinews, 2 Jun 2020');
	await expect(page.locator('.credit')).toContainText('source: 3 articles from 2 publishers. Articles licensed under CC BY 2.5');
});

test('an article opened whole is followed as it is read: its events are emphasised on the timeline', async ({ page }) => {
	await open(page, `/t/putin-taliban-allies/?src=${SRC}`);
	await expect.poll(() => emphasised(page)).toEqual([]);
	await panel(page).getByRole('button', { name: 'Midland counts the cost' }).click();
	await panel(page).locator('.article-text mark').scrollIntoViewIfNeeded();
	await expect.poll(() => emphasised(page)).toEqual(['dam-collapses']);
});

test('a long list of sources shows its first twenty articles, and all of them when asked', async ({ page }) => {
	await page.route(`${ORIGIN}/__fixtures/long-history.json`, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(syntheticHistoryDocument(120, 45)) })
	);
	await open(page, '/t/putin-taliban-allies/?src=/__fixtures/long-history.json');
	const sources = panel(page).locator('ol.sources > li');
	await expect(sources).toHaveCount(20);
	await panel(page).getByRole('button', { name: 'Show all 45 articles' }).click();
	await expect(sources).toHaveCount(45);
	await expect(sources.last()).toContainText('Synthetic report 45');
});
