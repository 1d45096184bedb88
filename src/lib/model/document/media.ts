/**
 * An event's media: where its link goes, and whether its image may be shown. Nothing is ever loaded from
 * another host (the embed promises to request nothing from any host but its own), so media elsewhere is a
 * link only; an image on the page's own origin may be shown.
 */

import { safeHref } from '../text/untrusted-text';

/**
 * A path on the site that shows the timeline, such as `media/launch.jpg` or `/media/launch.jpg`: no scheme
 * and no host (`//`), nor a backslash, white space or control character, which browsers drop or read as
 * slashes (`/\host` and `/<tab>/host` both name another host). Not starting with `?` or `#`: a path names a file.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the path must not hold
export const SITE_PATH = /^(?![A-Za-z][A-Za-z0-9+.-]*:|\/\/)[^\s\x00-\x1f\x7f\\?#][^\s\x00-\x1f\x7f\\]*$/;

/** File names that browsers show as images. */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|avif)$/i;

export interface MediaLink {
	/** Where the link goes: the URL, or the path read from the site's root. */
	href: string;
	/** What to call the link when the media has no caption: the URL's host name, or the path's file name. */
	name: string;
	/** Whether the media is an image on the page's own origin, which may be shown. */
	image: boolean;
}

/**
 * The link for a media `url`. A path is read from `siteRoot` (the site's root, under its base path, as
 * `src` is), so that it names the same file in every view. `pageOrigin` is the page's origin where it is
 * known (in the browser): an http(s) URL on it may show its image; a path always may. Anything but an
 * http(s) URL or a path on the site gives no link.
 */
export function mediaLink(url: string, siteRoot: string, pageOrigin: string | undefined): MediaLink | undefined {
	if (SITE_PATH.test(url)) {
		// Parsed against a stand-in origin only to take the path apart from any query.
		const path = new URL(url, 'http://site.invalid/').pathname;
		const file = path.split('/').filter(Boolean).pop() ?? path;
		return { href: url.startsWith('/') ? url : `${siteRoot.replace(/\/?$/, '/')}${url}`, name: readable(file), image: IMAGE_FILE.test(path) };
	}
	// Media elsewhere is linked as every link from a document is: http(s), with no user name or password.
	const href = safeHref(url);
	if (href === undefined) return undefined;
	const parsed = new URL(href);
	return { href, name: parsed.hostname, image: parsed.origin === pageOrigin && IMAGE_FILE.test(parsed.pathname) };
}

/** A path segment as a reader would write it: "Moraine%20Lake.jpg" → "Moraine Lake.jpg". */
function readable(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
