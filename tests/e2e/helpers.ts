import type { Page } from '@playwright/test';

/** Opens a page and waits until the timeline has applied the view its URL names, as a reader would wait to see it. */
export async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline-view[data-ready]').waitFor();
}

export interface PaintedText {
	text: string;
	/** Its box in page coordinates. */
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	/** A cluster's count stands for this many events. */
	count?: number;
}

/**
 * The labels and cluster counts the chart last painted on its canvas, placed on the page. The canvas keeps
 * the drawing it painted (export writes the same drawing as SVG), so this is what the reader sees.
 */
export async function paintedTexts(page: Pick<Page, 'locator'>): Promise<PaintedText[]> {
	return page.locator('.surface canvas.marks').evaluate((canvas) => {
		type Text = { type: 'text'; text: string; x: number; y: number; width: number; style: string; count?: number };
		const drawing = (canvas as HTMLCanvasElement & { drawing?: { shapes: { type: string }[] } }).drawing;
		const box = canvas.getBoundingClientRect();
		return (drawing?.shapes ?? [])
			.filter((shape): shape is Text => shape.type === 'text')
			.map((shape) => ({
				text: shape.text,
				x0: box.left + shape.x,
				x1: box.left + shape.x + shape.width,
				y0: box.top + shape.y - (shape.style === 'count' ? 9 : 10),
				y1: box.top + shape.y + 3,
				...(shape.count === undefined ? {} : { count: shape.count })
			}));
	});
}

/** The events that clusters stand for, counted from the painted counts. */
export async function clusteredCount(page: Pick<Page, 'locator'>): Promise<number> {
	return (await paintedTexts(page)).reduce((sum, text) => sum + (text.count ?? 0), 0);
}
