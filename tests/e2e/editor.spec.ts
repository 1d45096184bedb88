import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { loadTimeline, formatFault } from '../../src/lib/model/document/timeline';

/** A Wikinews article (CC BY 2.5, credited in bench/extract/devset/README.md), as an editor would paste it. */
const LEONOV = readFileSync('bench/extract/devset/2019-10-12-alexei-leonov-obituary.txt', 'utf8');
const SEED_JSON = readFileSync('data/putin-taliban-allies/timeline.json');
const SEED_TEXT = readFileSync('data/putin-taliban-allies/article.txt');

async function draftLeonov(page: Page) {
	await page.goto('/edit/');
	await page.getByLabel('Article text').fill(LEONOV);
	await page.getByLabel('Title', { exact: true }).fill('Cosmonaut Alexei Leonov dies at age 85');
	await page.getByLabel('Publisher').fill('Wikinews');
	await page.getByLabel('Publication date').fill('2019-10-12');
	await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
	await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();
}

const cards = (page: Page) => page.locator('article.draft-event');
const card = (page: Page, title: RegExp | string) => cards(page).filter({ has: page.getByRole('heading', { name: title }) });

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('the editor', () => {
	test('turns a pasted Wikinews article into a downloaded document that validates', async ({ page }) => {
		await draftLeonov(page);
		await expect(cards(page)).toHaveCount(4);
		// Every date found is marked in the text; the drafted events sit beside it and in the preview.
		await expect(page.locator('.article-marks mark')).toHaveCount(6);
		await expect(page.locator('.editor-preview .timeline-view[data-ready]')).toBeVisible();

		const spacewalk = card(page, 'Alexei Leonov performs the first manned extravehicular activity');
		await spacewalk.getByRole('button', { name: /^Edit/ }).click();
		await spacewalk.getByLabel('Title').fill('Leonov makes the first spacewalk');
		await expect(card(page, 'Leonov makes the first spacewalk')).toHaveCount(1);
		await card(page, /to be buried/)
			.getByRole('button', { name: /^Reject/ })
			.click();
		await page.getByRole('button', { name: 'Accept all proposed' }).click();
		await expect(page.getByText('3 accepted, 0 proposed, 1 rejected.')).toBeVisible();

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download', exact: true }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('cosmonaut-alexei-leonov-dies-at-age-85.zip');
		const files = unzipSync(readFileSync(await download.path()));
		const folder = 'cosmonaut-alexei-leonov-dies-at-age-85';
		expect(Object.keys(files).sort()).toEqual([`${folder}/article.txt`, `${folder}/timeline.json`]);
		const text = strFromU8(files[`${folder}/article.txt`]!);
		expect(text).toBe(LEONOV);
		const result = loadTimeline(JSON.parse(strFromU8(files[`${folder}/timeline.json`]!)), { file: 'timeline.json', text });
		expect(result.faults.map(formatFault)).toEqual([]);
		expect(result.timeline!.events.map((e) => e.data.title)).toContain('Leonov makes the first spacewalk');
		expect(result.timeline!.events.map((e) => [e.data.stated?.text, e.data.date.edtf])).toEqual([
			['On March 18, 1965', '1965-03-18'],
			['Ten years later', '1975'],
			['Yesterday', '2019-10-11']
		]);
	});

	test('loses nothing on a reload, before the draft and in the middle of editing', async ({ page }) => {
		await page.goto('/edit/');
		await page.getByLabel('Article text').fill(LEONOV);
		await page.getByLabel('Publisher').fill('Wikinews');
		await page.reload();
		await expect(page.getByLabel('Article text')).toHaveValue(LEONOV);
		await expect(page.getByLabel('Publisher')).toHaveValue('Wikinews');

		await page.getByLabel('Title', { exact: true }).fill('Cosmonaut Alexei Leonov dies at age 85');
		await page.getByLabel('Publication date').fill('2019-10-12');
		await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
		const first = cards(page).first();
		await first.getByRole('button', { name: /^Edit/ }).click();
		await first.getByLabel('Title').fill('Roscosmos announces Leonov’s death');
		await first.getByLabel('Date (EDTF)').fill('2019-10-1');
		await expect(first.getByLabel('Date (EDTF)')).toHaveAttribute('aria-invalid', 'true');
		await card(page, /Apollo/)
			.getByRole('button', { name: /^Reject/ })
			.click();
		await page.reload();

		await expect(page.getByText('Your work was restored from this browser.')).toBeVisible();
		const restored = card(page, 'Roscosmos announces Leonov’s death');
		await expect(restored).toContainText('2019-10-1');
		await expect(card(page, /Apollo/)).toContainText('Rejected');
		await restored.getByRole('button', { name: /^Edit/ }).click();
		await expect(restored.getByLabel('Date (EDTF)')).toHaveValue('2019-10-1');
	});

	test('says which dates found were not drafted as events, and why, beside the events and on their marks, after a reload too', async ({ page }) => {
		await draftLeonov(page);
		const skipped = page.locator('details.skipped');
		await skipped.getByText('2 dates found but not drafted as events').click();
		await expect(skipped.getByRole('listitem').locator('> span')).toHaveText([
			"“Saturday, October 12, 2019”: the article's date line",
			'“just over twelve minutes”: a duration, not a date'
		]);
		await expect(skipped.getByRole('button', { name: /^Add as event/ })).toHaveCount(2);
		expect(await axeViolations(page)).toEqual([]);
		// The duration stands in the excerpt of the spacewalk's sentence: its mark says both.
		const mark = page.locator('.article-marks .excerpt', { hasText: 'just over twelve minutes' });
		const title = 'Date found: PT12M — not drafted as an event: a duration, not a date. Excerpt of “Alexei Leonov performs the first manned extravehicular activity”';
		await expect(mark).toHaveAttribute('title', title);
		// The dates found when drafting are saved with the draft: a reload marks the same.
		await page.reload();
		await expect(page.locator('.article-marks mark')).toHaveCount(6);
		await expect(mark).toHaveAttribute('title', title);
	});

	test('makes an event of a date found but not drafted in one click, and lists the date no more until that is undone', async ({ page }) => {
		await draftLeonov(page);
		const skipped = page.locator('details.skipped');
		await skipped.getByText('2 dates found but not drafted as events').click();
		await skipped.getByRole('button', { name: 'Add as event “just over twelve minutes”' }).click();
		await expect(cards(page)).toHaveCount(5);
		const made = cards(page).last();
		// The new event's card has the focus, open for editing, with the date's sentence as its excerpt.
		await expect(made).toBeFocused();
		await expect(made).toContainText('Accepted');
		await expect(made.getByLabel('Title')).toHaveValue('He remains alone outside the spacecraft');
		await expect(made.getByRole('listitem').filter({ hasText: 'remaining alone outside the spacecraft for just over twelve minutes.' })).toHaveCount(1);
		// A duration gives no date: the field asks for one.
		await expect(made.getByLabel('Date (EDTF)')).toHaveAttribute('aria-invalid', 'true');
		await expect(skipped.locator('summary')).toHaveText('1 date found but not drafted as events');
		await expect(skipped.getByRole('listitem').locator('> span')).toHaveText(["“Saturday, October 12, 2019”: the article's date line"]);
		// Its mark in the text is the new excerpt's now, and says so rather than why it was not drafted.
		const excerpt = page.locator('.article-marks .excerpt', { has: page.locator('mark', { hasText: 'just over twelve minutes' }) });
		await expect(excerpt).toHaveAttribute('title', /^Date found: PT12M\. Excerpt of “Alexei Leonov performs the first manned extravehicular activity”/);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(cards(page)).toHaveCount(4);
		await expect(skipped.locator('summary')).toHaveText('2 dates found but not drafted as events');
		await expect(page.locator('.article-marks .excerpt', { hasText: 'just over twelve minutes' })).toHaveAttribute(
			'title',
			/^Date found: PT12M — not drafted as an event: a duration, not a date\. Excerpt of/
		);
	});

	test('marks for review a year far before the rest of the article, which "Accept all" leaves for the editor to decide', async ({ page }) => {
		await page.goto('/edit/');
		await page.getByLabel('Article text').fill('Protesters marched on Monday. On Tuesday the police arrested them. A document from 1810 was shown in court.');
		await page.getByLabel('Title', { exact: true }).fill('Protest');
		await page.getByLabel('Publisher').fill('Wikinews');
		await page.getByLabel('Publication date').fill('2019-12-31');
		await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
		await expect(cards(page)).toHaveCount(3);
		const doubtful = cards(page).filter({ hasText: '→ 1810' });
		await expect(doubtful).toHaveCount(1);
		await expect(doubtful).toContainText('1810 is years before every other event');
		await expect(page.getByText('0 accepted, 3 proposed (1 marked for review), 0 rejected.')).toBeVisible();
		await page.getByRole('button', { name: 'Accept all proposed but those marked for review' }).click();
		await expect(page.getByText('2 accepted, 1 proposed (1 marked for review), 0 rejected.')).toBeVisible();
		await doubtful.getByRole('button', { name: /^Accept/ }).click();
		await expect(doubtful).toContainText('Accepted');
		await expect(cards(page).filter({ hasText: 'Marked for review' })).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('makes an event of a date found but not drafted from the keyboard, and brings its title to the keys', async ({ page }) => {
		await draftLeonov(page);
		const skipped = page.locator('details.skipped');
		await skipped.locator('summary').focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(skipped.getByRole('button', { name: 'Add as event “Saturday, October 12, 2019”' })).toBeFocused();
		await page.keyboard.press('Enter');
		const made = cards(page).last();
		await expect(made).toBeFocused();
		await expect(made.getByRole('heading', { name: 'Saturday, October 12, 2019' })).toBeVisible();
		await expect(made).toContainText('2019-10-12');
		await expect(skipped.getByRole('listitem').locator('> span')).toHaveText(['“just over twelve minutes”: a duration, not a date']);
		// From the card, Tab reaches its title (past accept, reject and close), to fix it.
		const title = made.getByLabel('Title');
		for (let i = 0; i < 6 && !(await title.evaluate((field) => field === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(title).toBeFocused();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Wikinews reports Leonov’s death');
		await expect(title).toHaveValue('Wikinews reports Leonov’s death');
		await expect(title).toBeFocused();
		await expect(made.getByText(/^Link id/)).toContainText('Link id wikinews-reports-leonov-s-death:');
	});

	test('shows each fault beside its field as you type, and the date read back in words', async ({ page }) => {
		await draftLeonov(page);
		const first = cards(page).first();
		await first.getByRole('button', { name: /^Edit/ }).click();
		const edtf = first.getByLabel('Date (EDTF)');
		await edtf.fill('2019-13-11');
		await expect(edtf).toHaveAttribute('aria-invalid', 'true');
		await expect(first.locator('.fault')).toContainText('2019-13-11');
		await expect(first).toContainText('1 fault');
		await expect(page.getByText('1 fault to fix before publishing')).toBeVisible();
		await expect(page.getByText('1 event is left out until its faults are fixed.')).toBeVisible();
		await edtf.fill('2019-10-11');
		await expect(edtf).not.toHaveAttribute('aria-invalid');
		const stated = first.getByLabel('What those words say, in EDTF');
		await stated.fill('2019-10-32');
		await expect(stated).toHaveAttribute('aria-invalid', 'true');
		await stated.fill('2019-10-11');
		await expect(stated).not.toHaveAttribute('aria-invalid');
		await expect(first.getByText('Reads as: 11 Oct 2019')).toBeVisible();
		await first.getByLabel('Title').fill('');
		await expect(first.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
		await expect(first.locator('.fault')).toHaveText('must not be empty');
	});

	test('keeps the range the preview was zoomed to while the draft is edited', async ({ page }) => {
		await draftLeonov(page);
		const preview = page.locator('.editor-preview');
		const ticks = () => preview.locator('.axis .tick-label').allTextContents();
		const fitted = await ticks();
		for (let i = 0; i < 4; i++) await preview.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(ticks).not.toEqual(fitted);
		const zoomed = await ticks();
		const first = cards(page).first();
		await first.getByRole('button', { name: /^Edit/ }).click();
		await first.getByLabel('Title').fill('Roscosmos announces Leonov’s death');
		await expect(preview.locator('.timeline-view[data-ready]')).toBeVisible();
		expect(await ticks()).toEqual(zoomed);
		await preview.getByRole('button', { name: 'Fit all' }).click();
		await expect.poll(ticks).toEqual(fitted);
	});

	test('reads the inferred dates again after the publication date is corrected', async ({ page }) => {
		await draftLeonov(page);
		await expect(cards(page).first()).toContainText('2019-10-11');
		await page.getByText('Article details:').click();
		await page.locator('#article-published').fill('2019-10-20');
		await page.getByRole('button', { name: 'Read the inferred dates again' }).click();
		await expect(page.getByText('2 dates read again from the publication date.')).toBeVisible();
		await expect(cards(page).first()).toContainText('2019-10-19');
		await expect(card(page, /to be buried/)).toContainText('2019-10-22');
		await expect(card(page, 'Alexei Leonov performs the first manned extravehicular activity')).toContainText('1965-03-18');
	});

	test('undoes and redoes every change, by button and by key', async ({ page }) => {
		await draftLeonov(page);
		const last = cards(page).nth(3);
		await expect(last).toContainText('to be buried');
		await last.getByRole('button', { name: /^Reject/ }).click();
		await expect(last).toContainText('Rejected');
		await page.keyboard.press('Control+z');
		await expect(last).toContainText('Proposed');
		await page.getByRole('button', { name: 'Redo' }).click();
		await expect(last).toContainText('Rejected');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(last).toContainText('Proposed');
		// Typing in one field undoes as one step.
		await last.getByRole('button', { name: /^Edit/ }).click();
		await last.getByLabel('Title').fill('Leonov is buried');
		await last.getByLabel('Title').press('End');
		await last.getByLabel('Title').pressSequentially(' in Moscow');
		await expect(card(page, 'Leonov is buried in Moscow')).toHaveCount(1);
		await page.keyboard.press('Control+z');
		await expect(card(page, /to be buried at the Federal Military Memorial Cemetery/)).toHaveCount(1);
	});

	test('gives a drafted event the link id of its title as the title is typed, keeping the field, its focus and every character', async ({ page }) => {
		await draftLeonov(page);
		// The card by its element id, which stays while the event's id changes.
		const id = await card(page, 'Alexei Leonov performs the first manned extravehicular activity').getAttribute('id');
		const spacewalk = page.locator(`#${id}`);
		await spacewalk.getByRole('button', { name: /^Edit/ }).click();
		const title = spacewalk.getByLabel('Title');
		const linkId = spacewalk.getByText(/^Link id/);
		await expect(linkId).toHaveText('Link id alexei-leonov-performs-the-first-manned: it follows the title until the timeline is downloaded.');
		await title.fill('');
		await title.pressSequentially('Leonov makes the first spacewalk');
		await expect(title).toBeFocused();
		await expect(title).toHaveValue('Leonov makes the first spacewalk');
		await expect(linkId).toContainText('Link id leonov-makes-the-first-spacewalk:');
		await expect(spacewalk.getByRole('heading', { name: 'Leonov makes the first spacewalk' })).toBeVisible();
		// The id is the title's, and no other event's changed, in the work saved in the browser.
		const ids = await page.evaluate(() => {
			const key = Object.keys(localStorage).find((k) => k.includes(':draft:'))!;
			return (JSON.parse(localStorage.getItem(key)!) as { state: { events: { event: { id: string } }[] } }).state.events.map((e) => e.event.id);
		});
		expect(ids).toEqual(['roscosmos-announces-the-death-of-cosmonaut', 'leonov-makes-the-first-spacewalk', 'alexei-leonov-leads-the-soviet-part', 'leonov-to-be-buried-at-the']);
		// Typing in the title is one step to undo, and undoing it brings back the title and its id together.
		await page.keyboard.press('Control+z');
		await expect(title).toHaveValue('Alexei Leonov performs the first manned extravehicular activity');
		await expect(linkId).toContainText('Link id alexei-leonov-performs-the-first-manned:');
		await expect(title).toBeFocused();
	});

	test('freezes every link id once the timeline is downloaded, as links point to them, after a reload too', async ({ page }) => {
		await draftLeonov(page);
		const first = page.locator(`#${await cards(page).first().getAttribute('id')}`);
		await first.getByRole('button', { name: /^Edit/ }).click();
		const title = first.getByLabel('Title');
		const linkId = first.getByText(/^Link id/);
		await title.fill('Roscosmos announces Leonov’s death');
		await expect(linkId).toContainText('Link id roscosmos-announces-leonov-s-death: it follows the title');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download', exact: true }).click();
		const files = unzipSync(readFileSync(await (await downloading).path()));
		const document = JSON.parse(strFromU8(files['cosmonaut-alexei-leonov-dies-at-age-85/timeline.json']!)) as { events: { id: string }[] };
		expect(document.events[0]!.id).toBe('roscosmos-announces-leonov-s-death');
		await expect(linkId).toHaveText('Link id roscosmos-announces-leonov-s-death: published, so it stays as it is (links point to it).');
		await title.fill('Leonov dies at 85');
		await expect(first.getByRole('heading', { name: 'Leonov dies at 85' })).toBeVisible();
		await expect(linkId).toContainText('Link id roscosmos-announces-leonov-s-death: published');
		// Undo does not unpublish it: the title goes back, the id stays.
		await page.getByRole('button', { name: 'Undo' }).click();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(title).toHaveValue('Roscosmos announces the death of cosmonaut Alexei Leonov');
		await expect(linkId).toContainText('Link id roscosmos-announces-leonov-s-death: published');
		await page.reload();
		const restored = page.locator(`#${await cards(page).first().getAttribute('id')}`);
		await restored.getByRole('button', { name: /^Edit/ }).click();
		await restored.getByLabel('Title').fill('Leonov dies');
		await expect(restored.getByText(/^Link id/)).toContainText('Link id roscosmos-announces-leonov-s-death: published');
	});

	test('makes an event from words selected in the text, or typed, and adds an excerpt to one', async ({ page }) => {
		await draftLeonov(page);
		await page.locator('.article-marks span', { hasText: 'He was the last surviving member of the Voskhod programme crew' }).selectText();
		const words = page.getByLabel('Words from the article');
		await expect(words).toHaveValue(/He was the last surviving member of the Voskhod programme crew/);
		await page.getByRole('button', { name: 'New event from these words' }).click();
		const made = card(page, /He was the last surviving member/);
		await expect(made).toContainText('Accepted');
		// It has no date yet: the validator asks for one next to the field.
		await expect(made.getByLabel('Date (EDTF)')).toHaveAttribute('aria-invalid', 'true');

		await words.fill('died in Moscow');
		await expect(page.getByText('Found once in the article.')).toBeVisible();
		await page.getByLabel('Event to add the excerpt to').selectOption({ label: 'Leonov to be buried at the Federal Military Memorial Cemetery' });
		await page.getByRole('button', { name: 'Add excerpt' }).click();
		const buried = card(page, /to be buried/);
		// Its drafted excerpt is the sentence, which says "died in Moscow" too; the words added are the second.
		await expect(buried.getByRole('listitem').filter({ hasText: 'died in Moscow' })).toHaveCount(2);
		await words.fill('Leonov');
		await expect(page.getByText(/These words appear in \d+ places/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'New event from these words' })).toBeDisabled();
	});

	test('says what is wrong with the article text where the editor is looking, and keeps what was typed', async ({ page }) => {
		await page.goto('/edit/');
		await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
		await expect(page.getByText("Paste the article's text here, or open a .txt file.")).toBeVisible();
		await expect(page.getByLabel('Article text')).toBeFocused();

		await page.getByLabel('Article text').fill('Nothing in this text has a date. It rained for years.');
		await page.getByLabel('Title', { exact: true }).fill('No dates');
		await page.getByLabel('Publisher').fill('Nobody');
		await page.getByLabel('Publication date').fill('2024-07-05');
		await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
		await expect(page.getByText(/No dated event was found in this text/)).toBeVisible();
		await expect(page.getByLabel('Article text')).toHaveValue('Nothing in this text has a date. It rained for years.');

		const huge = 'In 2019 it rained. '.repeat(280_000);
		await page.getByLabel('Article text').evaluate((area, value) => {
			(area as HTMLTextAreaElement).value = value;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		}, huge);
		await page.getByRole('button', { name: 'Find the dates and draft events' }).click();
		await expect(page.getByText(/This text is 5,320,000 characters long; the editor drafts articles of up to 200,000/)).toBeVisible();
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue('No dates');
	});

	test('names what is wrong with each file it cannot open, reads them all in one worker, and keeps what was typed', async ({ page }) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto('/edit/');
		await page.getByLabel('Title', { exact: true }).fill('No dates');
		const open = page.getByLabel('Open a file');
		const cases: [string, string | Buffer, RegExp][] = [
			['sheet.csv', 'Year,Month,Day\n2019,1,2\n', /sheet\.csv.*(Headline|Text)/],
			['sheet.csv', 'Year,Month,Day,Headline,Text\n2019,1,2,"A stray quote,x\n', /sheet\.csv.*row 2/i],
			['broken.json', '{"version": 1,', /broken\.json.*not JSON/],
			['other.json', '{"hello": "world"}', /other\.json.*neither a Chronoscope timeline document/],
			['timeline.json', SEED_JSON.toString(), /timeline\.json names its article text "article\.txt": open that file together with it/],
			['empty.txt', '', /empty\.txt is empty/],
			['cafe.txt', Buffer.from('Le café', 'latin1'), /cafe\.txt is not UTF-8 text: it has the byte 0xE9 at offset 6 \(line 1\).*save it as UTF-8/]
		];
		for (const [name, content, message] of cases) {
			await open.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
			await expect(page.getByRole('alert')).toHaveText(message);
		}
		// The reader's worker is started once, and kept for the next file.
		expect(workers).toHaveLength(1);
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue('No dates');
	});

	test('opens a Chronoscope timeline with its article, and the TimelineJS3 spreadsheet as CSV, to edit', async ({ page }) => {
		await page.goto('/edit/');
		await page.getByLabel('Open a file').setInputFiles([
			{ name: 'timeline.json', mimeType: 'application/json', buffer: SEED_JSON },
			{ name: 'article.txt', mimeType: 'text/plain', buffer: SEED_TEXT }
		]);
		await expect(cards(page)).toHaveCount(11);
		await expect(page.getByText('11 accepted, 0 proposed, 0 rejected.')).toBeVisible();
		await expect(page.getByText('Ready to publish')).toBeVisible();
		// A document opened has no draft: the dates in its text are found, and a draft's skips said, all the same.
		// The editor who published it quoted "nearly two decades" in an excerpt, but no event is dated by it.
		await expect(page.locator('details.skipped')).toContainText('2 dates found but not drafted as events');

		// The same files as a Windows editor saves them: a byte-order mark before each, CRLF line endings.
		const windows = (bytes: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n'))]);
		await page.getByRole('button', { name: 'New timeline' }).click();
		await page.getByLabel('Open a file').setInputFiles([
			{ name: 'timeline.json', mimeType: 'application/json', buffer: windows(SEED_JSON) },
			{ name: 'article.txt', mimeType: 'text/plain', buffer: windows(SEED_TEXT) }
		]);
		await expect(cards(page)).toHaveCount(11);
		await expect(page.getByText('Ready to publish')).toBeVisible();

		await page.getByRole('button', { name: 'New timeline' }).click();
		await page.getByLabel('Open a file').setInputFiles('tests/fixtures/timelinejs-sheet.csv');
		await expect(cards(page).first()).toBeVisible();
		await expect(page.locator('.editor-preview .timeline-view[data-ready]')).toBeVisible();
		// The article opened before is one undo away.
		await page.getByRole('button', { name: 'Undo' }).click();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(cards(page)).toHaveCount(11);
	});

	test('keeps two tabs of the editor in step, and says the draft is open in both', async ({ context }) => {
		const first = await context.newPage();
		await draftLeonov(first);
		const second = await context.newPage();
		await second.goto('/edit/');
		await expect(second.getByText('This draft is open in another tab too')).toBeVisible();
		await expect(first.getByText('This draft is open in another tab too')).toBeVisible();
		await card(first, /to be buried/)
			.getByRole('button', { name: /^Reject/ })
			.click();
		await expect(card(second, /to be buried/)).toContainText('Rejected');
		await card(second, /Apollo/)
			.getByRole('button', { name: /^Accept/ })
			.click();
		await expect(card(first, /Apollo/)).toContainText('Accepted');
		await expect(card(first, /to be buried/)).toContainText('Rejected');
	});

	test('keeps two articles drafted in two tabs, and every draft "New timeline" leaves, to open again', async ({ context }) => {
		const first = await context.newPage();
		await draftLeonov(first);
		await card(first, /to be buried/)
			.getByRole('button', { name: /^Reject/ })
			.click();
		const second = await context.newPage();
		await second.goto('/edit/');
		await second.getByRole('button', { name: 'New timeline' }).click();
		await second.getByLabel('Article text').fill('The court banned the group in 2003. The ban was upheld on Monday.');
		await second.getByLabel('Title', { exact: true }).fill('A ban upheld');
		await second.getByLabel('Publisher').fill('The Daily');
		await second.getByLabel('Publication date').fill('2024-07-05');
		await second.getByRole('button', { name: 'Find the dates and draft events' }).click();
		await expect(cards(second)).toHaveCount(2);
		await expect(second.getByText('This draft is open in another tab too')).toHaveCount(0);
		// The first tab keeps its own article, and its edits.
		await expect(cards(first)).toHaveCount(4);
		await expect(card(first, /to be buried/)).toContainText('Rejected');

		// A reload opens each tab on the draft it had open.
		await first.reload();
		await expect(card(first, /to be buried/)).toContainText('Rejected');
		await second.reload();
		await expect(cards(second)).toHaveCount(2);
		await second.getByRole('button', { name: 'New timeline' }).click();
		const saved = second.getByRole('region', { name: 'Drafts saved in this browser' });
		await expect(saved.getByRole('listitem')).toHaveCount(2);
		await saved.getByRole('button', { name: 'Open “Cosmonaut Alexei Leonov dies at age 85”' }).click();
		await expect(card(second, /to be buried/)).toContainText('Rejected');
		await second.getByRole('button', { name: 'New timeline' }).click();
		second.once('dialog', (dialog) => dialog.accept());
		await saved.getByRole('button', { name: 'Discard “A ban upheld”' }).click();
		await expect(saved.getByRole('listitem')).toHaveCount(1);
	});

	test('says so when the browser storage is full, and keeps the change on the page', async ({ page }) => {
		await draftLeonov(page);
		await page.evaluate(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await card(page, /Apollo/)
			.getByRole('button', { name: /^Reject/ })
			.click();
		await expect(page.getByRole('alert')).toContainText("This browser's storage is full");
		await expect(card(page, /Apollo/)).toContainText('Rejected');
	});

	test('opens the draft in the full viewer', async ({ page, context }) => {
		await draftLeonov(page);
		const opening = context.waitForEvent('page');
		await page.getByRole('link', { name: 'Open in viewer' }).click();
		const viewer = await opening;
		await viewer.locator('.timeline-view[data-ready]').waitFor();
		await expect(viewer.getByText('Your draft, as saved in this browser')).toBeVisible();
		await expect(viewer.locator('.article-text mark').first()).toBeVisible();
		expect(await axeViolations(viewer)).toEqual([]);
		// A draft has no address yet: the dialog offers its pictures, not an embed code that would lead nowhere.
		await viewer.getByRole('button', { name: 'Embed or download' }).click();
		await expect(viewer.getByText('This draft lives in your browser')).toBeVisible();
		await expect(viewer.getByLabel('Embed code')).toHaveCount(0);
		await expect(viewer.getByRole('button', { name: 'Download SVG' })).toBeVisible();
	});

	for (const [width, scheme] of [
		[1280, 'light'],
		[375, 'dark']
	] as const) {
		test(`works at ${width} px in the ${scheme} theme: axe finds nothing, the article comes before the events`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/edit/');
			await expect(page.getByLabel('Article text')).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await draftLeonov(page);
			await cards(page).first().getByRole('button', { name: /^Edit/ }).click();
			await page.locator('.editor-preview .timeline-view[data-ready]').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			const article = await page.getByRole('heading', { name: 'Article', exact: true }).boundingBox();
			const events = await page.getByRole('heading', { name: 'Events' }).boundingBox();
			if (width < 600) expect(article!.y).toBeLessThan(events!.y);
			else expect(article!.x).toBeLessThan(events!.x);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBe(0);
		});
	}
});
