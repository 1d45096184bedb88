/**
 * npm run bench:draft: the drafter scored against the events and titles an editor would publish, on the
 * development set in bench/draft/devset/ and the held-out set in bench/draft/heldout/ (Wikinews articles
 * whose gold was written by someone who had not seen the drafter's output; the held-out half is never
 * tuned on). Prints per set: event recall and precision (a drafted event matches a gold event on the same
 * date at the gold's precision), drafted titles that are fragments, ROUGE-1 F of drafted titles against
 * the gold titles they match, lanes per event and lanes that are fragments of a name, events marked for
 * review, and milliseconds per article and per 600 words after warm-up (extraction included).
 * `--verbose` lists each development article's drafted and gold events side by side (the held-out set's
 * only with `--verbose-held-out`: reading them is tuning to them); `--dump <dir>` writes each held-out
 * article with its drafted events as JSON, for a reader who has not seen the drafter to judge.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftTimeline, type Draft } from '../../src/lib/model/draft/draft';
import { fragmentReason, laneFragment, matchEvents, rouge1, type GoldEvent } from './score';

interface GoldArticle {
	id: string;
	published: string;
	title: string;
	url?: string;
	events: GoldEvent[];
	text: string;
}

function readSet(dir: string): GoldArticle[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.gold.json'))
		.sort()
		.map((name) => {
			const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<GoldArticle, 'text'>;
			return { ...gold, text: readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8') };
		});
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const verboseHeldOut = args.includes('--verbose-held-out');
const dumpDir = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;

const sets = [
	{ name: 'development', articles: readSet(join(import.meta.dirname, 'devset')) },
	// Written without looking at the drafter and never used to tune it.
	{ name: 'held out', articles: readSet(join(import.meta.dirname, 'heldout')) }
].filter((s) => s.articles.length > 0);

const draftOf = (a: GoldArticle): Draft => draftTimeline({ text: a.text, published: a.published, title: a.title, publisher: 'Wikinews', ...(a.url ? { url: a.url } : {}) });
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const pct = (x: number) => (Number.isNaN(x) ? '     –' : (100 * x).toFixed(1).padStart(6));

interface Row {
	name: string;
	articles: number;
	gold: number;
	drafted: number;
	matched: number;
	fragments: number;
	rouge: number;
	lanesPerEvent: number;
	laneFragments: number;
	lanes: number;
	review: number;
	msPerArticle: number;
	msPer600: number;
}

const rows: Row[] = [];
for (const set of sets) {
	let [gold, drafted, matched, fragments, rougeSum, laneRefs, laneFragments, lanes, review] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
	const show = set.name === 'held out' ? verboseHeldOut : verbose;
	for (const article of set.articles) {
		const draft = draftOf(article);
		const events = draft.document.events;
		const matching = matchEvents(
			events.map((e) => ({ edtf: e.date.edtf, title: e.title })),
			article.events
		);
		gold += article.events.length;
		drafted += events.length;
		matched += matching.pairs.length;
		for (const [d, g] of matching.pairs) rougeSum += rouge1(events[d]!.title, article.events[g]!.title);
		const reasons = events.map((e) => fragmentReason(e.title));
		fragments += reasons.filter(Boolean).length;
		laneRefs += events.reduce((n, e) => n + e.lanes.length, 0);
		const laneLabels = draft.document.lanes.map((l) => l.label);
		const badLanes = laneLabels.filter((label) => laneFragment(label, article.text));
		lanes += laneLabels.length;
		laneFragments += badLanes.length;
		review += draft.events.filter((e) => e.doubt !== undefined).length;
		if (show) {
			console.log(`\n## ${article.id} (${events.length} drafted, ${article.events.length} gold)`);
			const goldOf = new Map(matching.pairs.map(([d, g]) => [d, g]));
			events.forEach((e, i) => {
				const g = goldOf.get(i);
				const reason = reasons[i] ? `  [fragment: ${reasons[i]}]` : '';
				const match = g === undefined ? '  (no gold)' : `  = ${article.events[g]!.title}`;
				console.log(`  ${e.date.edtf.padEnd(22)} ${e.title}${reason}${match}  {${e.lanes.join(', ')}}`);
			});
			for (const g of matching.unmatchedGold) console.log(`  missed ${article.events[g]!.date.padEnd(15)} ${article.events[g]!.title}`);
			if (badLanes.length) console.log(`  lanes that are fragments: ${badLanes.join(', ')}`);
		}
		if (dumpDir && set.name === 'held out') {
			mkdirSync(dumpDir, { recursive: true });
			const lane = new Map(draft.document.lanes.map((l) => [l.id, l.label]));
			const dump = {
				id: article.id,
				published: article.published,
				title: article.title,
				text: article.text,
				events: events.map((e) => ({ date: e.date.edtf, stated: e.stated?.text, title: e.title, lanes: e.lanes.map((id) => lane.get(id)), excerpt: e.excerpts[0]?.exact }))
			};
			writeFileSync(join(dumpDir, `${article.id}.json`), JSON.stringify(dump, null, '\t'));
		}
	}
	// Speed: warm up, then time repeated drafts of the whole set (extraction included).
	for (let i = 0; i < 3; i++) for (const a of set.articles) draftOf(a);
	const reps = 10;
	const t0 = performance.now();
	for (let i = 0; i < reps; i++) for (const a of set.articles) draftOf(a);
	const ms = (performance.now() - t0) / reps;
	const words = set.articles.reduce((n, a) => n + wordCount(a.text), 0);
	rows.push({
		name: set.name,
		articles: set.articles.length,
		gold,
		drafted,
		matched,
		fragments,
		rouge: rougeSum / matched,
		lanesPerEvent: laneRefs / drafted,
		laneFragments,
		lanes,
		review,
		msPerArticle: ms / set.articles.length,
		msPer600: (ms / words) * 600
	});
}

console.log(`\n${'set'.padEnd(12)} articles  gold drafted  recall precision  fragments  ROUGE-1 F  lanes/event  lane fragments  for review  ms/article  ms/600 words`);
for (const r of rows) {
	console.log(
		`${r.name.padEnd(12)} ${String(r.articles).padStart(8)} ${String(r.gold).padStart(5)} ${String(r.drafted).padStart(7)}  ${pct(r.matched / r.gold)}    ${pct(r.matched / r.drafted)}  ${String(r.fragments).padStart(9)}     ${pct(r.rouge)}  ${r.lanesPerEvent.toFixed(2).padStart(11)}  ${`${r.laneFragments} of ${r.lanes}`.padStart(14)}  ${String(r.review).padStart(10)}  ${r.msPerArticle.toFixed(1).padStart(10)}  ${r.msPer600.toFixed(1).padStart(12)}`
	);
}
