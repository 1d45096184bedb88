/**
 * Serves a built site as a static host does: the files of one folder under one base path, a folder's
 * index.html, a redirect from a folder named without its slash, and 404 for anything else. With the
 * headers of the folder's `_headers` file (as Netlify and Cloudflare Pages send them), unless
 * `--no-headers` (as GitHub Pages, which reads no `_headers`, serves a project site).
 *
 *     tsx scripts/serve.ts [--dir build] [--base /sub] [--port 4173] [--no-headers]
 *
 * `npm start` and the end-to-end tests use it, so that what they are served is what a host would send.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'build' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '' },
		port: { type: 'string', default: '4173' },
		host: { type: 'string', default: '127.0.0.1' },
		'no-headers': { type: 'boolean', default: false }
	}
});
const root = resolve(values.dir);
const base = values.base.replace(/\/$/, '');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2'
};

async function fileAt(path: string) {
	try {
		return await stat(path);
	} catch {
		return undefined;
	}
}

async function headerRules(): Promise<HeaderRule[]> {
	if (values['no-headers']) return [];
	try {
		return parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			console.error(`${values.dir}/_headers: not found (build the site with npm run build); serving without its headers`);
			return [];
		}
		throw error;
	}
}

/**
 * The rules of the build being served. A rebuild under a running server writes new script hashes into
 * `_headers`: the file is read again whenever it has changed, so the pages' scripts are never blocked by
 * the last build's Content-Security-Policy.
 */
let rules: HeaderRule[] = [];
let rulesOf: number | undefined;
async function currentRules(): Promise<HeaderRule[]> {
	const changed = (await fileAt(join(root, '_headers')))?.mtimeMs ?? 0;
	if (changed !== rulesOf) {
		if (rulesOf !== undefined) console.log(`${values.dir}/_headers changed (the site was built again): serving its new headers`);
		rulesOf = changed;
		rules = await headerRules();
	}
	return rules;
}
await currentRules();

createServer(async (request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const notFound = () => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
	if (request.method !== 'GET' && request.method !== 'HEAD') return response.writeHead(405).end();
	if (base !== '' && url.pathname === base) return response.writeHead(301, { location: `${base}/${url.search}` }).end();
	if (!url.pathname.startsWith(`${base}/`)) return notFound();
	let path: string;
	try {
		path = join(root, decodeURIComponent(url.pathname.slice(base.length)));
	} catch {
		return notFound();
	}
	// The rules file is for the host, not its readers.
	if ((path !== root && !path.startsWith(root + sep)) || path === join(root, '_headers')) return notFound();
	let file = await fileAt(path);
	if (file?.isDirectory()) {
		if (!url.pathname.endsWith('/')) return response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		path = join(path, 'index.html');
		file = await fileAt(path);
	}
	if (!file?.isFile()) return notFound();
	response.writeHead(200, {
		...headersFor(await currentRules(), url.pathname),
		'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
		'content-length': file.size,
		'cache-control': 'no-cache'
	});
	if (request.method === 'HEAD') return response.end();
	createReadStream(path).pipe(response);
}).listen(Number(values.port), values.host, () => console.log(`Serving ${values.dir} at http://${values.host}:${values.port}${base}/`));
