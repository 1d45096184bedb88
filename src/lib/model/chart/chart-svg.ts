/**
 * The chart as a standalone SVG for reports, written from the chart's scene (never read back from the
 * page): the axis, the lanes, the as-of line and the same display list the canvas paints, with a header
 * (title, publisher, as-of date) and a source line so that the image stands on its own in print, and
 * every drawn event's full name as the <title> of its mark.
 */
import { AXIS_HEIGHT, eventHeight, eventTop } from './chart-geometry';
import type { ChartScene } from './chart-scene';
import { PALETTE_KEYS, TEXT_STYLES, type Colour, type Drawing, type Paint, type Palette, type TextStyle } from './lane-drawing';
import type { TimelineEvent } from '../document/timeline';
import { escapeXml, isolated, isolatedName, shownName } from '../text/untrusted-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 8;
/** The header's and footer's kinds of line: font size, weight and the height each line takes. */
const LINE_STYLES = {
	title: { size: 18, bold: true, height: 22 },
	byline: { size: 13, bold: false, height: 18 },
	credit: { size: 11, bold: false, height: 15 }
} as const;
type LineStyle = keyof typeof LINE_STYLES;
/** Between the header and the chart, and the chart and the footer. */
const HEADER_GAP = 8;
const FOOTER_GAP = 12;

/** How wide a text is set at a size; by default an over-estimate, so that a line is broken before it could run off the image. */
export type MeasureLine = (text: string, size: number, bold: boolean) => number;
const estimateLine: MeasureLine = (text, size, bold) => text.length * size * (bold ? 0.64 : 0.58);

/**
 * A word wider than `width` (an address) in pieces that fit: each broken after its last '/', '_', '-', '.'
 * or '?' that fits, else between two characters. Nothing of it is left out.
 */
function pieces(word: string, width: number, measure: (text: string) => number): string[] {
	const out: string[] = [];
	let rest = word;
	while (rest.length > 1 && measure(rest) > width) {
		let fits = 1;
		while (fits < rest.length && measure(rest.slice(0, fits + 1)) <= width) fits++;
		const head = rest.slice(0, fits);
		const at = Math.max(...['/', '_', '-', '.', '?'].map((mark) => head.lastIndexOf(mark)));
		const cut = at > 0 ? at + 1 : fits;
		out.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	out.push(rest);
	return out;
}

/** A text broken at spaces into lines no wider than `width`; a word wider than that is broken too, never cut. */
export function wrapLine(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).flatMap((word) => (word ? pieces(word, width, measure) : []))) {
		const longer = line ? `${line} ${word}` : word;
		if (line && measure(longer) > width) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The header's and footer's words. The title and publisher are the document's, as it gives them (they are
 * shown here); the source and licence lines are already shown, as attribution.ts writes them.
 */
export interface ExportMeta {
	title: string;
	publisher: string;
	asOf: string;
	source: string;
	/** A licensed article's licence and changes, a line under the source line. */
	licence?: string;
}

export interface ExportTheme {
	palette: Palette;
	/** The CSS font family the chart is set in. */
	font: string;
	/** How wide the header's and footer's words are in that font (the page measures them); an estimate by default. */
	measure?: MeasureLine;
}

/** Numbers to a tenth of a pixel: enough for print, and stable for snapshots. */
const n = (value: number) => (Math.round(value * 10) / 10).toString();

/** A colour as SVG 1.1 paints it: a colour without alpha and, apart, its opacity. */
export interface SvgColour {
	colour: string;
	opacity: number;
}

const hex = (channel: number) =>
	Math.round(Math.min(255, Math.max(0, channel)))
		.toString(16)
		.padStart(2, '0');
const alphaOf = (text: string | undefined) => (text === undefined ? 1 : text.endsWith('%') ? Number.parseFloat(text) / 100 : Number.parseFloat(text));
const NUMBER = '([-+]?[\\d.]+(?:e[-+]?\\d+)?)';
const RGB = new RegExp(`^rgba?\\(\\s*${NUMBER}[\\s,]+${NUMBER}[\\s,]+${NUMBER}(?:\\s*[,/]\\s*([\\d.]+%?))?\\s*\\)$`, 'i');
const SRGB = new RegExp(`^color\\(\\s*srgb\\s+${NUMBER}\\s+${NUMBER}\\s+${NUMBER}(?:\\s*/\\s*([\\d.]+%?))?\\s*\\)$`, 'i');

/**
 * A colour as the browser computes it (`rgb()`, `rgba()`, or `color(srgb … / alpha)` for the theme's
 * color-mix() colours) written as `#rrggbb` and an opacity, which every SVG reader paints: Inkscape and
 * older tools read neither CSS variables nor CSS Color 4. Anything else is kept as it is.
 */
export function svgColour(css: string): SvgColour {
	const value = css.trim();
	const rgb = RGB.exec(value);
	if (rgb) return { colour: `#${hex(Number(rgb[1]))}${hex(Number(rgb[2]))}${hex(Number(rgb[3]))}`, opacity: alphaOf(rgb[4]) };
	const srgb = SRGB.exec(value);
	if (srgb) return { colour: `#${hex(Number(srgb[1]) * 255)}${hex(Number(srgb[2]) * 255)}${hex(Number(srgb[3]) * 255)}`, opacity: alphaOf(srgb[4]) };
	return { colour: value, opacity: 1 };
}

type SvgPalette = Record<Colour, SvgColour>;
const svgPalette = (palette: Palette) => Object.fromEntries(PALETTE_KEYS.map((key) => [key, svgColour(palette[key])])) as SvgPalette;

/** An attribute pair: the colour, and its opacity (times `opacity`) where it is not opaque. */
function paintAttribute(attribute: 'fill' | 'stroke' | 'stop-color', { colour, opacity: own }: SvgColour, opacity = 1): string {
	const opacityName = attribute === 'stop-color' ? 'stop-opacity' : `${attribute}-opacity`;
	const total = Math.round(own * opacity * 1000) / 1000;
	return ` ${attribute}="${escapeXml(colour)}"${total < 1 ? ` ${opacityName}="${total}"` : ''}`;
}

function textAttributes(style: TextStyle): string {
	const { size, weight, italic, letterSpacing } = TEXT_STYLES[style];
	// Letter spacing in pixels: an `em` in a presentation attribute is not read by every SVG tool.
	return `font-size="${size}"${weight ? ` font-weight="${weight}"` : ''}${italic ? ' font-style="italic"' : ''}${letterSpacing ? ` letter-spacing="${n(letterSpacing * size)}"` : ''}`;
}

/** A <text> of shown text (see untrusted-text.ts), isolated where it holds right-to-left letters. */
function text(x: number, y: number, content: string, style: TextStyle, fill: SvgColour, extra = ''): string {
	const shown = TEXT_STYLES[style].uppercase ? content.toUpperCase() : content;
	return `<text x="${n(x)}" y="${n(y)}" ${textAttributes(style)}${paintAttribute('fill', fill)}${extra}>${escapeXml(isolated(shown))}</text>`;
}

/** The chart of one view as SVG elements, `scene.width` × `scene.height`, clipped to its edges. */
function chartToSvgMarkup(scene: ChartScene, palette: SvgPalette, font: string, name: (event: TimelineEvent) => string): string {
	const { width, height, plotBottom, axis } = scene;
	const parts: string[] = [`<rect width="${width}" height="${height}"${paintAttribute('fill', palette.bg)}/>`];
	for (const tick of axis.ticks) {
		parts.push(`<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${AXIS_HEIGHT - 10}" y2="${n(plotBottom)}"${paintAttribute('stroke', palette.grid)} shape-rendering="crispEdges"/>`);
		parts.push(text(tick.x + 3, AXIS_HEIGHT - 12, tick.label, 'tick', palette['fg-muted']));
	}
	for (const period of axis.context) parts.push(text(period.x + 3, 14, period.label, 'period', palette.fg));
	parts.push(`<line x1="0" x2="${width}" y1="${AXIS_HEIGHT - 0.5}" y2="${AXIS_HEIGHT - 0.5}"${paintAttribute('stroke', palette.border)}/>`);
	for (const { lane, layout, top, height: laneHeight, clusterTop, striped } of scene.lanes) {
		const group: string[] = [];
		if (striped) group.push(`<rect x="0" y="${top}" width="${width}" height="${laneHeight}"${paintAttribute('fill', palette['lane-stripe'])}/>`);
		group.push(text(6, top + 13, shownName(lane.label), 'lane-name', palette['fg-muted']));
		// Each drawn event's name, on a transparent target over its mark and label, as on screen.
		for (const placed of layout.placed) {
			const x0 = Math.min(placed.x0, placed.labelX);
			const x1 = Math.max(placed.x1, placed.labelX + placed.labelWidth);
			group.push(
				`<rect x="${n(x0)}" y="${n(eventTop(top, placed.row, placed.lines.length))}" width="${n(x1 - x0)}" height="${eventHeight(placed.lines.length)}" fill="none" pointer-events="all"><title>${escapeXml(name(placed.event))}</title></rect>`
			);
		}
		if (lane.hasClusterRow)
			group.push(`<line x1="0" x2="${width}" y1="${n(clusterTop + 0.5)}" y2="${n(clusterTop + 0.5)}"${paintAttribute('stroke', palette.border, 0.6)} stroke-dasharray="2 3"/>`);
		group.push(`<line x1="0" x2="${width}" y1="${n(top + laneHeight - 0.5)}" y2="${n(top + laneHeight - 0.5)}"${paintAttribute('stroke', palette.border)}/>`);
		parts.push(`<g class="lane">${group.join('')}</g>`);
	}
	if (scene.asOf) {
		const { x, label, flipped } = scene.asOf;
		parts.push(
			`<line x1="${n(x)}" x2="${n(x)}" y1="${AXIS_HEIGHT}" y2="${n(plotBottom + 4)}"${paintAttribute('stroke', palette.focus)} stroke-width="1.5" stroke-dasharray="5 3"/>`
		);
		parts.push(text(flipped ? x - 4 : x + 4, plotBottom + 16, label, 'as-of', palette.focus, flipped ? ' text-anchor="end"' : ''));
	}
	parts.push(marksToSvg(scene.drawing, palette));
	return `<svg x="0" y="0" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden" font-family="${escapeXml(font)}">${parts.join('')}</svg>`;
}

/**
 * The chart alone as a standalone SVG, `scene.width` wide: what print sets across the page under the
 * page's own header, as vectors, so that its labels print as sharp text.
 */
export function chartSvg(scene: ChartScene, theme: ExportTheme, name: (event: TimelineEvent) => string): string {
	return chartToSvgMarkup(scene, svgPalette(theme.palette), theme.font, name).replace('<svg ', `<svg xmlns="${SVG_NS}" `);
}

/** The chart with its header and source line, as a standalone SVG document. */
export function exportChartSvg(scene: ChartScene, theme: ExportTheme, meta: ExportMeta, name: (event: TimelineEvent) => string): { svg: string; width: number; height: number } {
	const palette = svgPalette(theme.palette);
	const width = scene.width;
	const measure = theme.measure ?? estimateLine;
	// Each of the header's and footer's texts whole, on as many lines as the image's width needs.
	const linesOf = (text: string, style: LineStyle) => {
		const { size, bold } = LINE_STYLES[style];
		return wrapLine(text, width - 2 * MARGIN, (line) => measure(line, size, bold)).map((line) => ({ line, style }));
	};
	const header = [...linesOf(isolatedName(meta.title), 'title'), ...linesOf(`${isolatedName(meta.publisher)} · as of ${meta.asOf}`, 'byline')];
	const footer = [...linesOf(meta.source, 'credit'), ...(meta.licence ? linesOf(meta.licence, 'credit') : [])];
	const heightOf = (lines: readonly { style: LineStyle }[]) => lines.reduce((sum, { style }) => sum + LINE_STYLES[style].height, 0);
	const headerHeight = heightOf(header) + HEADER_GAP;
	const height = headerHeight + scene.height + FOOTER_GAP + heightOf(footer);
	const written = (lines: readonly { line: string; style: LineStyle }[], top: number) => {
		let y = top;
		return lines.map(({ line, style }) => {
			const { size, bold, height: lineHeight } = LINE_STYLES[style];
			y += lineHeight;
			return `<text x="${MARGIN}" y="${y - Math.round((lineHeight - size) / 2) - 2}" font-size="${size}"${bold ? ' font-weight="700"' : ''}${paintAttribute('fill', palette.fg)}>${escapeXml(line)}</text>`;
		});
	};
	const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(theme.font)}">
<rect width="100%" height="100%"${paintAttribute('fill', palette.bg)}/>
${written(header, 0).join('\n')}
<g transform="translate(0 ${headerHeight})">${chartToSvgMarkup(scene, palette, theme.font, name)}</g>
${written(footer, headerHeight + scene.height + FOOTER_GAP).join('\n')}
</svg>`;
	return { svg, width, height };
}

/** The display list as SVG elements. */
export function drawingToSvg(drawing: Drawing, palette: Palette): string {
	return marksToSvg(drawing, svgPalette(palette));
}

function marksToSvg(drawing: Drawing, palette: SvgPalette): string {
	const paintAttributes = (paint: Paint) => {
		let attributes = '';
		if (paint.fill === 'ongoing') attributes += ` fill="url(#export-ongoing)"`;
		else if (paint.fill) attributes += paintAttribute('fill', palette[paint.fill], paint.fillOpacity);
		else attributes += ' fill="none"';
		if (paint.stroke) attributes += `${paintAttribute('stroke', palette[paint.stroke], paint.strokeOpacity)} stroke-width="${paint.lineWidth ?? 1}"`;
		if (paint.dash) attributes += ` stroke-dasharray="${paint.dash.join(' ')}"`;
		return attributes;
	};
	const parts = [
		`<defs><linearGradient id="export-ongoing" gradientUnits="userSpaceOnUse" x1="${n(drawing.asOfX - 80)}" x2="${n(drawing.asOfX)}" y1="0" y2="0"><stop offset="0"${paintAttribute('stop-color', palette.accent)}/><stop offset="1"${paintAttribute('stop-color', palette.accent, 0.15)}/></linearGradient></defs>`
	];
	for (const shape of drawing.shapes) {
		if (shape.type === 'bars') {
			let d = '';
			for (let i = 0; i < shape.rects.length; i += 4)
				d += `M${n(shape.rects[i]!)},${n(shape.rects[i + 1]!)}h${n(shape.rects[i + 2]!)}v${n(shape.rects[i + 3]!)}h${n(-shape.rects[i + 2]!)}z`;
			parts.push(`<path d="${d}"${paintAttributes(shape.paint)}/>`);
		} else if (shape.type === 'rect') {
			const radius = Math.min(shape.radius, shape.width / 2, shape.height / 2);
			parts.push(`<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" rx="${n(radius)}"${paintAttributes(shape.paint)}/>`);
		} else if (shape.type === 'circle') {
			parts.push(`<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}"${paintAttributes(shape.paint)}/>`);
		} else {
			parts.push(text(shape.x, shape.y, shape.text, shape.style, palette[shape.colour], shape.underline ? ' text-decoration="underline"' : ''));
		}
	}
	return `<g class="marks">${parts.join('')}</g>`;
}
