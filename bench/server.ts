/** Serves the comparison pages, their libraries and the generated data on 127.0.0.1. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { syntheticDocument } from '../src/lib/model/document/synthetic';
import { syntheticHistoryDocument } from '../src/lib/model/document/synthetic-history';
import { benchEvents, timelineJsDocument, visItems } from './formats';

const root = join(import.meta.dirname, '..');
const STATIC: Record<string, string> = {
	'/lib/vis/': join(root, 'node_modules/vis-timeline/styles/'),
	'/lib/tjs/': join(root, 'node_modules/@knight-lab/timelinejs/dist/')
};
const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** The same synthetic events in a target's format; a history's are reported by 300 articles. */
function documentFor(format: string, count: number, seed: number): unknown {
	if (format === 'chronoscope') return syntheticDocument(count, seed);
	if (format === 'history') return syntheticHistoryDocument(count, HISTORY_ARTICLES, seed);
	const events = benchEvents(count, seed);
	return format === 'vis' ? visItems(events) : timelineJsDocument(events);
}

/** As many articles as the history the issue asks to stay fluid at. */
const HISTORY_ARTICLES = 300;

export function startBenchServer(port: number): Promise<Server> {
	const cache = new Map<string, string>();
	const server = createServer(async (request, response) => {
		const path = new URL(request.url ?? '/', 'http://x').pathname;
		try {
			const data = /^\/data\/(vis|tjs|chronoscope|history)-(\d+)-(\d+)\.json$/.exec(path);
			if (data) {
				let body = cache.get(path);
				if (!body) {
					const [count, seed] = [Number(data[2]), Number(data[3])];
					body = JSON.stringify(documentFor(data[1]!, count, seed));
					cache.set(path, body);
				}
				// Read by Chronoscope's page from another origin, as a host's archive would be.
				response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(body);
				return;
			}
			let file: string | undefined;
			if (path === '/vis.html' || path === '/tjs.html' || path === '/floor.html') file = join(import.meta.dirname, 'pages', path);
			else if (path === '/lib/vis/vis-timeline-graph2d.min.js') file = join(root, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
			else if (path === '/lib/vis/vis-timeline-graph2d.min.css') file = join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css');
			else {
				const prefix = Object.keys(STATIC).find((p) => path.startsWith(p));
				if (prefix) file = normalize(join(STATIC[prefix] as string, path.slice(prefix.length)));
				if (file && prefix && !file.startsWith(STATIC[prefix] as string)) file = undefined;
			}
			if (!file) throw new Error('not found');
			const body = await readFile(file);
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
		} catch {
			response.writeHead(404).end('not found');
		}
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Resolves once `url` answers with a success, polling; throws after `ms`. */
export async function waitFor(url: string, ms: number) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${url} did not start`);
}
