/**
 * The code a web page embeds a timeline with, written once for the viewer's Embed dialog and the editor's
 * publishing: the iframe of the embed view, titled by the timeline, and embed.js, which sizes the iframe to
 * its content. And the addresses that open a timeline.json hosted elsewhere (`?src=`), with the checks of
 * the address the editor is told it will be hosted at.
 */
import { shortened } from '../document/describe';
import { escapeXml, shownName } from '../text/untrusted-text';

/**
 * The snippet: `embedUrl` in an iframe named after the timeline, then the sizing script at `scriptUrl`.
 * Both addresses are the site's own, their queries URL-encoded, so only the title needs escaping for HTML.
 * The title is short: the Embed dialog's text area is saved with every history entry its view's URL
 * makes, and a title of megabytes made each zoom step slow.
 */
export function embedCode(embedUrl: string, scriptUrl: string, title: string): string {
	return (
		`<iframe src="${embedUrl}" title="Timeline: ${escapeXml(shownName(shortened(title)))}" style="width:100%;height:520px;border:0" loading="lazy"></iframe>\n` +
		`<script src="${scriptUrl}" async></` +
		`script>`
	);
}

/**
 * The embed view and the full view of the document at `src`, on the site whose root (origin and base
 * path, ending in `/`) is `siteRoot`. The full view's link is the site's root, which sends a `?src=` on to
 * the view (root-redirect.ts).
 */
export function srcAddresses(siteRoot: string, src: string): { embed: string; view: string } {
	const query = `?src=${encodeURIComponent(src)}`;
	return { embed: `${siteRoot}embed/${query}`, view: `${siteRoot}${query}` };
}

/** What is wrong with the address a timeline.json is to be hosted at (`fault`), or what to look out for (`warning`). */
export interface HostedAddressCheck {
	fault?: string;
	warning?: string;
}

/** Hosts that only the computer (or the network) they are named on can reach. */
const LOCAL_HOST =
	/^(localhost|.*\.localhost|.*\.local|.*\.internal|127\.\d+\.\d+\.\d+|\[::1?\]|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/i;

/**
 * Whether a timeline.json can be read by `?src=` at `address`, from the site at `siteOrigin`: an
 * absolute http(s) address, https when the site is (a browser refuses an http file on an https page);
 * one on this computer or a private network is said to reach no reader.
 */
export function checkHostedAddress(address: string, siteOrigin: string): HostedAddressCheck {
	const typed = address.trim();
	if (typed === '') return { fault: 'Give the address the timeline.json will be at, starting with https://.' };
	let url: URL;
	try {
		url = new URL(typed);
	} catch {
		return { fault: 'Give the whole address, starting with https:// (or http://), as a reader would open it.' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { fault: `Give an address starting with https:// or http://, not ${url.protocol}//.` };
	if (url.protocol === 'http:' && siteOrigin.startsWith('https:'))
		return { fault: 'This site is served over https, so the file must be too: browsers refuse to read an http file from an https page.' };
	if (LOCAL_HOST.test(url.hostname))
		return { warning: `${url.hostname} is reached from this computer or its network only: readers' browsers cannot open it. Use the address of a host on the web.` };
	return {};
}
