/**
 * What the page and the search worker say to each other. The page sends the document's labels, then its
 * events' searchable records in time order, a batch at a time (or the loading worker's batches as they came),
 * then 'end'; the worker builds the index as
 * they arrive. A query names a number; the worker answers only the latest one it has when it gets to work,
 * so that the answers to keys typed while it was busy are never computed.
 */
import type { SearchFilters, SearchLabels, SearchRecord } from '$lib/model/search/search-index';

export type ToSearchWorker =
	/** `texts`: the articles, in the document's order, in which the events' excerpts count. */
	| { type: 'begin'; labels: SearchLabels; texts: string[] }
	/** The next events' records, made on the page (a timeline it holds whole). */
	| { type: 'records'; records: SearchRecord[] }
	/** The next events as one of the loading worker's batches (JSON of their data and excerpts), their times beside them. */
	| { type: 'batch'; json: string; start: Float64Array; end: Float64Array }
	| { type: 'end' }
	| { type: 'query'; id: number; text: string; filters: SearchFilters };

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
