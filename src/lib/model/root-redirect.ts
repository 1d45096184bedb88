/**
 * `/` is the shelf of timelines; it once opened the first timeline's view, and links to that view (with its
 * parameters) must keep working. The site is prerendered, so no server can redirect them: a small inline
 * script does, before the shelf is drawn, replacing the history entry. (The shelf's own script does the
 * same for a navigation within the app.)
 */

/** The parameters the view at `/` used to read: any of them means the link is to that view. */
export const VIEW_PARAMS = ['event', 'from', 'to', 'lanes', 'context', 'src', 'theme'] as const;

/** Whether a query string (`?event=…`) names a view. */
export function namesView(search: string): boolean {
	const params = new URLSearchParams(search);
	return VIEW_PARAMS.some((name) => params.has(name));
}

/**
 * The inline script, as a <script> element for the page's head, that sends a link to the view on to
 * `target` (the view's path, absolute or relative to `/`) with the same query and hash. Self-contained: it
 * runs before any of the app's code has loaded.
 */
export function redirectScript(target: string): string {
	const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
	return `<script>(function(){var p=new URLSearchParams(location.search);if(${json(VIEW_PARAMS)}.some(function(n){return p.has(n)}))location.replace(${json(target)}+location.search+location.hash)})()</script>`;
}
