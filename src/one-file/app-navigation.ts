/**
 * `$app/navigation` in the one-file page (vite.standalone.config.ts): the view's URL is written to the
 * history as SvelteKit's shallow routing writes it, with no router behind it. A browser may refuse an
 * entry for a file:// page; the viewport goes on without it, as it does in a sandboxed iframe.
 */
export function pushState(url: string | URL, state: App.PageState): void {
	history.pushState(state, '', url);
}

export function replaceState(url: string | URL, state: App.PageState): void {
	history.replaceState(state, '', url);
}
