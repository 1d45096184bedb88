/**
 * Downloads of the chart for reports: the SVG is written from the chart's scene by the model
 * (`exportChartSvg` in chart-svg.ts); here it is turned into a PNG and handed to the browser as a file.
 */

/** How the reader asked for a picture of the view: its width, whether it keeps the selected event's highlight, and its colours. */
export interface ImageChoice {
	width: number;
	selection: boolean;
	theme: 'light' | 'dark';
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
