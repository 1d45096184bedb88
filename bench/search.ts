/**
 * The search at scale (issue 29): in Node, the index of n synthetic events, its build time and memory;
 * in headless Chromium, queries typed into /synthetic/?n= one key at a time at a typist's pace, timing
 * each key to the first answer shown for it or a later key (the count in the live region, then a frame),
 * the longest main-thread task while typing and in the pause after each query (when the URL and the list
 * follow); the same in the embed and the full view given the events by src. `npm run
 * bench` runs it after the comparison; `npm run bench:search` runs it alone (SEARCH_SIZES, default 100000).
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { syntheticTimeline } from '../src/lib/model/document/synthetic';
import { buildSearchIndex, type SearchRecord } from '../src/lib/model/search/search-index';
import { searchLabels, searchRecord } from '../src/lib/model/search/search-record';
import { parseQuery } from '../src/lib/model/search/query';
import { startBenchServer, waitFor } from './server';
import { median } from './stats';

/** Typed as a reader types them: words, a prefix, a phrase, words with a lane's name. */
export const TYPED_QUERIES = ['council signs treaty', 'ceasefire', '"trade deal"', 'north census', 'embassy rejects ban'];
/** Between two keys: a quick typist's pace. */
const KEY_DELAY_MS = 120;
/** The pause after a query: longer than the search takes to settle (SETTLE_MS in search-state.svelte.ts) and the list to follow. */
const SETTLE_WAIT_MS = 1500;

export interface SearchFigures {
	events: number;
	/** Where the events came from: the synthetic page, a document loaded by src into the embed, or into the full view (with its list of events). */
	page: 'synthetic' | 'embed src' | 'full view src';
	/** Node: building the index from records already made. */
	nodeBuildMs: number;
	/** Node: the memory the built index holds, its heap (measured with --expose-gc, else NaN) and its typed arrays; and the bytes its arrays and words take by count. */
	nodeIndexMB: number;
	indexArraysMB: number;
	words: number;
	postings: number;
	/** Node: the median time to answer one key's query, the index built. */
	nodeQueryMs: number;
	/** Browser: from the field's first focus to the index built in the worker (the page sends the records meanwhile). */
	browserBuildMs: number;
	/** Browser: each key to its answer shown, median and longest over every key of every typed query. */
	medianKeyToResultsMs: number;
	longestKeyToResultsMs: number;
	/** How many keys were timed. */
	keys: number;
	/** Browser: the longest main-thread task while typing (0 when none reached the 50 ms a long task is). */
	longestTaskTypingMs: number;
	/** Browser: the longest main-thread task while the index was built (records sent from the page). */
	longestTaskBuildingMs: number;
	/** Browser: the longest main-thread task in the pause after each query, when the URL and the list of events follow it. */
	longestTaskSettlingMs: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** The heap in use after a collection. */
const heapMB = () => {
	gc?.();
	return process.memoryUsage().heapUsed / 1024 / 1024;
};

export function measureIndexInNode(n: number): Pick<SearchFigures, 'nodeBuildMs' | 'nodeIndexMB' | 'indexArraysMB' | 'words' | 'postings' | 'nodeQueryMs'> {
	const timeline = syntheticTimeline(n, 1);
	const texts = timeline.articles.map((article) => article.text);
	const records: SearchRecord[] = timeline.events.map((event) => searchRecord(event, texts));
	const before = heapMB();
	const started = performance.now();
	const index = buildSearchIndex(searchLabels(timeline), records);
	const nodeBuildMs = performance.now() - started;
	// The records are still held, as they were before: the heap's growth is the index's objects (its words);
	// its typed arrays live outside the heap, and are counted by their lengths (the process's count of
	// array buffers moves with whatever else the bench holds, its browser connections included).
	const nodeIndexMB = gc ? heapMB() - before + index.size.arrayBytes / 1024 / 1024 : Number.NaN;
	records.length = 0;
	const times: number[] = [];
	for (const query of TYPED_QUERIES) {
		for (let end = 1; end <= query.length; end++) {
			const at = performance.now();
			const parsed = parseQuery(query.slice(0, end));
			index.search(parsed.kind === 'terms' ? parsed.terms : []);
			times.push(performance.now() - at);
		}
	}
	const { words, postings, bytes } = index.size;
	return { nodeBuildMs, nodeIndexMB, indexArraysMB: bytes / 1024 / 1024, words, postings, nodeQueryMs: median(times) };
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** In-page: each key's time, each answer shown (its text, after a frame), and long tasks, kept on window.__search. */
const WATCH = `(() => {
	const watch = { keys: [], shown: [], tasks: [] };
	window.__search = watch;
	new PerformanceObserver((list) => { for (const task of list.getEntries()) watch.tasks.push([task.startTime, task.duration]); }).observe({ type: 'longtask', buffered: true });
	document.addEventListener('keydown', (event) => { if (event.target.id === 'timeline-search') watch.keys.push(performance.now()); }, true);
	const status = document.getElementById('timeline-search-status');
	new MutationObserver(() => {
		const text = status.dataset.answered;
		if (text === undefined || !status.textContent.includes(' of ')) return;
		requestAnimationFrame(() => watch.shown.push([text, performance.now()]));
	}).observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
})()`;

/**
 * Polls an expression in the page. Not waitForFunction: it evaluates its predicate in a way the site's
 * Content-Security-Policy refuses (no 'unsafe-eval'); page.evaluate goes through the debugging protocol.
 */
async function until(page: Page, expression: string, timeout: number) {
	const end = Date.now() + timeout;
	while (!(await page.evaluate(expression))) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

export async function measureSearchInBrowser(
	url: string,
	n: number
): Promise<
	Pick<SearchFigures, 'browserBuildMs' | 'medianKeyToResultsMs' | 'longestKeyToResultsMs' | 'keys' | 'longestTaskTypingMs' | 'longestTaskBuildingMs' | 'longestTaskSettlingMs'>
> {
	const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(url);
		await page.locator(`.timeline-view[data-ready][data-events="${n}"]`).waitFor({ timeout: 120_000 });
		await page.waitForTimeout(500);
		await page.evaluate(WATCH);
		const field = page.locator('#timeline-search');
		const focused = (await page.evaluate('performance.now()')) as number;
		await field.focus();
		await until(page, 'performance.getEntriesByName("chronoscope:search:built").length > 0', 120_000);
		const built = (await page.evaluate('performance.getEntriesByName("chronoscope:search:built")[0].startTime')) as number;
		const latencies: number[] = [];
		/** Each query's typing, from its first key to its last answer shown. */
		const typing: [number, number][] = [];
		/** The pauses after each query, [from, to]. */
		const pauses: [number, number][] = [];
		for (const query of TYPED_QUERIES) {
			await field.fill('');
			await page.evaluate('window.__search.keys = []; window.__search.shown = []');
			await field.pressSequentially(query, { delay: KEY_DELAY_MS });
			await until(page, `window.__search.shown.some(([text]) => text === ${JSON.stringify(query)})`, 30_000);
			// The pause: the search settles into the URL, and the list follows it.
			const pauseFrom = (await page.evaluate('performance.now()')) as number;
			await page.waitForTimeout(SETTLE_WAIT_MS);
			pauses.push([pauseFrom, (await page.evaluate('performance.now()')) as number]);
			const { keys, shown } = (await page.evaluate('window.__search')) as { keys: number[]; shown: [string, number][] };
			typing.push([keys[0]!, shown[shown.length - 1]![1]]);
			// Key k typed query.slice(0, k + 1); it is answered by the first answer shown for that text or a longer one.
			keys.forEach((at, k) => {
				const answer = shown.find(([text, time]) => time >= at && text.length >= k + 1 && query.startsWith(text));
				if (answer) latencies.push(answer[1] - at);
			});
		}
		const tasks = (await page.evaluate('window.__search.tasks')) as [number, number][];
		const longest = (from: number, to: number) =>
			tasks.filter(([start, duration]) => start + duration >= from && start < to).reduce((most, [, duration]) => Math.max(most, duration), 0);
		return {
			browserBuildMs: built - focused,
			medianKeyToResultsMs: median(latencies),
			longestKeyToResultsMs: Math.max(...latencies),
			keys: latencies.length,
			longestTaskTypingMs: Math.max(0, ...typing.map(([from, to]) => longest(from, to))),
			longestTaskBuildingMs: longest(focused, built),
			longestTaskSettlingMs: Math.max(0, ...pauses.map(([from, to]) => longest(from, to)))
		};
	} finally {
		await browser.close();
	}
}

/**
 * The search at n events, on the synthetic page (records made on the page) and in the embed given the same
 * events by src from `others` (the loading worker's batches sent on unparsed).
 */
export async function measureSearch(app: string, others: string, n: number): Promise<SearchFigures[]> {
	const node = measureIndexInNode(n);
	const document = `${others}/data/chronoscope-${n}-1.json`;
	const synthetic = await measureSearchInBrowser(`${app}/synthetic/?n=${n}&seed=1`, n);
	const embed = await measureSearchInBrowser(`${app}/embed/?src=${document}`, n);
	const full = await measureSearchInBrowser(`${app}/t/putin-taliban-allies/?src=${document}`, n);
	return [
		{ events: n, page: 'synthetic', ...node, ...synthetic },
		{ events: n, page: 'embed src', ...node, ...embed },
		{ events: n, page: 'full view src', ...node, ...full }
	];
}

export function searchTable(results: SearchFigures[]): string {
	const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
	const task = (value: number) => (value < 50 ? '< 50' : value.toFixed(0));
	const lines = [
		'| events | page | keys timed | key to results, median (ms) | longest (ms) | longest task typing (ms) | longest task in the pause (ms) | index build in page (ms) | longest task building (ms) | build in Node (ms) | index memory (MB) | index arrays (MB) | words | postings | query in Node, median (ms) |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|'
	];
	for (const r of results)
		lines.push(
			`| ${r.events.toLocaleString('en-GB')} | ${r.page} | ${r.keys} | ${ms(r.medianKeyToResultsMs)} | ${ms(r.longestKeyToResultsMs)} | ${task(r.longestTaskTypingMs)} | ${task(r.longestTaskSettlingMs)} | ${ms(r.browserBuildMs)} | ${task(r.longestTaskBuildingMs)} | ${ms(r.nodeBuildMs)} | ${ms(r.nodeIndexMB)} | ${ms(r.indexArraysMB)} | ${r.words.toLocaleString('en-GB')} | ${r.postings.toLocaleString('en-GB')} | ${ms(r.nodeQueryMs)} |`
		);
	return lines.join('\n');
}

/** Run alone: builds the site, serves it on SEARCH_PORT (default 4175) and measures each size. */
async function main() {
	const root = join(import.meta.dirname, '..');
	const port = Number(process.env.SEARCH_PORT ?? 4175);
	const sizes = (process.env.SEARCH_SIZES ?? '100000').split(',').map(Number);
	console.log('Building Chronoscope…');
	execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	const preview: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts', '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true });
	const others = await startBenchServer(port + 1);
	try {
		await waitFor(`http://127.0.0.1:${port}/`, 30_000);
		const results: SearchFigures[] = [];
		for (const n of sizes) results.push(...(await measureSearch(`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, n)));
		console.log(`\n${searchTable(results)}`);
	} finally {
		others.close();
		if (preview.pid) process.kill(-preview.pid);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await main();
	process.exit(0);
}
