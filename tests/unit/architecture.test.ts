/**
 * The house rules that no type checker sees: a model file that imports what is above it (or a folder its
 * own may not) fails `npm run lint`, and no two model files import each other round a loop, except by
 * types alone (which vanish when compiled).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODEL_LAYERS } from '../../import-boundaries.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MODEL = join(ROOT, 'src/lib/model');

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? filesUnder(path) : /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The model files a file imports at run time: `import type` is left out; `import { type A }` stays (it still runs the module). */
function runtimeImports(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const targets: string[] = [];
	for (const statement of source.statements) {
		const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
		const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier;
		if (!isImport && !isExport) continue;
		const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
		if (!specifier.startsWith('.')) continue;
		const base = resolve(dirname(file), specifier);
		const target = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => candidate.startsWith(MODEL) && filesUnder(dirname(candidate)).includes(candidate));
		if (target) targets.push(target);
	}
	return targets;
}

/** Every loop in the graph, as the files round it (Tarjan's strongly connected components of more than one file, or a file importing itself). */
function loops(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node)!, low.get(target)!));
			} else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.map((path) => relative(MODEL, path)).sort());
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

describe('the model', () => {
	const files = filesUnder(MODEL);

	it('has no import loop but through types', () => {
		const graph = new Map(files.map((file) => [file, runtimeImports(file)]));
		expect(graph.size).toBeGreaterThan(50);
		expect(loops(graph)).toEqual([]);
	});

	it('finds a loop where there is one (the checker itself)', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']]
		]);
		expect(loops(graph).map((loop) => loop.length)).toEqual([3]);
	});

	it('keeps every file in the folder of its job', () => {
		const folders = new Set(files.map((file) => relative(MODEL, file).split('/')[0]));
		expect([...folders].sort()).toEqual(Object.keys(MODEL_LAYERS).sort());
	});
});

describe('npm run lint', () => {
	const eslint = new ESLint({ cwd: ROOT });
	const restricted = async (file: string, code: string) => {
		const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: join(ROOT, file) });
		return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
	};

	it.each([
		['src/lib/model/chart/x.ts', "import x from '../../components/chart/TimelineView.svelte';"],
		['src/lib/model/chart/x.ts', "import x from '$lib/components/viewer/export-chart';"],
		['src/lib/model/date/x.ts', "import { mount as x } from 'svelte';"],
		['src/lib/model/site/x.ts', "import { page as x } from '$app/state';"],
		['src/lib/model/read/x.ts', "import { startWorker as x } from '../../workers/start-worker';"],
		['src/lib/model/document/x.ts', "import { layoutChart as x } from '../chart/chart-scene';"],
		['src/lib/model/document/x.ts', "import { layoutChart as x } from '$lib/model/chart/chart-scene';"],
		['src/lib/model/read/x.ts', "import { layoutLane as x } from '../chart/lane-layout';"],
		['src/lib/model/extract/rules/x.ts', "import { loadTimeline as x } from '../../document/timeline';"],
		['src/lib/model/text/x.ts', "import { MS_PER_DAY as x } from '../date/time';"],
		['src/lib/workers/x.ts', "import x from '../components/viewer/FaultList.svelte';"]
	])('fails %s that says %s', async (file, code) => {
		expect((await restricted(file, code)).length).toBeGreaterThan(0);
	});

	it.each([
		['src/lib/model/chart/x.ts', "import { loadTimeline as x } from '../document/timeline';"],
		['src/lib/model/site/x.ts', "import { layoutChart as x } from '../chart/chart-scene';"],
		['src/lib/model/extract/rules/x.ts', "import { RULES as x } from '../extract';"],
		['src/lib/model/editor/x.ts', "import { draftTimeline as x } from '../draft/draft';"],
		['src/lib/components/chart/x.ts', "import { layoutChart as x } from '$lib/model/chart/chart-scene';"]
	])('passes %s that says %s', async (file, code) => {
		expect(await restricted(file, code)).toEqual([]);
	});
});
