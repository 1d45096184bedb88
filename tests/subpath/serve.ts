/**
 * A plain static server for the sub-path tests, as GitHub Pages serves a project site: the files of one
 * folder under one path (`/sub/…`), a folder's index.html, a redirect from a folder named without its
 * slash, and 404 for everything else, outside the path above all. No headers of the site's own (GitHub
 * Pages reads no `_headers`), no fallback page.
 *
 *     tsx tests/subpath/serve.ts <folder> <base path> <port>
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const [folder = 'build-subpath', base = '/sub', port = '4281'] = process.argv.slice(2);
const root = resolve(folder);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

async function fileAt(path: string) {
	try {
		return await stat(path);
	} catch {
		return undefined;
	}
}

createServer(async (request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const notFound = () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	if (request.method !== 'GET' && request.method !== 'HEAD') return response.writeHead(405).end();
	if (url.pathname === base) return response.writeHead(301, { location: `${base}/${url.search}` }).end();
	if (!url.pathname.startsWith(`${base}/`)) return notFound();
	let path: string;
	try {
		path = join(root, decodeURIComponent(url.pathname.slice(base.length)));
	} catch {
		return notFound();
	}
	if (path !== root && !path.startsWith(root + sep)) return notFound();
	let file = await fileAt(path);
	if (file?.isDirectory()) {
		if (!url.pathname.endsWith('/')) return response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		path = join(path, 'index.html');
		file = await fileAt(path);
	}
	if (!file?.isFile()) return notFound();
	response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': file.size, 'cache-control': 'no-store' });
	if (request.method === 'HEAD') return response.end();
	createReadStream(path).pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${folder} at http://127.0.0.1:${port}${base}/`));
