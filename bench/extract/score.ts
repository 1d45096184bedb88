/**
 * TempEval-3's scores for temporal-expression extraction: each system expression is matched to at most
 * one gold expression it overlaps (relaxed) or has the same span as (strict); type and value scores are
 * their accuracy over the relaxed matches times the relaxed F1.
 */
import type { GoldExpression } from './corpus';

export interface Found {
	start: number;
	end: number;
	text: string;
	type: string;
	value: string;
}

export interface Tally {
	gold: number;
	system: number;
	relaxed: number;
	strict: number;
	type: number;
	value: number;
}

export interface Judged {
	misses: GoldExpression[];
	spurious: Found[];
	wrongValues: { gold: GoldExpression; found: Found }[];
	wrongTypes: { gold: GoldExpression; found: Found }[];
}

export const emptyTally = (): Tally => ({ gold: 0, system: 0, relaxed: 0, strict: 0, type: 0, value: 0 });

export function addTally(a: Tally, b: Tally): Tally {
	return { gold: a.gold + b.gold, system: a.system + b.system, relaxed: a.relaxed + b.relaxed, strict: a.strict + b.strict, type: a.type + b.type, value: a.value + b.value };
}

export function judge(gold: GoldExpression[], found: Found[]): { tally: Tally; judged: Judged } {
	const used = new Set<number>();
	const tally: Tally = { ...emptyTally(), gold: gold.length, system: found.length };
	const judged: Judged = { misses: [], spurious: [], wrongValues: [], wrongTypes: [] };
	const matchedFound = new Set<number>();
	for (const g of gold) {
		// The overlapping system expression with the most characters in common.
		let best = -1;
		let bestOverlap = 0;
		found.forEach((f, i) => {
			if (used.has(i)) return;
			const overlap = Math.min(f.end, g.end) - Math.max(f.start, g.start);
			if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
		});
		if (best < 0) {
			judged.misses.push(g);
			continue;
		}
		used.add(best);
		matchedFound.add(best);
		const f = found[best]!;
		tally.relaxed++;
		if (f.start === g.start && f.end === g.end) tally.strict++;
		if (f.type === g.type) tally.type++;
		else judged.wrongTypes.push({ gold: g, found: f });
		if (f.value === g.value) tally.value++;
		else judged.wrongValues.push({ gold: g, found: f });
	}
	judged.spurious = found.filter((_, i) => !matchedFound.has(i));
	return { tally, judged };
}

const f1 = (matched: number, system: number, gold: number) => {
	const p = system ? matched / system : 0;
	const r = gold ? matched / gold : 0;
	return p + r ? (2 * p * r) / (p + r) : 0;
};

export function scores(t: Tally) {
	const relaxedF1 = f1(t.relaxed, t.system, t.gold);
	return {
		precision: t.system ? t.relaxed / t.system : 0,
		recall: t.gold ? t.relaxed / t.gold : 0,
		relaxedF1,
		strictF1: f1(t.strict, t.system, t.gold),
		typeF1: t.relaxed ? (t.type / t.relaxed) * relaxedF1 : 0,
		valueF1: t.relaxed ? (t.value / t.relaxed) * relaxedF1 : 0
	};
}
