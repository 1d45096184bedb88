/**
 * `/` is the shelf of timelines; it once opened the first timeline's view, and links to that view (with its
 * parameters) must keep working. The site is prerendered, so no server can redirect them: a small script does, before the shelf is drawn, replacing the history entry. (The shelf's own script does the
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
 * The source of the script (served as /root-redirect.js, loaded by the shelf's page in its head, before the
 * shelf is drawn) that sends a link to the view on to the path its <script> element names in
 * `data-target` (the view's path, absolute or relative to `/`), with the same query and hash. A file
 * rather than inline: the Content-Security-Policy runs no inline script but SvelteKit's own. Self-contained:
 * it runs before any of the app's code has loaded.
 */
export function redirectScriptSource(): string {
	return `(function(){var s=document.currentScript,t=s&&s.getAttribute('data-target'),p=new URLSearchParams(location.search);if(t&&${JSON.stringify(VIEW_PARAMS)}.some(function(n){return p.has(n)}))location.replace(t+location.search+location.hash)})()\n`;
}
