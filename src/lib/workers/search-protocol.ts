/**
 * What the page and the search worker say to each other. The page sends the document's labels, then its
 * events' searchable records in time order, a batch at a time, then 'end'; the worker builds the index as
 * they arrive. A query names a number; the worker answers only the latest one it has when it gets to work,
 * so that the answers to keys typed while it was busy are never computed.
 */
import type { SearchFilters, SearchLabels, SearchRecord } from '$lib/model/search/search-index';

export type ToSearchWorker =
	{ type: 'begin'; labels: SearchLabels } | { type: 'records'; records: SearchRecord[] } | { type: 'end' } | { type: 'query'; id: number; text: string; filters: SearchFilters };

export interface SearchAnswer {
	id: number;
	/** The text the answer is for. */
	text: string;
	/** The matching events' positions in time order, ascending. */
	matches: Int32Array;
	/** The query's words, normalised, for marking them in text. */
	words: string[];
	/** Why the query was refused, or why it has nothing to look for (then every event the filters allow matches). */
	note?: string;
	refused?: boolean;
}

export interface IndexFigures {
	events: number;
	words: number;
	postings: number;
	bytes: number;
	buildMs: number;
}

export type FromSearchWorker = { type: 'ready' } | { type: 'built'; figures: IndexFigures } | ({ type: 'answer' } & SearchAnswer);
