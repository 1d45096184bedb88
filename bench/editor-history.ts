/**
 * The editor's "New history" at scale (issue 28): in headless Chromium, the 295 Wikinews articles of
 * bench/history/corpus.jsonl (1.4 MB) opened as one JSON Lines file and drafted in the editor's worker,
 * timing the draft (from the click to the top events shown, to the history received from the worker, and
 * to the editor showing it) and the longest main-thread task meanwhile; then the editor given the same
 * articles with 5,000 candidate events (the drafted ones, and copies of them made candidates), timing
 * each thing an editor does (open it, filter, accept, type a title, show more, merge, split, undo) to the
 * page showing it, with the longest main-thread task of each. Figures are measured, not asserted.
 * `npm run bench` runs it after the search; `npm run bench:editor` runs it alone (EDITOR_REPS drafts, default 3).
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { readArticles } from '../src/lib/model/history/articles';
import { addedArticleOf, draftHistoryState } from '../src/lib/model/editor/new-history';
import { CURRENT_KEY, saveWork } from '../src/lib/model/editor/persist';
import { PartWriter } from '../src/lib/model/editor/saved-parts';
import type { EditorEvent, HistoryState } from '../src/lib/model/editor/state';
import { waitFor } from './server';
import { median } from './stats';

const CORPUS = join(import.meta.dirname, 'history', 'corpus.jsonl');
/** How many candidate events the editor is given for the second measure. */
export const CANDIDATES = 5_000;
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** After a change shows, the tasks it leaves behind (saving, the preview) are waited for this long. */
const TRAILING_MS = 600;

export interface DraftFigures {
	articles: number;
	megabytes: number;
	/** From the click on Draft: the top events shown, the whole history received from the worker, the editor showing it. */
	topMs: number;
	draftedMs: number;
	shownMs: number;
	/** The longest main-thread task from the click until the editor showed the history and settled (0: none of 50 ms or more). */
	longestTaskMs: number;
	/** Opening the JSON Lines file (read in the opening worker): to the articles listed, and its longest task. */
	openMs: number;
	longestTaskOpeningMs: number;
}

export interface StepFigures {
	step: string;
	/** From the action to the page showing its result. */
	ms: number;
	longestTaskMs: number;
}

/** In-page: the long tasks, kept on window.__tasks. */
const WATCH = `(() => {
	window.__tasks = [];
	new PerformanceObserver((list) => { for (const task of list.getEntries()) window.__tasks.push([task.startTime, task.duration]); }).observe({ type: 'longtask', buffered: true });
})()`;

const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;
/** The next two frames painted: what was changed is on the screen. */
const painted = (page: Page) => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))') as Promise<number>;

async function longestTask(page: Page, from: number, to: number): Promise<number> {
	const tasks = (await page.evaluate('window.__tasks')) as [number, number][];
	return tasks.filter(([start, duration]) => start + duration >= from && start < to).reduce((most, [, duration]) => Math.max(most, duration), 0);
}

/** The time of a performance mark of the page, or NaN. */
async function markAt(page: Page, name: string): Promise<number> {
	return (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}).at(-1)?.startTime ?? NaN`)) as number;
}

async function draftOnce(context: BrowserContext, app: string): Promise<DraftFigures> {
	const page = await context.newPage();
	try {
		await page.goto(`${app}/edit/`);
		await page.evaluate(WATCH);
		await page.getByRole('button', { name: 'New history' }).click();
		await page.getByLabel('Title of the history').fill('Wikinews in 2019 and 2020');
		await page.getByLabel('Publisher of the articles that name none').fill('Wikinews');
		const opening = await now(page);
		await page.getByLabel('Open articles from files').setInputFiles(CORPUS);
		await page.getByRole('heading', { name: /^Articles \(295\)$/ }).waitFor({ timeout: 60_000 });
		const opened = await painted(page);
		await page.waitForTimeout(TRAILING_MS);
		const longestTaskOpeningMs = await longestTask(page, opening, await now(page));
		const articles = (await page.getByRole('heading', { name: /^Articles/ }).textContent())?.match(/\d+/)?.[0];

		const clicked = await now(page);
		await page.getByRole('button', { name: /^Draft the history of/ }).click();
		await page.getByRole('heading', { name: 'Events', exact: true }).waitFor({ timeout: 120_000 });
		const shown = await painted(page);
		await page.waitForTimeout(TRAILING_MS);
		const settled = await now(page);
		return {
			articles: Number(articles),
			megabytes: readFileSync(CORPUS).length / 1024 / 1024,
			topMs: (await markAt(page, 'chronoscope:history:top')) - clicked,
			draftedMs: (await markAt(page, 'chronoscope:history:drafted')) - clicked,
			shownMs: shown - clicked,
			longestTaskMs: await longestTask(page, clicked, settled),
			openMs: opened - opening,
			longestTaskOpeningMs
		};
	} finally {
		await page.close();
	}
}

/** The corpus drafted in Node, its candidates copied (each copy a candidate in reserve, under an id of its own) up to `count`. */
export function historyOfCandidates(count: number): HistoryState {
	const read = readArticles(readFileSync(CORPUS, 'utf8'));
	if ('fault' in read) throw new Error(`${CORPUS}, line ${read.fault.line}: ${read.fault.message}`);
	const drafted = draftHistoryState({ title: 'Wikinews in 2019 and 2020', publisher: 'Wikinews', articles: read.articles.map(addedArticleOf) });
	const events: EditorEvent[] = [...drafted.events];
	for (let copy = 1; events.length < count; copy++) {
		for (const entry of drafted.events) {
			if (events.length >= count) break;
			events.push({ ...entry, key: events.length, reserve: true, event: { ...entry.event, id: `${entry.event.id}-copy-${copy}` } });
		}
	}
	return { ...drafted, events };
}

async function step(page: Page, name: string, act: () => Promise<void>, shown: () => Promise<void>): Promise<StepFigures> {
	await page.waitForTimeout(TRAILING_MS);
	const from = await now(page);
	await act();
	await shown();
	const at = await painted(page);
	await page.waitForTimeout(TRAILING_MS);
	return { step: name, ms: at - from, longestTaskMs: await longestTask(page, from, await now(page)) };
}

async function editCandidates(context: BrowserContext, app: string, state: HistoryState): Promise<StepFigures[]> {
	const page = await context.newPage();
	try {
		const figures: StepFigures[] = [];
		// The page's own start, nothing saved: what opening the history below is to be read against.
		await page.goto(`${app}/edit/`);
		await page.evaluate(WATCH);
		await page.getByRole('button', { name: 'New history' }).waitFor();
		const empty = await painted(page);
		await page.waitForTimeout(TRAILING_MS);
		figures.push({ step: 'open the editor with nothing saved (the page itself)', ms: empty, longestTaskMs: await longestTask(page, 0, await now(page)) });
		// Saved as the editor saves a history (in parts), here in Node, then put in the page's storage.
		const saved = new Map<string, string>([[CURRENT_KEY, state.id]]);
		const storage = {
			get length() {
				return saved.size;
			},
			key: (i: number) => [...saved.keys()][i] ?? null,
			getItem: (key: string) => saved.get(key) ?? null,
			setItem: (key: string, value: string) => void saved.set(key, value),
			removeItem: (key: string) => void saved.delete(key)
		};
		saveWork(storage, { state, savedAt: new Date().toISOString(), tab: 'bench' }, new PartWriter('bench'));
		await page.evaluate(
			(entries) => {
				for (const [key, value] of entries) localStorage.setItem(key, value);
			},
			[...saved]
		);
		const cards = page.locator('article.draft-event');
		// Opening: the saved history read, checked and shown (the long tasks of this page load, from navigation).
		await page.reload();
		await page.evaluate(WATCH);
		await page.getByRole('heading', { name: 'Events', exact: true }).waitFor({ timeout: 60_000 });
		const open = await painted(page);
		await page.waitForTimeout(TRAILING_MS);
		figures.push({
			step: `open the saved history (${state.events.length.toLocaleString('en-GB')} candidates)`,
			ms: open,
			longestTaskMs: await longestTask(page, 0, await now(page))
		});
		if ((await page.getByRole('alert').count()) > 0)
			figures.push({ step: `(storage: ${await page.getByRole('alert').first().textContent()})`, ms: Number.NaN, longestTaskMs: Number.NaN });

		figures.push(
			await step(
				page,
				'show the candidates not in the timeline',
				async () => void (await page.getByLabel('Show').selectOption('Candidates not in the timeline')),
				() => cards.first().getByText('Candidate, not in the timeline').waitFor()
			)
		);
		figures.push(
			await step(
				page,
				'accept a candidate',
				() =>
					cards
						.first()
						.getByRole('button', { name: /^Accept/ })
						.click(),
				() => page.getByText(/^41 in the timeline/).waitFor()
			)
		);
		figures.push(
			await step(
				page,
				'show 50 more',
				() => page.getByRole('button', { name: /^Show 50 more/ }).click(),
				() => cards.nth(99).waitFor()
			)
		);
		await page.getByLabel('Show').selectOption('All candidates');
		await cards.first().getByRole('button', { name: /^Edit/ }).click();
		const title = cards.first().getByLabel('Title', { exact: true });
		const typed = ' (retitled)';
		figures.push(
			await step(
				page,
				`type ${typed.length} characters into a title, 100 ms apart`,
				async () => {
					await title.focus();
					await page.keyboard.press('End');
					await title.pressSequentially(typed, { delay: 100 });
				},
				() =>
					cards
						.first()
						.getByRole('heading', { name: /\(retitled\)$/ })
						.waitFor()
			)
		);
		figures.push(
			await step(
				page,
				'merge an event into another',
				async () => {
					await cards
						.first()
						.getByRole('button', { name: /^Merge…/ })
						.click();
					await cards
						.first()
						.getByLabel(/^Merge into/)
						.selectOption({ index: 1 });
					await cards
						.first()
						.getByRole('button', { name: /^Merge into/ })
						.click();
				},
				() =>
					cards
						.first()
						.getByRole('status')
						.getByText(/^Merged/)
						.waitFor()
			)
		);
		const split = page.getByRole('button', { name: /^Split by article/ }).first();
		figures.push(
			await step(
				page,
				'split an event by article',
				() => split.click(),
				() =>
					page
						.getByText(/^Split into \d+ events/)
						.first()
						.waitFor()
			)
		);
		figures.push(
			await step(
				page,
				'undo',
				() => page.getByRole('button', { name: 'Undo' }).click(),
				() =>
					page
						.getByText(/^Split into/)
						.first()
						.waitFor()
			)
		);
		return figures;
	} finally {
		await page.close();
	}
}

export async function measureEditorHistory(app: string, reps: number): Promise<{ drafts: DraftFigures[]; steps: StepFigures[] }> {
	const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
	try {
		const drafts: DraftFigures[] = [];
		for (let rep = 0; rep < reps; rep++) {
			// A fresh context each time: nothing kept from the last draft, the drafting worker started anew.
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			drafts.push(await draftOnce(context, app));
			await context.close();
		}
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const steps = await editCandidates(context, app, historyOfCandidates(CANDIDATES));
		await context.close();
		return { drafts, steps };
	} finally {
		await browser.close();
	}
}

export function editorHistoryTable({ drafts, steps }: { drafts: DraftFigures[]; steps: StepFigures[] }): string {
	const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '—');
	const task = (value: number) => (!Number.isFinite(value) ? '—' : value < 50 ? '< 50' : value.toFixed(0));
	const m = (key: keyof DraftFigures) => median(drafts.map((d) => d[key]));
	const most = (key: keyof DraftFigures) => Math.max(...drafts.map((d) => d[key]));
	const first = drafts[0]!;
	return [
		`Drafting ${first.articles} articles (${first.megabytes.toFixed(1)} MB) in the editor's worker, ${drafts.length} runs: median (longest task: the most of any run).`,
		'',
		'| open the .jsonl (ms) | longest task opening (ms) | top events shown (ms) | history drafted (ms) | editor showing it (ms) | longest task drafting (ms) |',
		'|---|---|---|---|---|---|',
		`| ${ms(m('openMs'))} | ${task(most('longestTaskOpeningMs'))} | ${ms(m('topMs'))} | ${ms(m('draftedMs'))} | ${ms(m('shownMs'))} | ${task(most('longestTaskMs'))} |`,
		'',
		`The editor with the same articles and ${CANDIDATES.toLocaleString('en-GB')} candidate events: each step to the page showing it.`,
		'',
		'| step | to shown (ms) | longest task (ms) |',
		'|---|---|---|',
		...steps.map((s) => `| ${s.step} | ${ms(s.ms)} | ${task(s.longestTaskMs)} |`)
	].join('\n');
}

/** Run alone: builds the site, serves it on EDITOR_BENCH_PORT (default 4177) and measures. */
async function main() {
	const root = join(import.meta.dirname, '..');
	const port = Number(process.env.EDITOR_BENCH_PORT ?? 4177);
	if (process.env.EDITOR_BENCH_BUILD !== '0') {
		console.log('Building Chronoscope…');
		execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	}
	const preview: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts', '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true });
	try {
		await waitFor(`http://127.0.0.1:${port}/`, 30_000);
		const figures = await measureEditorHistory(`http://127.0.0.1:${port}`, Number(process.env.EDITOR_REPS ?? 3));
		for (const d of figures.drafts)
			console.log(`  draft: top ${d.topMs.toFixed(0)} ms, drafted ${d.draftedMs.toFixed(0)} ms, shown ${d.shownMs.toFixed(0)} ms, longest task ${d.longestTaskMs.toFixed(0)} ms`);
		console.log(`\n${editorHistoryTable(figures)}`);
	} finally {
		if (preview.pid) process.kill(-preview.pid);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await main();
	process.exit(0);
}
