/**
 * Every event legible at the fitted view: the seed, and Knight Lab's own TimelineJS3 templates opened by
 * ?src= in the embed, have every event labelled (whole at desktop width) with no two labels overlapping.
 * Read from what the canvas painted, which is what the reader sees.
 */
import { expect, test, type Page } from './test';
import { readFileSync } from 'node:fs';
import { open, paintedTexts, pointOf, type PaintedText } from './helpers';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const template = (name: string) => readFileSync(`node_modules/@knight-lab/timelinejs/src/template/${name}`, 'utf8');
type Slide = { text?: { headline?: string } };
/** The headlines of a template's events and eras: what its labels read. */
const headlines = (name: string) => {
	const { events, eras = [] } = JSON.parse(template(name)) as { events: Slide[]; eras?: Slide[] };
	return [...events, ...eras].map((slide) => (slide.text?.headline ?? '').trim());
};

const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { events: { id: string; title: string }[] };

const documents = [
	{ name: 'the seed', url: '/t/putin-taliban-allies/', count: seed.events.length },
	{ name: 'eras.json', url: '/embed/?src=/__fixtures/eras.json', file: 'eras.json', count: headlines('eras.json').length },
	{ name: 'all-media-types.json', url: '/embed/?src=/__fixtures/all-media-types.json', file: 'all-media-types.json', count: headlines('all-media-types.json').length }
];

async function openDocument(page: Page, document: (typeof documents)[number]) {
	if (document.file) {
		const body = template(document.file);
		await page.route(`${ORIGIN}/__fixtures/${document.file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
	}
	await open(page, document.url);
}

const labelsOf = (texts: PaintedText[]) => texts.filter((text) => text.style === 'label' || text.style === 'context-label');

function overlapping(labels: PaintedText[]): string[] {
	const pairs: string[] = [];
	labels.forEach((p, i) =>
		labels.slice(i + 1).forEach((q) => {
			if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) pairs.push(`${p.text} / ${q.text}`);
		})
	);
	return pairs;
}

test.describe('at the fitted view, at 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	for (const document of documents) {
		test(`${document.name}: every event is labelled whole, no label overlaps another, nothing is clustered`, async ({ page }) => {
			await openDocument(page, document);
			const texts = await paintedTexts(page);
			expect(texts.filter((text) => text.count !== undefined)).toEqual([]);
			const labels = labelsOf(texts);
			expect(labels).toHaveLength(document.count);
			expect(labels.filter((label) => label.text.endsWith('…')).map((label) => label.text)).toEqual([]);
			if (document.file) expect(labels.map((label) => label.text).sort()).toEqual(headlines(document.file).sort());
			expect(overlapping(labels)).toEqual([]);
			const canvas = (await page.locator('.surface canvas.marks').boundingBox())!;
			for (const label of labels) {
				expect(label.x0).toBeGreaterThanOrEqual(canvas.x - 0.5);
				expect(label.x1).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
			}
		});
	}

	test('a label near the right edge is whole and left of its mark', async ({ page }) => {
		await open(page, '/t/putin-taliban-allies/');
		const astana = await pointOf(page, 'putin-astana-remarks');
		const title = seed.events.find((event) => event.id === 'putin-astana-remarks')!.title;
		const label = labelsOf(await paintedTexts(page)).find((text) => text.text === title)!;
		expect(label).toBeDefined();
		expect(label.x0).toBeLessThan(astana.x);
		expect(label.x1).toBeLessThanOrEqual(astana.x + 6);
	});
});

test.describe('at the fitted view, at 375×740', () => {
	test.use({ viewport: { width: 375, height: 740 } });
	for (const document of documents) {
		test(`${document.name}: no label overlaps another${document.file ? '' : ', and every event is labelled'}`, async ({ page }) => {
			await openDocument(page, document);
			const texts = await paintedTexts(page);
			const labels = labelsOf(texts);
			expect(overlapping(labels)).toEqual([]);
			const clustered = texts.reduce((sum, text) => sum + (text.count ?? 0), 0);
			expect(labels.length + clustered).toBe(document.count);
			// A phone labels the seed's eleven events; the templates' 20 and 41 are more than its ~15.
			if (!document.file) expect(clustered).toBe(0);
		});
	}
});
