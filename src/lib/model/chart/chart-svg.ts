/**
 * The chart as a standalone SVG for reports, written from the chart's scene (never read back from the
 * page): the axis, the lanes, the as-of line and the same display list the canvas paints, with a header
 * (title, publisher, as-of date) and a source line so that the image stands on its own in print, and
 * every drawn event's full name as the <title> of its mark.
 */
import { AXIS_HEIGHT, eventHeight, eventTop } from './chart-geometry';
import type { ChartScene } from './chart-scene';
import { TEXT_STYLES, type Drawing, type Paint, type Palette, type TextStyle } from './lane-drawing';
import type { TimelineEvent } from '../document/timeline';
import { escapeXml, isolated, isolatedName, shownName } from '../text/untrusted-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER = 56;
const FOOTER = 28;
/** The footer's height for each further line. */
const FOOTER_LINE = 15;

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
}

/** Numbers to a tenth of a pixel: enough for print, and stable for snapshots. */
const n = (value: number) => (Math.round(value * 10) / 10).toString();

function textAttributes(style: TextStyle): string {
	const { size, weight, italic, letterSpacing } = TEXT_STYLES[style];
	return `font-size="${size}"${weight ? ` font-weight="${weight}"` : ''}${italic ? ' font-style="italic"' : ''}${letterSpacing ? ` letter-spacing="${letterSpacing}em"` : ''}`;
}

/** A <text> of shown text (see untrusted-text.ts), isolated where it holds right-to-left letters. */
function text(x: number, y: number, content: string, style: TextStyle, fill: string, extra = ''): string {
	const shown = TEXT_STYLES[style].uppercase ? content.toUpperCase() : content;
	return `<text x="${n(x)}" y="${n(y)}" ${textAttributes(style)} fill="${escapeXml(fill)}"${extra}>${escapeXml(isolated(shown))}</text>`;
}

/** The chart of one view as SVG markup, `scene.width` × `scene.height`, clipped to its edges. */
function chartToSvgMarkup(scene: ChartScene, theme: ExportTheme, name: (event: TimelineEvent) => string): string {
	const { palette } = theme;
	const { width, height, plotBottom, axis } = scene;
	const parts: string[] = [`<rect width="${width}" height="${height}" fill="${escapeXml(palette.bg)}"/>`];
	for (const tick of axis.ticks) {
		parts.push(`<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${AXIS_HEIGHT - 10}" y2="${n(plotBottom)}" stroke="${escapeXml(palette.grid)}" shape-rendering="crispEdges"/>`);
		parts.push(text(tick.x + 3, AXIS_HEIGHT - 12, tick.label, 'tick', palette['fg-muted']));
	}
	for (const period of axis.context) parts.push(text(period.x + 3, 14, period.label, 'period', palette.fg));
	parts.push(`<line x1="0" x2="${width}" y1="${AXIS_HEIGHT - 0.5}" y2="${AXIS_HEIGHT - 0.5}" stroke="${escapeXml(palette.border)}"/>`);
	for (const { lane, layout, top, height: laneHeight, clusterTop, striped } of scene.lanes) {
		const group: string[] = [];
		if (striped) group.push(`<rect x="0" y="${top}" width="${width}" height="${laneHeight}" fill="${escapeXml(palette['lane-stripe'])}"/>`);
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
			group.push(
				`<line x1="0" x2="${width}" y1="${n(clusterTop + 0.5)}" y2="${n(clusterTop + 0.5)}" stroke="${escapeXml(palette.border)}" stroke-dasharray="2 3" stroke-opacity="0.6"/>`
			);
		group.push(`<line x1="0" x2="${width}" y1="${n(top + laneHeight - 0.5)}" y2="${n(top + laneHeight - 0.5)}" stroke="${escapeXml(palette.border)}"/>`);
		parts.push(`<g class="lane">${group.join('')}</g>`);
	}
	if (scene.asOf) {
		const { x, label, flipped } = scene.asOf;
		parts.push(`<line x1="${n(x)}" x2="${n(x)}" y1="${AXIS_HEIGHT}" y2="${n(plotBottom + 4)}" stroke="${escapeXml(palette.focus)}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
		parts.push(text(flipped ? x - 4 : x + 4, plotBottom + 16, label, 'as-of', palette.focus, flipped ? ' text-anchor="end"' : ''));
	}
	parts.push(drawingToSvg(scene.drawing, palette));
	return `<svg x="0" y="0" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden" font-family="${escapeXml(theme.font)}">${parts.join('')}</svg>`;
}

/** The chart with its header and source line, as a standalone SVG document. */
export function exportChartSvg(scene: ChartScene, theme: ExportTheme, meta: ExportMeta, name: (event: TimelineEvent) => string): { svg: string; width: number; height: number } {
	const { palette } = theme;
	const width = scene.width;
	const height = HEADER + scene.height + FOOTER + (meta.licence ? FOOTER_LINE : 0);
	const fg = escapeXml(palette.fg);
	const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(theme.font)}">
<rect width="100%" height="100%" fill="${escapeXml(palette.bg)}"/>
<text x="8" y="22" font-size="18" font-weight="700" fill="${fg}">${escapeXml(isolatedName(meta.title))}</text>
<text x="8" y="44" font-size="13" fill="${fg}">${escapeXml(`${isolatedName(meta.publisher)} · as of ${meta.asOf}`)}</text>
<g transform="translate(0 ${HEADER})">${chartToSvgMarkup(scene, theme, name)}</g>
<text x="8" y="${height - 10 - (meta.licence ? FOOTER_LINE : 0)}" font-size="11" fill="${fg}">${escapeXml(meta.source)}</text>${
		meta.licence ? `\n<text x="8" y="${height - 10}" font-size="11" fill="${fg}">${escapeXml(meta.licence)}</text>` : ''
	}
</svg>`;
	return { svg, width, height };
}

/** The display list as SVG elements. */
export function drawingToSvg(drawing: Drawing, palette: Palette): string {
	const paintAttributes = (paint: Paint) => {
		let attributes = '';
		if (paint.fill === 'ongoing') attributes += ` fill="url(#export-ongoing)"`;
		else attributes += ` fill="${escapeXml(paint.fill ? palette[paint.fill] : 'none')}"`;
		if (paint.fillOpacity !== undefined) attributes += ` fill-opacity="${paint.fillOpacity}"`;
		if (paint.stroke) attributes += ` stroke="${escapeXml(palette[paint.stroke])}" stroke-width="${paint.lineWidth ?? 1}"`;
		if (paint.strokeOpacity !== undefined) attributes += ` stroke-opacity="${paint.strokeOpacity}"`;
		if (paint.dash) attributes += ` stroke-dasharray="${paint.dash.join(' ')}"`;
		return attributes;
	};
	const parts = [
		`<defs><linearGradient id="export-ongoing" gradientUnits="userSpaceOnUse" x1="${n(drawing.asOfX - 80)}" x2="${n(drawing.asOfX)}" y1="0" y2="0"><stop offset="0" stop-color="${escapeXml(palette.accent)}"/><stop offset="1" stop-color="${escapeXml(palette.accent)}" stop-opacity="0.15"/></linearGradient></defs>`
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
