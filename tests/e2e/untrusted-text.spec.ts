/**
 * A hostile document loaded by ?src= (tests/fixtures/hostile.json), read as a person would: a title with
 * a right-to-left override and one with a zero-width joiner show their marks in the list, the tooltip and
 * the exported SVG, and so cannot pass for another event; Arabic and Hebrew titles read naturally; links
 * from the data go only to http(s) pages, with rel="noopener noreferrer"; the exported SVG parses and
 * holds nothing but the chart.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { readFileSync } from 'node:fs';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** What no view may show as it is (the Persian title's ZWNJ shapes its letters, and is kept). */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200b\u200d-\u200f\u061c\u2060\ufeff]/u;
/** The same, but for plain text, where right-to-left text is isolated between FSI (U+2068) and PDI (U+2069). */
const HIDDEN_BUT_ISOLATES = /[\u202a-\u202e\u2066\u2067\u200b\u200d-\u200f\u061c\u2060\ufeff]/u;

/** Text with each FSI…PDI pair (what the model isolates right-to-left words with) taken away, its words kept. */
const withoutIsolates = (text: string | null) => (text ?? '').replace(/\u2068([^\u2066-\u2069]*)\u2069/g, '$1');

async function openHostile(page: Page) {
	await page.route(`${ORIGIN}/__fixtures/hostile.json`, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync('tests/fixtures/hostile.json', 'utf8') })
	);
	await page.goto('/t/putin-taliban-allies/?src=/__fixtures/hostile.json');
	await expect(page.locator('.timeline-view[data-ready][data-events="12"]')).toBeAttached({ timeout: 20_000 });
}

test.beforeEach(async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openHostile(page);
});

test('the list shows a disguised title with its marks, apart from the title it imitates, and Arabic and Hebrew as they are', async ({ page }) => {
	const title = (id: string) => page.locator(`#event-${id} h3`);
	await expect(title('invoice')).toHaveText('Invoice⟨U+202E⟩fdp.exe');
	await expect(title('paris-joined')).toHaveText('Pa⟨U+200D⟩ris summit');
	await expect(title('paris')).toHaveText('Paris summit');
	await expect(title('crocus-arabic')).toHaveText('هجوم على قاعة كروكوس سيتي');
	await expect(title('crocus-hebrew')).toHaveText('פיגוע באולם הקונצרטים!');
	// A right-to-left title is set right to left (its "!" at its left end); a left-to-right one is not.
	expect(await title('crocus-hebrew').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
	expect(await title('invoice').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
	expect(withoutIsolates(await page.locator('.event-list').textContent())).not.toMatch(HIDDEN);
	// The summary's override is shown, not obeyed: "Not guilty" is not turned around.
	await expect(page.locator('#event-verdict .summary')).toHaveText('Not ⟨U+202E⟩ytliug⟨U+202C⟩: the override in the summary is shown.');
});

test('the tooltip and the chart name each event as the list does', async ({ page }) => {
	for (const [id, name] of [
		['invoice', 'Invoice⟨U+202E⟩fdp.exe'],
		['paris-joined', 'Pa⟨U+200D⟩ris summit'],
		['crocus-arabic', 'هجوم على قاعة كروكوس سيتي']
	] as const) {
		const target = page.locator(`rect.event[data-event-id="${id}"]`);
		// Its accessible name begins with its title (isolated, where it is right to left).
		expect((await target.getAttribute('aria-label'))?.replace(/^\u2068(.*?)\u2069/, '$1').startsWith(`${name},`)).toBe(true);
		await target.focus();
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip.locator('.title bdi')).toHaveText(name);
		expect(withoutIsolates(await tooltip.textContent())).not.toMatch(HIDDEN);
	}
	const painted = await page.locator('.surface canvas.marks').evaluate((canvas) => {
		const drawing = (canvas as HTMLCanvasElement & { drawing?: { shapes: { type: string; text?: string }[] } }).drawing;
		return (drawing?.shapes ?? []).filter((shape) => shape.type === 'text').map((shape) => shape.text ?? '');
	});
	expect(painted.join('\n')).not.toMatch(HIDDEN_BUT_ISOLATES);
	expect(painted.some((text) => text.startsWith('Invoice⟨U+202E⟩'))).toBe(true);
	expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations)).toEqual([]);
});

test('links from the data go only to http(s) pages, and give the page they open no hold on this one', async ({ page }) => {
	const links = await page.locator('a[href]').evaluateAll((anchors) =>
		anchors.map((anchor) => ({
			href: (anchor as HTMLAnchorElement).href,
			protocol: (anchor as HTMLAnchorElement).protocol,
			host: (anchor as HTMLAnchorElement).host,
			rel: anchor.getAttribute('rel') ?? ''
		}))
	);
	const elsewhere = links.filter((link) => link.host !== new URL(ORIGIN).host);
	expect(elsewhere.length).toBeGreaterThan(3);
	for (const link of links) expect(['http:', 'https:'], link.href).toContain(link.protocol);
	for (const link of elsewhere) {
		expect(link.rel.split(' '), link.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
		expect(link.href).not.toContain('@');
	}
	// The phishing citation (https://bank.example@evil.example/) is named, not linked.
	await expect(page.locator('#event-paris-joined .sources')).toContainText('Phishing source');
	await expect(page.locator('#event-paris-joined .sources a')).toHaveCount(0);
});

test('the exported SVG parses, holds only the chart, and shows the marks', async ({ page }) => {
	await page.getByRole('button', { name: 'Embed or download' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SVG' }).click();
	const svg = readFileSync(await (await downloading).path(), 'utf8');
	const found = (await page.evaluate(`(function (svg) {
		var parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
		var result = { error: parsed.getElementsByTagName('parsererror').length > 0, elements: [], attributes: [], text: parsed.documentElement.textContent };
		var all = parsed.getElementsByTagName('*');
		for (var i = 0; i < all.length; i++) {
			result.elements.push(all[i].localName);
			for (var j = 0; j < all[i].attributes.length; j++) result.attributes.push(all[i].attributes[j].name + '=' + all[i].attributes[j].value);
		}
		return result;
	})(${JSON.stringify(svg)})`)) as { error: boolean; elements: string[]; attributes: string[]; text: string };
	expect(found.error).toBe(false);
	expect(new Set(found.elements)).toEqual(
		new Set(['svg', 'rect', 'text', 'g', 'line', 'title', 'defs', 'linearGradient', 'stop', 'path', 'circle'].filter((name) => found.elements.includes(name)))
	);
	expect(found.elements).not.toContain('script');
	expect(found.elements).not.toContain('foreignObject');
	for (const attribute of found.attributes) {
		expect(attribute).not.toMatch(/^on|^(?:xlink:)?href=|^style=/i);
		for (const reference of attribute.matchAll(/url\(([^)]*)\)/g)) expect(reference[1]).toBe('#export-ongoing');
	}
	expect(found.text).toContain('Invoice⟨U+202E⟩fdp.exe');
	expect(found.text).toContain('Pa⟨U+200D⟩ris summit');
	expect(found.text).toContain('</text><script>alert(4)</script>');
	expect(found.text).not.toMatch(HIDDEN_BUT_ISOLATES);
	expect(found.text).toContain('\u2068هجوم على قاعة كروكوس سيتي\u2069');
});
