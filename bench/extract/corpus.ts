/**
 * The documents `npm run bench:extract` scores: a text, its publication date and the expressions it should
 * yield. Two readers: the development set in this folder (`devset/<id>.txt` with `<id>.gold.json`) and
 * TimeML files (TempEval-3's TimeBank and AQUAINT training data), which are not in the repository.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ENTITY, decodeEntity } from '../../src/lib/model/text/entities';
import type { TimexType } from '../../src/lib/model/extract/types';

export interface GoldExpression {
	start: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
	mod?: string;
}

export interface GoldDocument {
	id: string;
	published: string;
	text: string;
	expressions: GoldExpression[];
}

/** A correction to one attribute of one TIMEX3 of a TimeML file (tid t0 is its creation time). */
export interface Correction {
	file: string;
	tid: string;
	attribute: 'type' | 'value';
	from: string | null;
	to: string;
}

export function readDevSet(dir: string): GoldDocument[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.gold.json'))
		.sort()
		.map((name) => {
			const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string; published: string; expressions: GoldExpression[] };
			const text = readFileSync(join(dir, name.replace(/\.gold\.json$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
			for (const e of gold.expressions) {
				if (text.slice(e.start, e.end) !== e.text) throw new Error(`${name}: expression "${e.text}" at ${e.start}–${e.end} reads "${text.slice(e.start, e.end)}"`);
			}
			return { id: gold.id, published: gold.published, text, expressions: gold.expressions };
		});
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * One TimeML file: the text of its TEXT element with the tags taken out, and its TIMEX3s as offsets into
 * that text, with any corrections to their attributes applied (each must find the value it corrects).
 */
export function readTimeML(path: string, corrections: Correction[] = []): GoldDocument {
	const id = basename(path).replace(/\.tml$/, '');
	const mine = corrections.filter((c) => c.file === id);
	const corrected = (tag: string, name: 'type' | 'value'): string | undefined => {
		const tid = attribute(tag, 'tid');
		const found = attribute(tag, name);
		const correction = mine.find((c) => c.tid === tid && c.attribute === name);
		if (!correction) return found;
		if ((found ?? null) !== correction.from) throw new Error(`${path}: correction of ${tid} ${name} expects "${correction.from}", finds "${found}"`);
		return correction.to;
	};
	const xml = readFileSync(path, 'utf8');
	const dct = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
	const published = dct ? corrected(dct, 'value')?.slice(0, 10) : undefined;
	if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new Error(`${path}: no creation time in its DCT`);
	const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
	if (body === undefined) throw new Error(`${path}: no TEXT element`);
	let text = '';
	const expressions: GoldExpression[] = [];
	let open: { tag: string; start: number } | undefined;
	for (const part of body.split(/(<[^>]+>)/)) {
		if (part.startsWith('<')) {
			if (part.startsWith('<TIMEX3')) open = { tag: part, start: text.length };
			else if (part.startsWith('</TIMEX3') && open) {
				const type = corrected(open.tag, 'type')?.toLowerCase() as TimexType;
				const mod = attribute(open.tag, 'mod');
				expressions.push({ start: open.start, end: text.length, text: text.slice(open.start), type, value: corrected(open.tag, 'value') ?? '', ...(mod ? { mod } : {}) });
				open = undefined;
			}
		} else text += part.replace(ENTITY, decodeEntity);
	}
	return { id, published, text, expressions };
}

export function readTimeMLDir(dir: string, corrections: Correction[] = []): GoldDocument[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.tml'))
		.sort()
		.map((name) => readTimeML(join(dir, name), corrections));
}
