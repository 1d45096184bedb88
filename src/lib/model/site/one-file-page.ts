/**
 * The one-file page: a timeline's full view and its document in one HTML file, which opens from file:// or
 * from any static host and asks nothing of any host. The viewer is the site's own full view built as one
 * script and one stylesheet (vite.standalone.config.ts); the page holds them inline, allowed by their
 * hashes in a Content-Security-Policy of its own, and the document as JSON in a data block that no text
 * of the document can close.
 */
import { SITE_PATH } from '../document/media';
import type { TimelineDocument } from '../document/schema';

/** The id of the data block the viewer reads the page's data from. */
export const PAGE_DATA_ID = 'chronoscope-page';

/** What the page's data block holds. */
export interface OneFilePageData {
	/** The document, every article's text inline. */
	document: TimelineDocument;
	/** The root of the site that wrote the page, ending in `/`: where its header's link to the shelf goes. */
	site: string;
}

/**
 * The document as one file can hold it: each article's text inline (in `text`, not a `textFile` beside it),
 * and media at a path on the site made an address on `site`, which the page links to and never loads.
 * `texts` are the articles' texts in the document's order (a timeline's `articles`), where the document
 * names files; an article given neither way is an error.
 */
export function selfContainedDocument(document: TimelineDocument, texts: readonly (string | undefined)[], site: string): TimelineDocument {
	const inline = <A extends { text?: string | undefined; textFile?: string | undefined }>(article: A, index: number): A => {
		const { textFile, ...rest } = article;
		const text = article.text ?? texts[index];
		if (text === undefined) throw new Error(`the text of article ${index + 1} (${textFile ?? 'no file'}) is not at hand`);
		return { ...rest, text } as A;
	};
	const { article, articles, events, ...rest } = document;
	const contained: TimelineDocument = {
		...rest,
		...(article ? { article: inline(article, 0) } : {}),
		...(articles ? { articles: articles.map(inline) } : {}),
		events: events.map((event) => (event.media && SITE_PATH.test(event.media.url) ? { ...event, media: { ...event.media, url: new URL(event.media.url, site).href } } : event))
	};
	return contained;
}

/**
 * JSON that may stand inside a `<script>` element: `<` (and `>`, `&`) as \u escapes, so that no text in
 * it can close the element (`</script>`) or open a comment (`<!--`) that would change where it ends; the
 * line and paragraph separators too, for readers that take the block as a script.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Script text that may stand inside a `<script>` element. A minifier folds `'</' + 'script>'` into one
 * string, and a `</script` would end the element early; a `<!--` would put the HTML parser in a state where
 * a later `<script` keeps it from ending at all. Both only ever stand in a string, a template or a regular
 * expression, where `<\/` and `\x3C` mean what they replace.
 */
export function scriptForHtml(code: string): string {
	return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

/** Style text that may stand inside a `<style>` element: `</style` written with a CSS escape, which means the same. */
export function styleForHtml(css: string): string {
	return css.replace(/<\/(style)/gi, '<\\/$1');
}

/** Text as HTML writes it in an element or an attribute. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The CSP source of a text: its SHA-256, in base64. */
async function hashSource(text: string): Promise<string> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) throw new Error('this browser computes hashes only on a secure page (https or this computer)');
	const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
	let binary = '';
	for (const byte of digest) binary += String.fromCharCode(byte);
	return `'sha256-${btoa(binary)}'`;
}

/**
 * The page's policy: its one script and one stylesheet by their hashes, and nothing from any host. Unlike
 * the site's prerendered pages, it has no style attributes to allow: the views are drawn by the script,
 * which sizes and places things through the style object. Images and workers only from the page itself:
 * an exported PNG is drawn from a blob: of the SVG, and the search's worker starts from a blob: of its
 * script. No `<base>`, no form sent anywhere, no plugin.
 */
export function oneFilePolicy(scriptHash: string, styleHash: string): string {
	return [
		"default-src 'none'",
		`script-src ${scriptHash}`,
		`style-src ${styleHash}`,
		'img-src data: blob:',
		'worker-src blob:',
		"base-uri 'none'",
		"form-action 'none'",
		"object-src 'none'"
	].join('; ');
}

/** What the one-file page is made of. */
export interface OneFilePageParts {
	/** The page's title, as the site's full view is titled. */
	title: string;
	/** The language of the page's own words. */
	lang?: string;
	/** The viewer: one classic script, as the standalone build writes it. */
	script: string;
	/** The viewer's one stylesheet. */
	style: string;
	data: OneFilePageData;
	/** The site's icon, as SVG, shown from a data: address. */
	icon?: string;
}

/**
 * The one-file page as HTML text. The script and stylesheet are made safe to stand inline first, and then
 * hashed as they stand, so the policy allows exactly them.
 */
export async function oneFilePage(parts: OneFilePageParts): Promise<string> {
	const script = scriptForHtml(parts.script);
	const style = styleForHtml(parts.style);
	const [scriptHash, styleHash] = await Promise.all([hashSource(script), hashSource(style)]);
	const icon = parts.icon ? `<link rel="icon" href="data:image/svg+xml,${escapeHtml(encodeURIComponent(parts.icon))}">\n` : '';
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(parts.lang ?? 'en')}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(oneFilePolicy(scriptHash, styleHash))}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="color-scheme" content="light dark">',
		'<meta name="generator" content="Chronoscope">',
		`<title>${escapeHtml(parts.title)}</title>`,
		`${icon}<style>${style}</style>`,
		'</head>',
		'<body>',
		'<noscript><p>This timeline is drawn by JavaScript, which this browser has turned off.</p></noscript>',
		`<script type="application/json" id="${PAGE_DATA_ID}">${jsonForScript(parts.data)}</script>`,
		`<script>${script}</script>`,
		'</body>',
		'</html>',
		''
	].join('\n');
}

/** The page's data as the viewer reads it from its data block, or the reason it cannot. */
export function readPageData(json: string | null | undefined): OneFilePageData | { problem: string } {
	if (!json) return { problem: 'This page holds no timeline.' };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		return { problem: `This page's timeline is not JSON (${(error as Error).message}).` };
	}
	const { document, site } = (typeof data === 'object' && data !== null ? data : {}) as Partial<OneFilePageData>;
	if (typeof document !== 'object' || document === null) return { problem: 'This page holds no timeline.' };
	return { document, site: typeof site === 'string' ? site : '' };
}
