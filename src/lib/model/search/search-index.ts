/**
 * The index a timeline is searched by: every word of every event's searchable text (searchText), each
 * once per event, in a sorted array of distinct words with the events that hold it (its postings), so
 * that the words a typed prefix starts are one binary search away; and each event's words in order, as
 * numbers, so that a phrase is checked without its text. Filters by lane, category and date range read
 * columns of numbers. Answers are event positions in time order, ascending.
 */
import { bisectLeft } from 'd3-array';
import type { QueryTerm } from './query';
import { normaliseText, wordsOfNormalised } from './normalise';

/** What is searched of one event, in time order, as the page sends it to the index. */
export interface SearchRecord {
	/** Title, summary, the date as stated, excerpts, citation titles and publishers: the event's own words. */
	texts: string[];
	lanes: string[];
	category?: string | undefined;
	start: number;
	end: number;
}

/** The lanes and categories of a document, whose labels are searched as words of their events. */
export interface SearchLabels {
	lanes: readonly { id: string; label: string }[];
	categories: readonly { id: string; label: string }[];
}

/**
 * The longest stretch of any one text that is indexed: a five-megabyte title is indexed by its start,
 * so that one hostile field cannot hold the index's build or memory.
 */
export const MAX_INDEXED_CHARACTERS = 20_000;

export interface SearchFilters {
	/** Events in any of these lanes (ids); none given, every lane. */
	lanes?: readonly string[];
	/** Events of any of these categories (ids). */
	categories?: readonly string[];
	/** Events that overlap [since, until). */
	since?: number | undefined;
	until?: number | undefined;
}

export function hasFilters(filters: SearchFilters): boolean {
	return !!filters.lanes?.length || !!filters.categories?.length || filters.since !== undefined || filters.until !== undefined;
}

/** Separates one text's words from the next text's in an event's word sequence: a phrase never spans two. */
const BREAK = -1;

export class SearchIndexBuilder {
	readonly #ids = new Map<string, number>();
	readonly #words: string[] = [];
	/** Per provisional word id, the events holding it, in the order added. */
	readonly #postings: number[][] = [];
	/** Every event's words as provisional ids, texts separated by BREAK. */
	#sequence: number[] = [];
	readonly #sequenceStart: number[] = [];
	readonly #laneSlots: number[] = [];
	readonly #laneStart: number[] = [];
	readonly #category: number[] = [];
	readonly #start: number[] = [];
	readonly #end: number[] = [];
	readonly #laneSlot: Map<string, number>;
	readonly #categorySlot: Map<string, number>;
	readonly #laneWords: string[][];
	readonly #categoryWords: string[][];
	readonly labels: SearchLabels;

	constructor(labels: SearchLabels) {
		this.labels = labels;
		this.#laneSlot = new Map(labels.lanes.map((lane, slot) => [lane.id, slot]));
		this.#categorySlot = new Map(labels.categories.map((category, slot) => [category.id, slot]));
		this.#laneWords = labels.lanes.map((lane) => wordsOfNormalised(normaliseText(lane.label.slice(0, MAX_INDEXED_CHARACTERS))));
		this.#categoryWords = labels.categories.map((category) => wordsOfNormalised(normaliseText(category.label.slice(0, MAX_INDEXED_CHARACTERS))));
	}

	get count(): number {
		return this.#start.length;
	}

	#wordId(word: string): number {
		let id = this.#ids.get(word);
		if (id === undefined) {
			id = this.#words.length;
			this.#ids.set(word, id);
			this.#words.push(word);
			this.#postings.push([]);
		}
		return id;
	}

	#addWords(order: number, words: readonly string[]) {
		for (const word of words) {
			const id = this.#wordId(word);
			const postings = this.#postings[id]!;
			if (postings[postings.length - 1] !== order) postings.push(order);
			this.#sequence.push(id);
		}
		this.#sequence.push(BREAK);
	}

	/** Adds the next event in time order. */
	add(record: SearchRecord) {
		const order = this.#start.length;
		this.#sequenceStart.push(this.#sequence.length);
		for (const text of record.texts) this.#addWords(order, wordsOfNormalised(normaliseText(text.slice(0, MAX_INDEXED_CHARACTERS))));
		this.#laneStart.push(this.#laneSlots.length);
		for (const lane of record.lanes) {
			const slot = this.#laneSlot.get(lane);
			if (slot === undefined) continue;
			this.#laneSlots.push(slot);
			this.#addWords(order, this.#laneWords[slot]!);
		}
		const category = record.category === undefined ? undefined : this.#categorySlot.get(record.category);
		this.#category.push(category ?? -1);
		if (category !== undefined) this.#addWords(order, this.#categoryWords[category]!);
		this.#start.push(record.start);
		this.#end.push(record.end);
	}

	build(): SearchIndex {
		const count = this.#start.length;
		// Words sorted by code unit, as the binary search compares them; ids renumbered to their sorted places.
		const sorted = this.#words.map((_, id) => id).sort((a, b) => (this.#words[a]! < this.#words[b]! ? -1 : 1));
		const rank = new Int32Array(sorted.length);
		sorted.forEach((id, place) => (rank[id] = place));
		let total = 0;
		for (const postings of this.#postings) total += postings.length;
		const postingStart = new Int32Array(sorted.length + 1);
		const postings = new Int32Array(total);
		let at = 0;
		sorted.forEach((id, place) => {
			postingStart[place] = at;
			postings.set(this.#postings[id]!, at);
			at += this.#postings[id]!.length;
		});
		postingStart[sorted.length] = at;
		const sequence = Int32Array.from(this.#sequence, (id) => (id === BREAK ? BREAK : rank[id]!));
		this.#sequence = [];
		return new SearchIndex({
			words: sorted.map((id) => this.#words[id]!),
			postingStart,
			postings,
			sequence,
			sequenceStart: Int32Array.from([...this.#sequenceStart, sequence.length]),
			laneSlots: Int32Array.from(this.#laneSlots),
			laneStart: Int32Array.from([...this.#laneStart, this.#laneSlots.length]),
			category: Int32Array.from(this.#category),
			start: Float64Array.from(this.#start),
			end: Float64Array.from(this.#end),
			count,
			labels: this.labels
		});
	}
}

interface IndexParts {
	words: string[];
	postingStart: Int32Array;
	postings: Int32Array;
	sequence: Int32Array;
	sequenceStart: Int32Array;
	laneSlots: Int32Array;
	laneStart: Int32Array;
	category: Int32Array;
	start: Float64Array;
	end: Float64Array;
	count: number;
	labels: SearchLabels;
}

export class SearchIndex {
	readonly #parts: IndexParts;

	constructor(parts: IndexParts) {
		this.#parts = parts;
	}

	/** How many events are indexed. */
	get count(): number {
		return this.#parts.count;
	}

	/**
	 * Distinct words, postings, the bytes of the index's typed arrays, and those and its words together
	 * (strings counted at two bytes a character and a small header).
	 */
	get size(): { words: number; postings: number; arrayBytes: number; bytes: number } {
		const p = this.#parts;
		const arrays = [p.postingStart, p.postings, p.sequence, p.sequenceStart, p.laneSlots, p.laneStart, p.category, p.start, p.end];
		const arrayBytes = arrays.reduce((sum, array) => sum + array.byteLength, 0);
		const wordBytes = p.words.reduce((sum, word) => sum + 2 * word.length + 16, 0);
		return { words: p.words.length, postings: p.postings.length, arrayBytes, bytes: arrayBytes + wordBytes };
	}

	/** The word ids a word matches: those it starts, or only itself (`exact`). */
	#range(word: string, exact: boolean): [number, number] {
		const { words } = this.#parts;
		const from = bisectLeft(words, word);
		if (exact) return words[from] === word ? [from, from + 1] : [from, from];
		// Every word that starts with `word` sorts before `word` followed by the highest code unit.
		return [from, bisectLeft(words, `${word}\uffff`)];
	}

	/**
	 * The events matching every term and the filters, as positions in time order, ascending. With no terms,
	 * the events the filters let through (all of them, with none).
	 */
	search(terms: readonly QueryTerm[], filters: SearchFilters = {}): Int32Array {
		const p = this.#parts;
		const { count } = p;
		/** How many terms each event has matched so far, in the order the terms are tried. */
		const matched = new Uint8Array(count);
		let round = 0;
		// The rarest terms first: later terms then keep only events already matched, and phrases check fewer.
		const ordered = [...terms].sort((a, b) => this.#postingCount(a) - this.#postingCount(b));
		for (const term of ordered) {
			for (let w = 0; w < term.words.length; w++) {
				const last = w === term.words.length - 1;
				const [from, to] = this.#range(term.words[w]!, term.phrase && !last);
				for (let id = from; id < to; id++) {
					for (let i = p.postingStart[id]!; i < p.postingStart[id + 1]!; i++) {
						const event = p.postings[i]!;
						if (matched[event] === round) matched[event] = round + 1;
					}
				}
				round++;
			}
			if (term.phrase) {
				for (let event = 0; event < count; event++) {
					if (matched[event] === round && !this.#hasPhrase(event, term.words)) matched[event] = 0;
				}
			}
		}
		const lanes = filters.lanes?.length ? new Set(filters.lanes.map((id) => p.labels.lanes.findIndex((lane) => lane.id === id))) : undefined;
		const categories = filters.categories?.length ? new Set(filters.categories.map((id) => p.labels.categories.findIndex((category) => category.id === id))) : undefined;
		const { since, until } = filters;
		const out: number[] = [];
		for (let event = 0; event < count; event++) {
			if (matched[event] !== round) continue;
			if (since !== undefined && !(p.end[event]! > since)) continue;
			if (until !== undefined && !(p.start[event]! < until)) continue;
			if (categories && !categories.has(p.category[event]!)) continue;
			if (lanes && !this.#inLanes(event, lanes)) continue;
			out.push(event);
		}
		return Int32Array.from(out);
	}

	#postingCount(term: QueryTerm): number {
		const p = this.#parts;
		let least = Infinity;
		term.words.forEach((word, w) => {
			const [from, to] = this.#range(word, term.phrase && w < term.words.length - 1);
			least = Math.min(least, p.postingStart[to]! - p.postingStart[from]!);
		});
		return least;
	}

	#inLanes(event: number, lanes: ReadonlySet<number>): boolean {
		const p = this.#parts;
		for (let i = p.laneStart[event]!; i < p.laneStart[event + 1]!; i++) if (lanes.has(p.laneSlots[i]!)) return true;
		return false;
	}

	/** Whether the event's words hold the phrase's words in a row within one text, the last by its start. */
	#hasPhrase(event: number, words: readonly string[]): boolean {
		const p = this.#parts;
		const ranges = words.map((word, w) => this.#range(word, w < words.length - 1));
		const end = p.sequenceStart[event + 1]!;
		for (let at = p.sequenceStart[event]!; at + words.length <= end; at++) {
			let all = true;
			for (let w = 0; w < words.length && all; w++) {
				const id = p.sequence[at + w]!;
				const [from, to] = ranges[w]!;
				all = id >= from && id < to;
			}
			if (all) return true;
		}
		return false;
	}
}

/** Builds the index of records in time order at once (the worker builds it as they arrive). */
export function buildSearchIndex(labels: SearchLabels, records: Iterable<SearchRecord>): SearchIndex {
	const builder = new SearchIndexBuilder(labels);
	for (const record of records) builder.add(record);
	return builder.build();
}
