// Generated in the browser from its URL (?n=, ?seed=), so there is nothing to prerender but the shell.
export const ssr = false;
