/**
 * Paints the lanes' display list (lane-drawing.ts in the model) on a canvas, in the theme's colours as the
 * browser resolves them.
 */
import { cssFont, PALETTE_KEYS, type Drawing, type Paint, type Palette } from '$lib/model/chart/lane-drawing';
import { isolated } from '$lib/model/text/untrusted-text';

/**
 * The theme's colours as the browser resolves them under `element` (light-dark() and color-mix() included),
 * or in a scheme other than the page's (paper is light; a picture is in the colours asked for).
 */
export function resolvePalette(element: Element, scheme?: 'light' | 'dark'): Palette {
	// The theme's custom properties resolve light-dark() where they are declared, on the root: another
	// scheme is the root's theme for as long as the colours are read, which no frame is painted in. (Set as
	// the theme's attribute: Chromium keeps the properties' resolved colours across an inline color-scheme.)
	const root = document.documentElement;
	const pageTheme = root.dataset.theme;
	const pageScheme = pageTheme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
	// Only when it is another: the chart's canvas repaints on every change of the attribute.
	const other = scheme !== undefined && scheme !== pageScheme;
	if (other) root.dataset.theme = scheme;
	const probe = document.createElement('span');
	probe.hidden = true;
	element.appendChild(probe);
	const resolved = {} as Palette;
	try {
		for (const key of PALETTE_KEYS) {
			probe.style.color = `var(--${key})`;
			resolved[key] = getComputedStyle(probe).color;
		}
	} finally {
		probe.remove();
		if (other && pageTheme === undefined) delete root.dataset.theme;
		else if (other) root.dataset.theme = pageTheme;
	}
	return resolved;
}

/** Paints a drawing on a 2D canvas context already scaled to CSS pixels. */
export function paintDrawing(ctx: CanvasRenderingContext2D, drawing: Drawing, palette: Palette, fontFamily: string) {
	let ongoing: CanvasGradient | undefined;
	const fillOf = (paint: Paint) => {
		if (paint.fill !== 'ongoing') return palette[paint.fill!];
		if (!ongoing) {
			ongoing = ctx.createLinearGradient(drawing.asOfX - 80, 0, drawing.asOfX, 0);
			ongoing.addColorStop(0, palette.accent);
			ongoing.addColorStop(1, withAlpha(palette.accent, 0.15));
		}
		return ongoing;
	};
	const fillAndStroke = (paint: Paint) => {
		if (paint.fill) {
			ctx.globalAlpha = paint.fillOpacity ?? 1;
			ctx.fillStyle = fillOf(paint);
			ctx.fill();
		}
		if (paint.stroke) {
			ctx.globalAlpha = paint.strokeOpacity ?? 1;
			ctx.strokeStyle = palette[paint.stroke];
			ctx.lineWidth = paint.lineWidth ?? 1;
			ctx.setLineDash(paint.dash ?? []);
			ctx.stroke();
		}
		ctx.globalAlpha = 1;
	};
	let font = '';
	for (const shape of drawing.shapes) {
		switch (shape.type) {
			case 'bars': {
				// fillRect, not one path of many rectangles: a path is rasterised with antialiasing, on the main
				// thread when the frame commits, and hundreds of subpaths cost tens of milliseconds there.
				ctx.globalAlpha = shape.paint.fillOpacity ?? 1;
				ctx.fillStyle = fillOf(shape.paint);
				for (let i = 0; i < shape.rects.length; i += 4) ctx.fillRect(shape.rects[i]!, shape.rects[i + 1]!, shape.rects[i + 2]!, shape.rects[i + 3]!);
				ctx.globalAlpha = 1;
				break;
			}
			case 'rect': {
				ctx.beginPath();
				ctx.roundRect(shape.x, shape.y, shape.width, shape.height, Math.min(shape.radius, shape.width / 2, shape.height / 2));
				fillAndStroke(shape.paint);
				break;
			}
			case 'circle': {
				ctx.beginPath();
				ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
				fillAndStroke(shape.paint);
				break;
			}
			case 'text': {
				const wanted = cssFont(shape.style, fontFamily);
				if (wanted !== font) ctx.font = font = wanted;
				ctx.fillStyle = palette[shape.colour];
				// Each label is its own paragraph; isolated, a right-to-left title keeps its end (and its "…") on its left.
				ctx.fillText(isolated(shape.text), shape.x, shape.y);
				if (shape.underline) ctx.fillRect(shape.x, shape.y + 2, shape.width, 1);
				break;
			}
		}
	}
}

/** `rgb(r, g, b)` as `rgba(r, g, b, alpha)`. */
function withAlpha(colour: string, alpha: number): string {
	const match = /rgba?\(([^)]+)\)/.exec(colour);
	if (!match) return colour;
	const [r, g, b] = match[1]!.split(/[\s,/]+/);
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
