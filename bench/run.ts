/**
 * npm run bench: Chronoscope, vis-timeline and TimelineJS3 side by side in one run, in headless Chromium
 * (the browser the tests use), on the same seeded synthetic events at 1,000, 10,000 and 100,000.
 * Targets are interleaved (A B C A B C …) for BENCH_REPS repetitions (default 3) and medians reported:
 * first complete render, frame times during 40 wheel-zoom steps and a 20-step drag, JS heap after render,
 * and gzipped JavaScript loaded. Writes a table to stdout and bench/results.json. An empty page takes the
 * same measurements, as the floor: what the harness and machine cost before any timeline does anything.
 * Then the search (bench/search.ts) at SEARCH_SIZES (default 100,000): keys to results while typing, the
 * longest task meanwhile, and the index's build time and memory; BENCH_SEARCH=0 leaves it out. Then the
 * editor's "New history" (bench/editor-history.ts): 295 articles drafted in its worker, and 5,000 candidate
 * events edited, each with the longest main-thread task; BENCH_EDITOR=0 leaves it out.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { frameStats, median, timesBetter } from './stats';
import { startBenchServer, waitFor } from './server';
import { measureSearch, searchTable, type SearchFigures } from './search';
import { editorHistoryTable, measureEditorHistory } from './editor-history';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const SEED = 1;
const APP = 'http://127.0.0.1:4173';
const OTHERS = 'http://127.0.0.1:4174';
/** A target that has not drawn by then did not finish. */
const RENDER_CAP_MS = Number(process.env.BENCH_CAP_MS ?? 45_000);
/** Gestures that take longer than this in all did not finish either (each step waits for the page). */
const GESTURE_CAP_MS = Number(process.env.BENCH_GESTURE_CAP_MS ?? 45_000);
const root = join(import.meta.dirname, '..');

interface Target {
	name: string;
	url: (n: number) => string;
	/** True once the page has drawn its timeline of n events. */
	rendered: (n: number) => string;
	/** Where the gestures happen. */
	surface: string;
	/** Not a timeline: the floor every target stands on, shown in the table and left out of the ratios. */
	floor?: boolean;
}

/** Chronoscope drew its n events (the page first shows its bundled timeline, then the one given by src). */
const chronoscopeDrew = (n: number) => `document.querySelector('.timeline-view[data-ready][data-events="${n}"]') !== null`;
const drew = () => 'window.__rendered === true';

const ALL_TARGETS: Target[] = [
	{ name: 'chronoscope', url: (n) => `${APP}/synthetic/?n=${n}&seed=${SEED}`, rendered: chronoscopeDrew, surface: '.surface' },
	// A host's archive: the same events as a document on another origin, opened in the embed by src.
	{ name: 'chronoscope src (Chronoscope JSON)', url: (n) => `${APP}/embed/?src=${OTHERS}/data/chronoscope-${n}-${SEED}.json`, rendered: chronoscopeDrew, surface: '.surface' },
	// The same events as a history, each reported in one to three of 300 articles.
	{
		name: 'chronoscope src (history of 300 articles)',
		url: (n) => `${APP}/t/putin-taliban-allies/?src=${OTHERS}/data/history-${n}-${SEED}.json`,
		rendered: chronoscopeDrew,
		surface: '.surface'
	},
	{ name: 'chronoscope src (TimelineJS3 JSON)', url: (n) => `${APP}/embed/?src=${OTHERS}/data/tjs-${n}-${SEED}.json`, rendered: chronoscopeDrew, surface: '.surface' },
	{ name: 'vis-timeline', url: (n) => `${OTHERS}/vis.html?n=${n}&seed=${SEED}`, rendered: drew, surface: '#timeline .vis-center' },
	{ name: 'timelinejs', url: (n) => `${OTHERS}/tjs.html?n=${n}&seed=${SEED}`, rendered: drew, surface: '.tl-timenav' },
	{ name: 'empty page (floor)', url: () => `${OTHERS}/floor.html`, rendered: drew, surface: '#surface', floor: true }
];
const isChronoscope = (target: Target) => target.name.startsWith('chronoscope');
/** BENCH_TARGETS=src,floor measures a subset (while working on one); names match by their start ("src" for both src targets). */
const TARGETS = process.env.BENCH_TARGETS
	? ALL_TARGETS.filter(
			(t) => t.name === 'chronoscope' || process.env.BENCH_TARGETS!.split(',').some((name) => (t.floor ? 'floor' : t.name.replace(/^chronoscope /, '')).startsWith(name))
		)
	: ALL_TARGETS;
const COMPARED = TARGETS.filter((t) => !isChronoscope(t) && !t.floor);

interface Run {
	firstRenderMs: number;
	/**
	 * The longest main-thread task while the page loads its timeline, until drawn: from the start of loading
	 * a src (the page's chronoscope:load:start mark), or from navigation where the page has its data from
	 * the start; 0 when none reached the 50 ms a long task is.
	 */
	longestTaskMs: number;
	/** For a page given a src: the longest task before it started loading it (the page's own start); else NaN. */
	startTaskMs: number;
	meanFps: number;
	p95FrameMs: number;
	longestFrameMs: number;
	heapMB: number;
	jsKBgz: number;
}
type Outcome = Run | 'did not finish';

const FIGURES: { key: keyof Run; label: string; higherIsBetter?: boolean }[] = [
	{ key: 'firstRenderMs', label: 'first render (ms)' },
	{ key: 'longestTaskMs', label: 'longest task loading (ms)' },
	{ key: 'startTaskMs', label: 'longest task at page start (ms)' },
	{ key: 'meanFps', label: 'mean fps', higherIsBetter: true },
	{ key: 'p95FrameMs', label: 'p95 frame (ms)' },
	{ key: 'longestFrameMs', label: 'longest frame (ms)' },
	{ key: 'heapMB', label: 'JS heap (MB)' },
	{ key: 'jsKBgz', label: 'JS gzipped (KB)' }
];

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** A whole run (render, gestures, measurements) past this is abandoned as "did not finish". */
const RUN_CAP_MS = RENDER_CAP_MS + GESTURE_CAP_MS + 15_000;

/** One run in a browser of its own, so that a page that hangs its renderer can be abandoned. */
async function measureIsolated(target: Target, n: number): Promise<Outcome> {
	// A server, so that a browser whose renderer hangs can be killed rather than left burning a core under
	// the runs that follow.
	const server = await chromium.launchServer({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
	const browser = await chromium.connect(server.wsEndpoint());
	let timer: ReturnType<typeof setTimeout> | undefined;
	const cap = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve('did not finish'), RUN_CAP_MS)));
	try {
		return await Promise.race([measure(browser, target, n), cap]);
	} finally {
		clearTimeout(timer);
		// A hung renderer may keep close() waiting: do not wait for it, kill the process.
		void browser.close().catch(() => {});
		await server.kill();
	}
}

async function measure(browser: Browser, target: Target, n: number): Promise<Outcome> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const scripts: Promise<number>[] = [];
	let abandoned = false;
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			scripts.push(
				response.body().then(
					(body) => gzipSync(body, { level: 9 }).length,
					() => 0
				)
			);
	});
	try {
		const cdp = await context.newCDPSession(page);
		// Long tasks (50 ms or more) as the page's own observer reports them, from the first script on.
		await page.addInitScript(
			'window.__tasks = []; new PerformanceObserver((list) => { for (const task of list.getEntries()) window.__tasks.push([task.startTime, task.duration]); }).observe({ type: "longtask", buffered: true });'
		);
		await page.goto(target.url(n), { waitUntil: 'commit' });
		// Drawn: two frames after the page says so; performance.now() counts from navigation. Watched from
		// inside the page by a timer, through CDP: Playwright's waitForFunction first loads its own injected
		// script into the page, which takes the main thread in the middle of every target's start.
		let firstRenderMs: number;
		try {
			// Playwright's own timeout is not honoured while the renderer is hung in a script, so race a timer.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const cap = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('render cap')), RENDER_CAP_MS)));
			const drawn = cdp.send('Runtime.evaluate', {
				expression: `new Promise((resolve) => { const check = () => (${target.rendered(n)}) ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))) : setTimeout(check, 50); check(); })`,
				awaitPromise: true,
				returnByValue: true
			}) as Promise<{ result: { value?: unknown } }>;
			const { result } = await Promise.race([drawn, cap]).finally(() => clearTimeout(timer));
			if (typeof result.value !== 'number') throw new Error('no render time');
			firstRenderMs = result.value;
		} catch {
			// Its renderer may be hung: closing the context would wait for it, so the browser is abandoned instead.
			abandoned = true;
			return 'did not finish';
		}
		const tasks = (await page.evaluate('window.__tasks')) as [number, number][];
		const loadStart = (await page.evaluate('performance.getEntriesByName("chronoscope:load:start")[0]?.startTime ?? null')) as number | null;
		const longest = (from: number, to: number) => tasks.filter(([start]) => start >= from && start < to).reduce((most, [, duration]) => Math.max(most, duration), 0);
		const longestTaskMs = longest(loadStart ?? 0, firstRenderMs);
		const startTaskMs = loadStart === null ? Number.NaN : longest(0, loadStart);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
		const inline = await page.evaluate("[...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\\n')");
		const box = await page.locator(target.surface).first().boundingBox();
		if (!box) return 'did not finish';
		await page.evaluate(
			'window.__frames = []; (() => { let last = performance.now(); const loop = (t) => { window.__frames.push(t - last); last = t; window.__raf = requestAnimationFrame(loop); }; window.__raf = requestAnimationFrame(loop); })()'
		);
		const x = box.x + box.width * 0.6;
		const y = box.y + Math.min(box.height / 2, 150);
		const deadline = Date.now() + GESTURE_CAP_MS;
		await page.mouse.move(x, y);
		for (let i = 0; i < 40 && Date.now() < deadline; i++) {
			await page.mouse.wheel(0, -120);
			await page.waitForTimeout(16);
		}
		await page.mouse.down();
		for (let i = 1; i <= 20 && Date.now() < deadline; i++) {
			await page.mouse.move(x - i * 15, y);
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
		if (Date.now() >= deadline) {
			abandoned = true;
			return 'did not finish';
		}
		await page.waitForTimeout(100);
		const frames = (await page.evaluate('cancelAnimationFrame(window.__raf), window.__frames.slice(1)')) as number[];
		const bytes = (await Promise.all(scripts)).reduce((sum, b) => sum + b, 0) + gzipSync(Buffer.from(String(inline)), { level: 9 }).length;
		return { firstRenderMs, longestTaskMs, startTaskMs, ...frameStats(frames), heapMB: heap.usedSize / 1024 / 1024, jsKBgz: bytes / 1024 };
	} finally {
		if (!abandoned) await context.close();
	}
}

function format(value: number | undefined, key: keyof Run): string {
	if (value === undefined || !Number.isFinite(value)) return '—';
	if ((key === 'longestTaskMs' || key === 'startTaskMs') && value < 50) return '< 50';
	return key === 'meanFps' || key === 'heapMB' || key === 'jsKBgz' ? value.toFixed(1) : value.toFixed(key === 'firstRenderMs' ? 0 : 1);
}

async function main() {
	const started = Date.now();
	console.log('Building Chronoscope…');
	execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	const preview: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts', '--port', '4173'], { cwd: root, stdio: 'ignore', detached: true });
	const server = await startBenchServer(4174);
	const results: Record<string, Record<number, Outcome[]>> = Object.fromEntries(TARGETS.map((t) => [t.name, {}]));
	const search: SearchFigures[] = [];
	let editor: Awaited<ReturnType<typeof measureEditorHistory>> | undefined;
	try {
		await waitFor(`${APP}/`, 30_000);
		for (const n of SIZES) {
			for (let rep = 0; rep < REPS; rep++) {
				for (const target of TARGETS) {
					// The floor does not depend on the number of events: measured at the first size only.
					if (target.floor && n !== SIZES[0]) continue;
					const runs = (results[target.name]![n] ??= []);
					// A target that did not finish at this size (or a smaller one) is not made to fail again.
					const gaveUp = Object.entries(results[target.name]!).some(([size, outcomes]) => Number(size) <= n && outcomes.includes('did not finish'));
					if (gaveUp) {
						runs.push('did not finish');
						continue;
					}
					const runStarted = Date.now();
					const outcome = await measureIsolated(target, n);
					runs.push(outcome);
					const took = `(${((Date.now() - runStarted) / 1000).toFixed(0)} s)`;
					console.log(
						`  ${target.name} n=${n} rep ${rep + 1}: ${outcome === 'did not finish' ? outcome : `render ${outcome.firstRenderMs.toFixed(0)} ms, longest task ${outcome.longestTaskMs.toFixed(0)} ms (at start ${outcome.startTaskMs.toFixed(0)} ms), p95 ${outcome.p95FrameMs.toFixed(1)} ms, longest ${outcome.longestFrameMs.toFixed(1)} ms`} ${took}`
					);
				}
			}
		}
		if (process.env.BENCH_SEARCH !== '0') {
			for (const n of (process.env.SEARCH_SIZES ?? '100000').split(',').map(Number)) {
				for (const figures of await measureSearch(APP, OTHERS, n)) {
					search.push(figures);
					console.log(
						`  search n=${n} (${figures.page}): key to results ${figures.medianKeyToResultsMs.toFixed(1)} ms (median), longest task typing ${figures.longestTaskTypingMs.toFixed(0)} ms`
					);
				}
			}
		}
		if (process.env.BENCH_EDITOR !== '0') {
			editor = await measureEditorHistory(APP, Number(process.env.EDITOR_REPS ?? 3));
			for (const d of editor.drafts)
				console.log(`  editor: 295 articles drafted in ${d.draftedMs.toFixed(0)} ms, shown in ${d.shownMs.toFixed(0)} ms, longest task ${d.longestTaskMs.toFixed(0)} ms`);
		}
	} finally {
		server.close();
		if (preview.pid) process.kill(-preview.pid);
	}

	const medians: Record<string, Record<number, Partial<Run> | 'did not finish'>> = {};
	for (const [name, bySize] of Object.entries(results)) {
		medians[name] = {};
		for (const [size, outcomes] of Object.entries(bySize)) {
			const done = outcomes.filter((o): o is Run => o !== 'did not finish');
			medians[name]![Number(size)] = done.length === 0 ? 'did not finish' : Object.fromEntries(FIGURES.map(({ key }) => [key, median(done.map((run) => run[key]))]));
		}
	}
	const ratios: Record<string, Record<number, Record<string, number>>> = {};
	for (const other of COMPARED) {
		ratios[other.name] = {};
		for (const n of SIZES) {
			const ours = medians.chronoscope![n];
			const theirs = medians[other.name]![n];
			if (!ours || ours === 'did not finish' || !theirs || theirs === 'did not finish') continue;
			ratios[other.name]![n] = Object.fromEntries(FIGURES.map(({ key, higherIsBetter }) => [key, timesBetter(ours[key]!, theirs[key]!, higherIsBetter)]));
		}
	}

	const lines = [`| events | target | ${FIGURES.map((f) => f.label).join(' | ')} |`, `|---|---|${FIGURES.map(() => '---').join('|')}|`];
	for (const n of SIZES) {
		for (const target of TARGETS) {
			const m = medians[target.name]![n];
			if (m === undefined) continue;
			lines.push(
				`| ${n.toLocaleString('en-GB')} | ${target.name} | ${FIGURES.map(({ key }) => (m === 'did not finish' ? 'did not finish' : format(m?.[key], key))).join(' | ')} |`
			);
		}
	}
	lines.push(
		'',
		`Times better (Chronoscope vs other, >1 means Chronoscope is better):`,
		'',
		`| events | vs | ${FIGURES.map((f) => f.label).join(' | ')} |`,
		`|---|---|${FIGURES.map(() => '---').join('|')}|`
	);
	for (const n of SIZES) {
		for (const other of COMPARED) {
			const r = ratios[other.name]![n];
			lines.push(
				`| ${n.toLocaleString('en-GB')} | ${other.name} | ${FIGURES.map(({ key }) => (r ? `${Number.isFinite(r[key]) ? r[key]!.toFixed(1) : '—'}×` : 'n/a')).join(' | ')} |`
			);
		}
	}
	const chromiumVersion = (() => {
		try {
			return execSync(`${executablePath ?? 'chromium'} --version`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		} catch {
			return 'unknown';
		}
	})();
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}, ${chromiumVersion}, headless, --disable-gpu`;
	if (search.length) lines.push('', "Search (bench/search.ts): typed queries at a typist's pace, each key to its answer shown.", '', searchTable(search));
	if (editor) lines.push('', 'The editor\'s "New history" (bench/editor-history.ts).', '', editorHistoryTable(editor));
	lines.push('', `Machine: ${machine}. ${REPS} repetitions, interleaved; medians. Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
	console.log(`\n${lines.join('\n')}`);
	writeFileSync(
		join(import.meta.dirname, 'results.json'),
		JSON.stringify({ date: new Date().toISOString(), machine, reps: REPS, sizes: SIZES, runs: results, medians, ratios, search, editor }, null, '\t')
	);
}

await main();
// Abandoned browsers (a target that hung) must not keep the process alive.
process.exit(0);
