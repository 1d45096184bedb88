import { redirectScriptSource } from '$lib/model/site/root-redirect';

export const prerender = true;

/** The script the shelf's page loads to send links to the view `/` once opened on to that view. */
export function GET() {
	return new Response(redirectScriptSource(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
