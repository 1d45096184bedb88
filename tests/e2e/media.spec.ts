import { expect, test, type Page } from './test';
import { readFileSync } from 'node:fs';
import { open } from './helpers';

/** The preview server's origin: playwright.config's port, which E2E_PORT moves. */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** Knight Lab's own test of every media type TimelineJS3 shows: 41 events, nearly all of them media on other hosts. */
const ALL_MEDIA_TYPES = readFileSync('node_modules/@knight-lab/timelinejs/src/template/all-media-types.json', 'utf8');
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Serves a fixture at a path of the test server's origin that the site does not use. */
async function serve(page: Page, path: string, body: string | Buffer, contentType = 'application/json') {
	await page.route(`${ORIGIN}${path}`, (route) => route.fulfill({ status: 200, contentType, body }));
}

/** Every request the page makes to a host other than the test server's. */
function requestsElsewhere(page: Page): string[] {
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') elsewhere.push(url.href);
	});
	return elsewhere;
}

const event = (page: Page, id: string) => page.locator(`rect.event[data-event-id="${id}"]`);

test('TimelineJS3 media shows in the tooltip as a link with its caption and credit, loading nothing from other hosts', async ({ page }) => {
	const elsewhere = requestsElsewhere(page);
	await serve(page, '/__fixtures/all-media-types.json', ALL_MEDIA_TYPES);
	await open(page, '/embed/?src=/__fixtures/all-media-types.json&event=twitter-embed');
	const tooltip = page.getByRole('tooltip');

	// An embed code (a blockquote of Twitter's) is linked by the address of the post it quotes.
	await event(page, 'twitter-embed').hover();
	const tweet = tooltip.getByRole('link', { name: 'Pizza Dog' });
	await expect(tweet).toHaveAttribute('href', 'https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw');
	await expect(tweet).toHaveAttribute('target', '_blank');
	await expect(tweet).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(tooltip.locator('.credit')).toHaveText('ItsMeKitB');

	// An image on another host is a link only.
	await open(page, '/embed/?src=/__fixtures/all-media-types.json&event=image-jpg');
	await event(page, 'image-jpg').hover();
	const image = tooltip.getByRole('link', { name: 'Valley of the Ten Peaks and Moraine Lake, Banff National Park, Canada.' });
	await expect(image).toHaveAttribute('href', 'https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/Moraine_Lake_17092005.jpg/960px-Moraine_Lake_17092005.jpg');
	await expect(tooltip).toContainText('Wikipedia Commons');
	expect(await page.locator('img, iframe, video, audio').count()).toBe(0);

	// Media without a caption is named by its host.
	await open(page, '/embed/?src=/__fixtures/all-media-types.json&event=imgur');
	await event(page, 'imgur').hover();
	await expect(tooltip.getByRole('link', { name: 'imgur.com' })).toHaveAttribute('href', 'https://imgur.com/gallery/NRpFrrk');

	expect(elsewhere).toEqual([]);
});

test("an image on the site's own origin is shown in the tooltip", async ({ page }) => {
	const elsewhere = requestsElsewhere(page);
	const document = JSON.parse(ALL_MEDIA_TYPES) as { events: { text: { headline: string }; media: { url: string } }[] };
	// A relative URL is read from the document's address: here, beside it on the site.
	document.events.find((slide) => slide.text.headline === 'Image, PNG')!.media.url = 'banana.png';
	await serve(page, '/__fixtures/own-media.json', JSON.stringify(document));
	await serve(page, '/__fixtures/banana.png', PNG, 'image/png');
	await open(page, '/t/putin-taliban-allies/?src=/__fixtures/own-media.json&event=image-png');
	await event(page, 'image-png').hover();
	const tooltip = page.getByRole('tooltip');
	const picture = tooltip.getByRole('img', { name: 'A Banana' });
	await expect(picture).toHaveAttribute('src', `${ORIGIN}/__fixtures/banana.png`);
	await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
	await expect(tooltip.getByRole('link', { name: 'A Banana' })).toHaveAttribute('href', `${ORIGIN}/__fixtures/banana.png`);
	expect(elsewhere).toEqual([]);
});
