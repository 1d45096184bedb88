/**
 * npm run bench:extract: the extraction engine scored on the development set in bench/extract/devset/
 * (the seed article and ten Wikinews articles, annotated by hand), on the held-out set in
 * bench/extract/heldout/ (twelve more, never used to tune the rules) and, where TimeML files are at hand,
 * on those too: `-- --timeml <dir>` (repeatable; each directory is a set, e.g. TempEval-3's TimeBank
 * and AQUAINT training data). Prints per set and in total relaxed, strict, type and value F1 (as
 * TempEval-3 defines them) and milliseconds per 1,000 words after warm-up; `--verbose` lists the misses,
 * the spurious finds and the wrong values (of the held-out set only with `--verbose-held-out`).
 * `--halves` scores each TimeML folder as two sets, its files alternately by name; `--corrections <json>`
 * scores again, corrected, each set with files in that list (bench/extract/aquaint-corrections.json).
 */
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { extractTemporalExpressions } from '../../src/lib/model/extract/extract';
import { readDevSet, readTimeMLDir, type Correction, type GoldDocument } from './corpus';
import { addTally, emptyTally, judge, scores, type Judged, type Tally } from './score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
/** The held-out set's misses are not listed unless asked for: reading them is tuning to them. */
const verboseHeldOut = args.includes('--verbose-held-out');
const halves = args.includes('--halves');
const correctionsFile = args[args.indexOf('--corrections') + 1];
const corrections: Correction[] = args.includes('--corrections') && correctionsFile ? JSON.parse(readFileSync(correctionsFile, 'utf8')).corrections : [];
const timemlDirs = args.flatMap((a, i) => (a === '--timeml' && args[i + 1] ? [args[i + 1]!] : []));

const devset = readDevSet(join(import.meta.dirname, 'devset'));
const sets: { name: string; docs: GoldDocument[] }[] = [
	{ name: 'seed', docs: devset.filter((d) => d.id.startsWith('seed-')) },
	{ name: 'wikinews', docs: devset.filter((d) => !d.id.startsWith('seed-')) },
	// Annotated without looking at the engine and never used to tune it: text the engine has not seen.
	{ name: 'held out', docs: readDevSet(join(import.meta.dirname, 'heldout')) },
	...timemlDirs.flatMap((dir) => {
		const name = basename(dir.replace(/\/+$/, ''));
		const docs = readTimeMLDir(dir);
		// --halves: files alternately by name, the first half to tune on and the second held out.
		const parts = halves
			? [
					{ name: `${name} 1st`, docs: docs.filter((_, i) => i % 2 === 0) },
					{ name: `${name} 2nd`, docs: docs.filter((_, i) => i % 2 === 1) }
				]
			: [{ name, docs }];
		// --corrections: each set some of whose files are corrected is scored again, corrected.
		if (!corrections.some((c) => docs.some((d) => d.id === c.file))) return parts;
		const correctedDocs = readTimeMLDir(dir, corrections);
		return parts.flatMap((part) => {
			const ids = new Set(part.docs.map((d) => d.id));
			if (!corrections.some((c) => ids.has(c.file))) return [part];
			return [part, { name: `${part.name}, corrected`, docs: correctedDocs.filter((d) => ids.has(d.id)) }];
		});
	})
].filter((s) => s.docs.length > 0);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function show(doc: GoldDocument, judged: Judged): void {
	const context = (start: number, end: number) => doc.text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ');
	for (const g of judged.misses) console.log(`  miss      ${doc.id}: "${g.text}" ${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}   …${context(g.start, g.end)}…`);
	for (const f of judged.spurious) console.log(`  spurious  ${doc.id}: "${f.text}" ${f.type} ${f.value}   …${context(f.start, f.end)}…`);
	for (const { gold, found } of judged.wrongValues)
		console.log(`  value     ${doc.id}: "${found.text}" ${found.value}, gold "${gold.text}" ${gold.value}   …${context(gold.start, gold.end)}…`);
	for (const { gold, found } of judged.wrongTypes) console.log(`  type      ${doc.id}: "${found.text}" ${found.type}, gold ${gold.type}`);
}

const rows: { name: string; docs: number; words: number; tally: Tally; msPer1000: number }[] = [];
for (const set of sets) {
	let tally = emptyTally();
	for (const doc of set.docs) {
		const { expressions } = extractTemporalExpressions(doc.text, doc.published);
		const result = judge(doc.expressions, expressions);
		tally = addTally(tally, result.tally);
		if (set.name === 'held out' ? verboseHeldOut : verbose) show(doc, result.judged);
	}
	// Speed: warm up, then time repeated runs over the whole set.
	const totalWords = set.docs.reduce((n, d) => n + words(d.text), 0);
	for (let i = 0; i < 3; i++) for (const doc of set.docs) extractTemporalExpressions(doc.text, doc.published);
	const reps = Math.max(3, Math.ceil(200_000 / totalWords));
	const t0 = performance.now();
	for (let i = 0; i < reps; i++) for (const doc of set.docs) extractTemporalExpressions(doc.text, doc.published);
	const msPer1000 = ((performance.now() - t0) / reps / totalWords) * 1000;
	rows.push({ name: set.name, docs: set.docs.length, words: totalWords, tally, msPer1000 });
}

const nameWidth = Math.max(12, ...rows.map((r) => r.name.length));
const total = rows.reduce((t, r) => addTally(t, r.tally), emptyTally());
const totalWords = rows.reduce((n, r) => n + r.words, 0);
const totalMs = rows.reduce((n, r) => n + r.msPer1000 * r.words, 0) / totalWords;
console.log(
	`\n${'set'.padEnd(nameWidth)} ${'docs'.padStart(5)} ${'words'.padStart(7)} ${'gold'.padStart(5)} ${'found'.padStart(5)}      P      R  relaxF1 strictF1  typeF1 valueF1  ms/1000w`
);
for (const r of [...rows, { name: 'total', docs: rows.reduce((n, r) => n + r.docs, 0), words: totalWords, tally: total, msPer1000: totalMs }]) {
	const s = scores(r.tally);
	console.log(
		`${r.name.padEnd(nameWidth)} ${String(r.docs).padStart(5)} ${String(r.words).padStart(7)} ${String(r.tally.gold).padStart(5)} ${String(r.tally.system).padStart(5)} ${pct(s.precision)} ${pct(s.recall)}   ${pct(s.relaxedF1)}   ${pct(s.strictF1)}  ${pct(s.typeF1)}  ${pct(s.valueF1)}    ${r.msPer1000.toFixed(2).padStart(6)}`
	);
}

// A long text: the development set repeated to 5 MB, read once (after the warm-up above).
const FIVE_MB = 5 * 1024 * 1024;
const joined = devset.map((d) => d.text).join('\n\n');
const long = joined.repeat(Math.ceil(FIVE_MB / joined.length)).slice(0, FIVE_MB);
const t0 = performance.now();
const found = extractTemporalExpressions(long, '2024-07-05').expressions.length;
const longMs = performance.now() - t0;
console.log(
	`\n5 MB text: ${words(long).toLocaleString('en')} words, ${found.toLocaleString('en')} expressions, ${Math.round(longMs)} ms (${Math.round((longMs / words(long)) * 100_000)} ms per 100,000 words)`
);
