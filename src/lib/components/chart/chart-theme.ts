/**
 * The theme a chart is written in as SVG, for a download or for paper: its colours as the browser resolves
 * them, its font, and how wide that font sets the header's and footer's lines.
 */
import type { ExportTheme, MeasureLine } from '$lib/model/chart/chart-svg';
import { resolvePalette } from './lane-paint';

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

/**
 * The theme a chart is exported in: the colours of the page's theme or of the one asked for, resolved now,
 * and the chart's font; nothing waits for the canvas to paint.
 */
export function chartTheme(font: string, scheme?: 'light' | 'dark'): ExportTheme {
	const measure = lineMeasure(font);
	return { palette: resolvePalette(document.body, scheme), font, ...(measure ? { measure } : {}) };
}
