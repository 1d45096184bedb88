/**
 * adapter-static, then the site's `_headers` (read by Netlify and Cloudflare Pages, and by `npm start`'s
 * server, scripts/serve.ts).
 *
 * Every prerendered page carries its Content-Security-Policy in a <meta> tag: SvelteKit writes it with the
 * hash of the page's own inline bootstrap script, which differs from page to page (it holds the page's
 * data). A header must say the same, since a page obeys every policy it is given: one header for the whole
 * site without those hashes would refuse the bootstrap. So each page gets a rule of its own, with its
 * <meta> policy plus what a <meta> tag cannot carry (`frame-ancestors`); every file gets the CORS header.
 * Written in JavaScript because svelte.config.js, which runs under plain Node, imports it.
 */
import staticAdapter from '@sveltejs/adapter-static';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Headers for every file: any site may frame the views, and an embed in a sandboxed iframe (whose origin is opaque) must be able to read the scripts. */
export const EVERY_FILE_HEADERS = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' };

/** What the header adds to a page's <meta> policy: the directives a <meta> tag may not hold. */
export const HEADER_ONLY_DIRECTIVES = 'frame-ancestors *';

/**
 * The policy of the workers that read and check documents (a worker obeys the policy sent with its own
 * script, not its page's): nothing but the site's scripts, and reading documents from any http(s) server.
 * A worker started from a blob: copy, in a sandboxed iframe, obeys its page's policy instead.
 */
export const WORKER_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self' https: http:";

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** @type {Record<string, string>} */
const ENTITIES = { quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" };

/** @param {string} text */
function unescapeAttribute(text) {
	return text.replace(/&(quot|amp|lt|gt|#39);/g, (_, /** @type {string} */ name) => ENTITIES[name] ?? '');
}

/**
 * The policy a built page states in its <meta> tag, or undefined if it has none.
 * @param {string} html
 */
export function metaPolicyOf(html) {
	const match = META_POLICY.exec(html);
	return match?.[1] === undefined ? undefined : unescapeAttribute(match[1]);
}

/**
 * The addresses a page file is served at: `t/x/index.html` at `/t/x/` and `/t/x/index.html`.
 * @param {string} file path relative to the site's folder, with `/`
 * @param {string} base the base path ('' or '/sub')
 */
export function addressesOf(file, base) {
	const path = `${base}/${file}`;
	if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
	return [path.slice(0, -'.html'.length), path];
}

/** @param {string} folder */
async function htmlFiles(folder) {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * The `_headers` file for a built site.
 * @param {string} folder
 * @param {string} base
 */
export async function siteHeaders(folder, base) {
	const lines = ['# Written by the build (scripts/site-adapter.js): every file with CORS, the workers and each page with a policy of their own.', '/*'];
	for (const [name, value] of Object.entries(EVERY_FILE_HEADERS)) lines.push(`  ${name}: ${value}`);
	lines.push(`${base}/_app/immutable/workers/*`, `  Content-Security-Policy: ${WORKER_POLICY}`);
	for (const file of await htmlFiles(folder)) {
		const policy = metaPolicyOf(await readFile(join(folder, file), 'utf8'));
		if (policy === undefined) throw new Error(`${file} has no Content-Security-Policy <meta> tag (is kit.csp set in svelte.config.js?)`);
		for (const address of addressesOf(file, base)) lines.push(address, `  Content-Security-Policy: ${policy}; ${HEADER_ONLY_DIRECTIVES}`);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * @param {{ pages: string, base: string } & Parameters<typeof staticAdapter>[0]} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function siteAdapter({ base, ...options }) {
	const adapter = staticAdapter(options);
	return {
		...adapter,
		name: 'chronoscope-site',
		async adapt(builder) {
			await adapter.adapt(builder);
			await writeFile(join(options.pages, '_headers'), await siteHeaders(options.pages, base));
			builder.log.minor(`Wrote ${options.pages}/_headers`);
		}
	};
}
