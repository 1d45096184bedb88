/**
 * What a PDF says, read as a reader's PDF viewer reads it (pdf.js): each page's text runs with their font
 * sizes in points, and whether the page holds anything at all.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfRun {
	text: string;
	/** The size the run is set at on paper, in points. */
	size: number;
	/** Its left and baseline, in points from the page's bottom left. */
	x: number;
	y: number;
}

export interface PdfPage {
	runs: PdfRun[];
	/** The page's text, its runs joined by spaces. */
	text: string;
	/** How many drawing operations the page has: a blank page has next to none. */
	operations: number;
	width: number;
	height: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
	const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const content = await page.getTextContent();
		const runs: PdfRun[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const [a, b, , , x, y] = item.transform as number[];
			runs.push({ text: item.str, size: Math.hypot(a!, b!), x: x!, y: y! });
		}
		const { fnArray } = await page.getOperatorList();
		const [, , width, height] = page.view;
		pages.push({ runs, text: runs.map((run) => run.text).join(' '), operations: fnArray.length, width: width!, height: height! });
	}
	await pdf.destroy();
	return pages;
}
