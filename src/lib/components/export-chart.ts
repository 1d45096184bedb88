/**
 * The chart as a standalone SVG (and PNG) for reports: styles inlined from the page, the interaction-only
 * parts dropped, every event's full title kept as its <title>, and a header (title, publisher, as-of date)
 * and a source line added so that the image stands on its own in print.
 */
import { TEXT_STYLES, type Drawing, type MarksCanvas, type Paint, type Palette } from './timeline/lane-paint';

const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-decoration', 'paint-order', 'stroke-linejoin', 'letter-spacing', 'text-transform', 'stop-color', 'stop-opacity', 'text-anchor'];
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportMeta {
	title: string;
	publisher: string;
	asOf: string;
	source: string;
}

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function exportSvg(chart: SVGSVGElement, meta: ExportMeta): { svg: string; width: number; height: number } {
	const width = chart.width.baseVal.value;
	const chartHeight = chart.height.baseVal.value;
	const clone = chart.cloneNode(true) as SVGSVGElement;
	const originals = [chart, ...chart.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const interactionOnly: Element[] = [];
	originals.forEach((original, i) => {
		const copy = copies[i] as SVGElement;
		if (original.classList.contains('cluster-hit')) interactionOnly.push(copy);
		const computed = getComputedStyle(original);
		const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
		copy.setAttribute('style', style);
		copy.removeAttribute('class');
		copy.removeAttribute('tabindex');
		if (original instanceof SVGElement && original.dataset.eventId) {
			const title = document.createElementNS(SVG_NS, 'title');
			title.textContent = (original.getAttribute('aria-label') ?? '').trim();
			copy.insertBefore(title, copy.firstChild);
		}
	});
	// Hit areas exist for pointers and fingers only.
	for (const node of interactionOnly) node.remove();
	// The marks, labels and clusters are painted on a canvas over the SVG: written here as SVG from the
	// same drawing, on top, as on screen.
	const marks = chart.parentElement?.querySelector<MarksCanvas>('canvas.marks');
	const drawn = marks?.drawing && marks.palette ? drawingToSvg(marks.drawing, marks.palette) : '';
	const chartSvg = new XMLSerializer().serializeToString(clone).replace(/<\/svg>$/, `${drawn}</svg>`);
	const foreground = getComputedStyle(chart).color;
	const header = 56;
	const footer = 28;
	const height = header + chartHeight + footer;
	const font = getComputedStyle(chart).fontFamily;
	const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">
<rect width="100%" height="100%" fill="${escapeXml(getComputedStyle(document.body).backgroundColor || '#fff')}"/>
<text x="8" y="22" font-size="18" font-weight="700" fill="${escapeXml(foreground)}">${escapeXml(meta.title)}</text>
<text x="8" y="44" font-size="13" fill="${escapeXml(foreground)}">${escapeXml(`${meta.publisher} · as of ${meta.asOf}`)}</text>
<g transform="translate(0 ${header})">${chartSvg}</g>
<text x="8" y="${height - 10}" font-size="11" fill="${escapeXml(foreground)}">${escapeXml(meta.source)}</text>
</svg>`;
	return { svg, width, height };
}

/** Renders the exported SVG to a PNG at `scale` times its size (2 for print). */
export async function exportPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the SVG could not be drawn'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The same drawing as SVG elements, for export. */
export function drawingToSvg(drawing: Drawing, palette: Palette): string {
	const n = (value: number) => (Math.round(value * 10) / 10).toString();
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
			for (let i = 0; i < shape.rects.length; i += 4) d += `M${n(shape.rects[i]!)},${n(shape.rects[i + 1]!)}h${n(shape.rects[i + 2]!)}v${n(shape.rects[i + 3]!)}h${n(-shape.rects[i + 2]!)}z`;
			parts.push(`<path d="${d}"${paintAttributes(shape.paint)}/>`);
		} else if (shape.type === 'rect') {
			const radius = Math.min(shape.radius, shape.width / 2, shape.height / 2);
			parts.push(`<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" rx="${n(radius)}"${paintAttributes(shape.paint)}/>`);
		} else if (shape.type === 'circle') {
			parts.push(`<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}"${paintAttributes(shape.paint)}/>`);
		} else {
			const { size, weight, italic } = TEXT_STYLES[shape.style];
			const font = `font-size="${size}"${weight ? ` font-weight="${weight}"` : ''}${italic ? ' font-style="italic"' : ''}`;
			const underline = shape.underline ? ' text-decoration="underline"' : '';
			parts.push(`<text x="${n(shape.x)}" y="${n(shape.y)}" ${font}${underline} fill="${escapeXml(palette[shape.colour])}">${escapeXml(shape.text)}</text>`);
		}
	}
	return `<g class="marks">${parts.join('')}</g>`;
}
