/**
 * `$app/paths` in the one-file page (vite.standalone.config.ts). The page has no site of its own: the
 * site's addresses (the shelf its header links to) name the site that wrote the file, as the page's data
 * records it (`setSite`), so that nothing depends on where the file is opened from.
 */
let site = 'https://chronoscope.invalid/';

/** The site's root, an http(s) URL ending in `/`. */
export function setSite(root: string): void {
	site = root.endsWith('/') ? root : `${root}/`;
}

/** The address of a path on the site that wrote the page (`/` is its shelf). */
export function resolve(path: string): string {
	return new URL(path.replace(/^\//, ''), site).href;
}

export const asset = resolve;
export const base = '';
export const assets = '';
