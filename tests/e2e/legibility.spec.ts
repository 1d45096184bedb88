/**
 * Every event legible at the fitted view: the seed, Knight Lab's own TimelineJS3 templates opened by ?src=
 * in the embed, and a TimelineJS3 document of forty events with long titles (tests/fixtures/space-age.json,
 * written for these tests) have every event labelled with no two labels overlapping: whole at desktop
 * width, on two lines where one does not hold a label, and the seed whole on a phone too. Read from what
 * the canvas painted, which is what the reader sees.
 */
import { expect, test, type Page } from './test';
import { readFileSync } from 'node:fs';
import { open, paintedTexts, pointOf, type PaintedText } from './helpers';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** A TimelineJS3 document: one of Knight Lab's templates, or one of our fixtures. */
const tjsDocument = (name: string) => readFileSync(name === 'space-age.json' ? `tests/fixtures/${name}` : `node_modules/@knight-lab/timelinejs/src/template/${name}`, 'utf8');
type Slide = { text?: { headline?: string } };
/** The headlines of a TimelineJS3 document's events and eras: what its labels read. */
const headlines = (name: string) => {
	const { events, eras = [] } = JSON.parse(tjsDocument(name)) as { events: Slide[]; eras?: Slide[] };
	return [...events, ...eras].map((slide) => (slide.text?.headline ?? '').trim());
};

const seed = JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { events: { id: string; title: string }[] };

interface Document {
	name: string;
	url: string;
	/** The TimelineJS3 document the url opens by ?src=. */
	file?: string;
	count: number;
}

const byUrl = (file: string, view: 'embed' | 'full view'): Document => ({
	name: `${file} in the ${view}`,
	url: `${view === 'embed' ? '/embed/' : '/t/putin-taliban-allies/'}?src=/__fixtures/${file}`,
	file,
	count: headlines(file).length
});
const theSeed: Document = { name: 'the seed', url: '/t/putin-taliban-allies/', count: seed.events.length };
const documents = [theSeed, byUrl('eras.json', 'embed'), byUrl('all-media-types.json', 'embed')];
/** Forty events with titles of up to 108 characters: more than a row holds side by side. */
const longTitles = [byUrl('space-age.json', 'embed'), byUrl('space-age.json', 'full view')];

async function openDocument(page: Page, document: Document) {
	if (document.file) {
		const body = tjsDocument(document.file);
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

/** Every event labelled whole (on one line or two), no label over another or past the chart's edges, nothing clustered. */
async function expectEveryLabelWhole(page: Page, document: Document) {
	const texts = await paintedTexts(page);
	expect(texts.filter((text) => text.count !== undefined)).toEqual([]);
	const labels = labelsOf(texts);
	expect(labels).toHaveLength(document.count);
	expect(labels.filter((label) => label.lines.some((line) => line.endsWith('…'))).map((label) => label.text)).toEqual([]);
	const titles = document.file ? headlines(document.file) : seed.events.map((event) => event.title);
	expect(labels.map((label) => label.text).sort()).toEqual(titles.sort());
	expect(overlapping(labels)).toEqual([]);
	const canvas = (await page.locator('.surface canvas.marks').boundingBox())!;
	for (const label of labels) {
		expect(label.x0).toBeGreaterThanOrEqual(canvas.x - 0.5);
		expect(label.x1).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
	}
	return labels;
}

test.describe('at the fitted view, at 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	for (const document of [...documents, ...longTitles]) {
		test(`${document.name}: every event is labelled whole, no label overlaps another, nothing is clustered`, async ({ page }) => {
			await openDocument(page, document);
			await expectEveryLabelWhole(page, document);
		});
	}

	test('a label takes a second line only where it has no room on one', async ({ page }) => {
		// The seed's labels all have room on one line at this width; in the full view, beside the article, the
		// space age's longest titles do not.
		await openDocument(page, theSeed);
		expect((await expectEveryLabelWhole(page, theSeed)).filter((label) => label.lines.length > 1)).toEqual([]);
		const space = longTitles[1]!;
		await openDocument(page, space);
		const wrapped = (await expectEveryLabelWhole(page, space)).filter((label) => label.lines.length > 1);
		expect(wrapped.length).toBeGreaterThan(0);
		for (const label of wrapped) expect(label.lines).toHaveLength(2);
	});

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

	test('the seed: every event is labelled whole, the titles wider than the chart on two lines', async ({ page }) => {
		await openDocument(page, theSeed);
		const labels = await expectEveryLabelWhole(page, theSeed);
		const supremeCourt = seed.events.find((event) => event.id === 'taliban-banned-in-russia')!.title;
		expect(labels.find((label) => label.text === supremeCourt)?.lines).toHaveLength(2);
	});
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
