/**
 * "Download as a web page": a timeline as one HTML file (the model's oneFilePage), made of the viewer that
 * the build writes beside the site (vite.standalone.config.ts), read from this site, and the document.
 */
import { asset, resolve } from '$app/paths';
import { timelineTitle } from '$lib/model/document/articles';
import type { TimelineDocument } from '$lib/model/document/schema';
import type { Timeline } from '$lib/model/document/timeline';
import { oneFilePage, selfContainedDocument } from '$lib/model/site/one-file-page';
import { shownName } from '$lib/model/text/untrusted-text';

/** Where the build writes the viewer, from the site's root (VIEWER_FOLDER in vite.standalone.config.ts). */
const VIEWER = 'one-file-page/viewer';

/** The site's root, as an address: where the page's link to the shelf goes. */
function siteRoot(): string {
	return new URL(resolve('/'), location.href).href;
}

async function readFromSite(address: string): Promise<string> {
	const response = await fetch(address);
	if (!response.ok) throw new Error(`this site has no viewer for it (${response.status} for ${address}): it is written by npm run build`);
	return response.text();
}

/**
 * The one-file page of `document`, as a file to download. Its articles' texts are inline, or given in
 * `texts` in the document's order (where it names text files). For the editor: `oneFilePageFile(documentOf(state))`.
 */
export async function oneFilePageFile(document: TimelineDocument, texts: readonly (string | undefined)[] = []): Promise<Blob> {
	const site = siteRoot();
	const [script, style, icon] = await Promise.all([
		readFromSite(`${site}${VIEWER}.js`),
		readFromSite(`${site}${VIEWER}.css`),
		// The tab's icon, if the site has one to give.
		fetch(new URL(asset('/favicon.svg'), location.href)).then(
			(response) => (response.ok ? response.text() : undefined),
			() => undefined
		)
	]);
	const html = await oneFilePage({
		title: `${shownName(timelineTitle(document))} — Chronoscope`,
		script,
		style,
		...(icon ? { icon } : {}),
		data: { document: selfContainedDocument(document, texts, site), site }
	});
	return new Blob([html], { type: 'text/html' });
}

/** The one-file page of a timeline shown on this site: its document with its articles' texts as loaded. */
export function oneFilePageOfTimeline(timeline: Timeline): Promise<Blob> {
	return oneFilePageFile(
		timeline.document,
		timeline.articles.map((article) => article.text)
	);
}
