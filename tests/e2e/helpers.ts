import type { Page } from '@playwright/test';

/** Opens a page and waits until the timeline has applied the view its URL names, as a reader would wait to see it. */
export async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline-view[data-ready]').waitFor();
}

export interface PaintedText {
	/** The text; a label's lines joined by a space. */
	text: string;
	/** Its box in page coordinates (a label on two lines: the box round both). */
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	/** How it is set: 'label', 'context-label', 'count' (see TEXT_STYLES). */
	style: string;
	/** A cluster's count stands for this many events. */
	count?: number;
	/** A label's lines as painted, top to bottom. */
	lines: string[];
}

/**
 * The labels and cluster counts the chart last painted on its canvas, placed on the page; the lines of a
 * label on two lines are one text. The canvas keeps the drawing it painted (export writes the same
 * drawing as SVG), so this is what the reader sees.
 */
export async function paintedTexts(page: Pick<Page, 'locator'>): Promise<PaintedText[]> {
	return page.locator('.surface canvas.marks').evaluate((canvas) => {
		type Text = { type: 'text'; text: string; x: number; y: number; width: number; style: string; count?: number; line?: number };
		const drawing = (canvas as HTMLCanvasElement & { drawing?: { shapes: { type: string }[] } }).drawing;
		const box = canvas.getBoundingClientRect();
		const texts: PaintedText[] = [];
		for (const shape of (drawing?.shapes ?? []).filter((shape): shape is Text => shape.type === 'text')) {
			const painted = {
				text: shape.text,
				x0: box.left + shape.x,
				x1: box.left + shape.x + shape.width,
				y0: box.top + shape.y - (shape.style === 'count' ? 9 : 10),
				y1: box.top + shape.y + 3,
				style: shape.style,
				lines: [shape.text],
				...(shape.count === undefined ? {} : { count: shape.count })
			};
			const previous = texts.at(-1);
			if (shape.line && previous) {
				// A further line of the label before it.
				previous.text += ` ${painted.text}`;
				previous.lines.push(painted.text);
				previous.x0 = Math.min(previous.x0, painted.x0);
				previous.x1 = Math.max(previous.x1, painted.x1);
				previous.y1 = painted.y1;
			} else texts.push(painted);
		}
		return texts;
	});
}

/** The events that clusters stand for, counted from the painted counts. */
export async function clusteredCount(page: Pick<Page, 'locator'>): Promise<number> {
	return (await paintedTexts(page)).reduce((sum, text) => sum + (text.count ?? 0), 0);
}

/** Waits until the browser has painted twice: a gesture's frame and the repaint after it. */
export async function nextFrames(page: Pick<Page, 'evaluate'>) {
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export interface PaintedPoint {
	/** Its centre in page coordinates. */
	x: number;
	y: number;
	/** Its centre on the canvas, in CSS pixels. */
	cx: number;
	cy: number;
	/** The canvas's width in CSS pixels: the width the time scale maps onto. */
	canvasWidth: number;
}

/**
 * The point mark painted for a drawn event: the one circle of the canvas's drawing inside the event's target.
 * Fails if the event is drawn without a point, or if more than one point lies under its target.
 */
export async function pointOf(page: Pick<Page, 'locator'>, id: string): Promise<PaintedPoint> {
	return page.locator(`rect.event[data-event-id="${id}"]`).evaluate((target, id) => {
		type Circle = { type: 'circle'; cx: number; cy: number };
		const canvas = target.closest('.surface')!.querySelector<HTMLCanvasElement & { drawing?: { shapes: { type: string }[] } }>('canvas.marks')!;
		const box = canvas.getBoundingClientRect();
		const hit = target.getBoundingClientRect();
		const points = (canvas.drawing?.shapes ?? [])
			.filter((shape): shape is Circle => shape.type === 'circle')
			.filter((c) => box.left + c.cx >= hit.left && box.left + c.cx <= hit.right && box.top + c.cy >= hit.top && box.top + c.cy <= hit.bottom);
		if (points.length !== 1) throw new Error(`${points.length} points painted inside the target of ${id}`);
		const { cx, cy } = points[0]!;
		return { x: box.left + cx, y: box.top + cy, cx, cy, canvasWidth: box.width };
	}, id);
}

/** The colour the canvas shows at a point of it (CSS pixels), as [r, g, b, a]. */
export async function canvasPixel(page: Pick<Page, 'locator'>, cx: number, cy: number): Promise<number[]> {
	return page.locator('.surface canvas.marks').evaluate(
		(canvas: HTMLCanvasElement, [cx, cy]) => {
			const ratio = canvas.width / canvas.getBoundingClientRect().width;
			return [...canvas.getContext('2d')!.getImageData(Math.round(cx! * ratio), Math.round(cy! * ratio), 1, 1).data];
		},
		[cx, cy]
	);
}

/** The events the chart emphasises: those drawn over a highlight, as the canvas painted them. */
export const emphasised = (page: Pick<Page, 'evaluate'>) =>
	page.evaluate(() => {
		type Shape = { type: string; x: number; y: number; width: number; height: number; paint?: { fill?: string } };
		const canvas = document.querySelector('.surface canvas.marks') as HTMLCanvasElement & { drawing?: { shapes: Shape[] } };
		const box = canvas.getBoundingClientRect();
		const highlights = (canvas.drawing?.shapes ?? []).filter((shape) => shape.type === 'rect' && shape.paint?.fill === 'mark-bg');
		return [...document.querySelectorAll<SVGRectElement>('rect.event')]
			.filter((target) => {
				const hit = target.getBoundingClientRect();
				const cy = hit.top + hit.height / 2;
				return highlights.some((h) => box.top + h.y <= cy && cy <= box.top + h.y + h.height && box.left + h.x < hit.right && box.left + h.x + h.width > hit.left);
			})
			.map((target) => target.dataset.eventId);
	});
