/**
 * Downloads of the chart for reports: the SVG is written from the chart's scene by the model
 * (`exportChartSvg` in chart-svg.ts); here it is turned into a PNG and handed to the browser as a file.
 */
import type { ExportTheme, MeasureLine } from '$lib/model/chart/chart-svg';
import { resolvePalette } from '../chart/lane-paint';

/** How the reader asked for a picture of the view: its width, and whether it keeps the selected event's highlight. */
export interface ImageChoice {
	width: number;
	selection: boolean;
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

/** The widths of the export's header and footer lines, measured in the chart's font as the image will set them. */
function lineMeasure(font: string): MeasureLine | undefined {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return undefined;
	return (text, size, bold) => {
		context.font = `${bold ? '700 ' : ''}${size}px ${font}`;
		// A little over, for a reader whose fonts set the same words wider.
		return context.measureText(text).width * 1.05;
	};
}

/** The theme a chart is exported in: the page's colours resolved now, and the chart's font; nothing waits for the canvas to paint. */
export function chartTheme(font: string): ExportTheme {
	const measure = lineMeasure(font);
	return { palette: resolvePalette(document.body), font, ...(measure ? { measure } : {}) };
}
