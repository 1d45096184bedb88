/**
 * Loading a timeline document: schema validation, then the checks JSON Schema cannot express (EDTF syntax,
 * references between ids, excerpt anchoring), then the resolved, sorted events the views draw.
 * One function serves `npm run validate`, the build and documents loaded at run time.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { anchorInNormalised, normaliseForMatching, type NormalisedText, type TextRange } from './anchor';
import { FuzzyDateError, parseIsoDay, resolveFuzzyDate, type FuzzyDate } from '../date/fuzzy-date';
import { normaliseLineEndings } from '../text/line-endings';
import { formatInteger } from '../text/format-number';
import { eventSchema, TEXT_FILE_NAME, timelineDocumentSchema, type TimelineDocument, type TimelineEventData } from './schema';
import type { TimeMs } from '../date/time';

import type { EventColumns } from './event-columns';
import { clippedForFault } from '../text/untrusted-text';
import type { Fault } from './faults';
import { byTimeOrder } from './time-order';

export { formatFault, type Fault } from './faults';

/** An event with its dates resolved and its excerpts anchored. */
export interface TimelineEvent {
	data: TimelineEventData;
	/** Position in time order. */
	order: number;
	date: FuzzyDate;
	/** What the article's own words literally cover ("the 1980s"), when the editor wrote them as EDTF. */
	stated?: FuzzyDate;
	/** One range in the article text for each excerpt, in the order of `data.excerpts`. */
	excerpts: TextRange[];
}

export interface Timeline {
	document: TimelineDocument;
	text: string;
	asOf: TimeMs;
	/** In time order: by start, then by end, then by id. */
	events: TimelineEvent[];
	/**
	 * Whether any event comes from the article's text. Only then are the others context beside it, and
	 * drawn as such; in a document with no excerpts (a converted TimelineJS3 document) they are its events.
	 */
	hasArticleEvents: boolean;
	/** The events' times, lanes and flags as typed arrays, when the loader built them (see columnsOf). */
	columns?: EventColumns;
}

export interface LoadResult {
	/** The timeline, when nothing is wrong with the document. */
	timeline?: Timeline;
	faults: Fault[];
	/** The document as the schema read it, whenever the schema passed, whatever else is wrong: what the editor opens to put right. */
	document?: TimelineDocument;
	/** The article's text, when the document has one (inline, or read from its text file). */
	text?: string;
}

/**
 * The longest article text a timeline document may hold, in characters (the editor drafts from far
 * shorter ones: MAX_DRAFTED_ARTICLE_CHARACTERS). A long book is a few million; the page shows the whole
 * text, and anchoring keeps an index of every character, so a text of tens of millions would hold the
 * loading worker's memory and then the page.
 */
export const MAX_DOCUMENT_ARTICLE_CHARACTERS = 5_000_000;

/** Why an article text is refused for its length ("is … characters long, …"), or undefined when it is short enough. */
export function articleTooLong(text: string): string | undefined {
	if (text.length <= MAX_DOCUMENT_ARTICLE_CHARACTERS) return undefined;
	return `is ${formatInteger(text.length)} characters long, over the ${formatInteger(MAX_DOCUMENT_ARTICLE_CHARACTERS)} an article text may have`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["events", 1, "date", "edtf"]` → `$.events[1].date.edtf` */
function jsonPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		const name = String(key);
		return IDENTIFIER.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
	}, '$');
}

function describeIssue(issue: $ZodIssue): string {
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `is required (${issue.expected})`;
	if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	return issue.message;
}

/** The id a fault inside `$.events[index]` names: the event's own, or its position when it has none to give. */
function rawEventId(input: unknown, index: number): string {
	const event: unknown = (input as { events?: unknown[] }).events?.[index];
	const id = typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;
	return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

function quote(text: string): string {
	return JSON.stringify(clippedForFault(text));
}

interface Context {
	file: string;
	faults: Fault[];
	asOf: TimeMs;
	normalisedText?: NormalisedText;
	lanes?: Set<string>;
	categories?: Set<string>;
	eventIds: Set<string>;
}

/** Records a fault at `path` inside event `index`. */
function eventFault(ctx: Context, event: TimelineEventData, index: number, path: (string | number)[], reason: string): void {
	ctx.faults.push({ file: ctx.file, eventId: event.id, path: jsonPath(['events', index, ...path]), reason });
}

/** An event's EDTF date resolved, or undefined with its fault recorded. */
function resolveEventDate(ctx: Context, event: TimelineEventData, index: number, text: string, path: (string | number)[]): FuzzyDate | undefined {
	try {
		return resolveFuzzyDate(text, ctx.asOf);
	} catch (error) {
		if (!(error instanceof FuzzyDateError)) throw error;
		eventFault(ctx, event, index, path, error.message);
		return undefined;
	}
}

/**
 * Checks one schema-valid event beyond the schema, and resolves it. Its helpers are functions of the
 * module rather than closures made for each event, which a large document would make by the hundred thousand.
 */
function checkEvent(event: TimelineEventData, index: number, ctx: Context): TimelineEvent | undefined {
	const before = ctx.faults.length;
	const date = resolveEventDate(ctx, event, index, event.date.edtf, ['date', 'edtf']);
	const stated = event.stated?.edtf === undefined ? undefined : resolveEventDate(ctx, event, index, event.stated.edtf, ['stated', 'edtf']);

	if (event.date.method === 'external' && event.date.citations.length === 0) {
		eventFault(ctx, event, index, ['date', 'citations'], 'a date taken from an external source must cite it');
	}
	if (event.origin === 'context' && event.date.citations.length === 0) {
		eventFault(ctx, event, index, ['date', 'citations'], 'a context event must cite its sources');
	}
	if (event.origin === 'article' && event.excerpts.length === 0) {
		eventFault(ctx, event, index, ['excerpts'], 'an event from the article must have at least one excerpt');
	}
	if (event.origin === 'article' && !event.stated) {
		eventFault(ctx, event, index, ['stated'], "an event from the article must give the article's own words for its date");
	}
	if (ctx.lanes) {
		for (let i = 0; i < event.lanes.length; i++) {
			const lane = event.lanes[i] as string;
			if (!ctx.lanes.has(lane)) eventFault(ctx, event, index, ['lanes', i], `lane "${lane}" is not declared in $.lanes`);
		}
	}
	if (ctx.categories && event.category !== undefined && !ctx.categories.has(event.category)) {
		eventFault(ctx, event, index, ['category'], `category "${event.category}" is not declared in $.categories`);
	}
	if (event.updates !== undefined && !ctx.eventIds.has(event.updates)) {
		eventFault(ctx, event, index, ['updates'], `names event "${event.updates}", which is not in this document`);
	}
	if (event.updates === event.id) eventFault(ctx, event, index, ['updates'], 'an event cannot update itself');

	const excerpts: TextRange[] = [];
	if (ctx.normalisedText) {
		for (let i = 0; i < event.excerpts.length; i++) {
			const selector = event.excerpts[i] as TimelineEventData['excerpts'][number];
			const result = anchorInNormalised(ctx.normalisedText, selector);
			if (result.status === 'unique') {
				excerpts.push(result.range);
				continue;
			}
			const reason =
				result.status === 'missing'
					? `excerpt ${quote(selector.exact)} matches no place in the article text`
					: `excerpt ${quote(selector.exact)} matches ${result.matches} places in the article text; add a prefix or suffix so it matches exactly one`;
			eventFault(ctx, event, index, ['excerpts', i], reason);
		}
	}
	if (ctx.faults.length > before || !date) return undefined;
	const resolved: TimelineEvent = { data: event, order: 0, date, excerpts };
	if (stated) resolved.stated = stated;
	return resolved;
}

function parsedEvent(input: unknown): TimelineEventData | undefined {
	const parsed = eventSchema.safeParse(input);
	return parsed.success ? parsed.data : undefined;
}

/** The schema's check alone: the document as the schema reads it, or the faults that stop it being one. */
export function checkStructure(input: unknown, file: string): { document?: TimelineDocument; faults: Fault[] } {
	const parsed = timelineDocumentSchema.safeParse(input);
	if (parsed.success) return { document: parsed.data, faults: [] };
	const faults = parsed.error.issues.map((issue) => {
		const [first, second] = issue.path;
		const fault: Fault = { file, path: jsonPath(issue.path), reason: describeIssue(issue) };
		if (first === 'events' && typeof second === 'number') fault.eventId = rawEventId(input, second);
		return fault;
	});
	return { faults };
}

/** The string ids of a list's items, or undefined when it is not a list. */
function idsOf(list: unknown): Set<string> | undefined {
	if (!Array.isArray(list)) return undefined;
	const ids = new Set<string>();
	for (const item of list as unknown[]) {
		const id = (item as { id?: unknown } | null)?.id;
		if (typeof id === 'string') ids.add(id);
	}
	return ids;
}

/** How many events are checked between two calls of loadTimeline's onProgress. */
const PROGRESS_EVERY = 1000;
/** A malformed day is the schema's fault to report; a well-formed impossible one (2024-02-31) is ours. */
const ISO_DAY = /^-?\d{4,}-\d{2}-\d{2}$/;

/**
 * Validates a parsed JSON document and resolves its events. `text` is the article text when the document
 * names it by `article.textFile` (the caller reads the file); a document may instead hold it in `article.text`.
 * `onProgress`, when given, is told how many of the events have been checked and the faults found so far,
 * about every thousand events and once at the end (a worker posts them to the page loading a large document).
 */
export function loadTimeline(input: unknown, source: { file: string; text?: string; onProgress?: (checked: number, total: number, faults: readonly Fault[]) => void }): LoadResult {
	const { file, onProgress } = source;
	const { document, faults } = checkStructure(input, file);
	const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof TimelineDocument, unknown>>;

	// Whatever is well-formed is checked further even when other parts are not, so that one run reports every fault.
	const rawArticle = (typeof raw.article === 'object' && raw.article !== null ? raw.article : {}) as { text?: unknown; textFile?: unknown; url?: unknown; licence?: unknown };
	// The credit a licence asks for links to the original (JSON Schema could say so; zod cannot write it).
	if (rawArticle.licence !== undefined && rawArticle.url === undefined) {
		faults.push({ file, path: '$.article.url', reason: 'is required when the article has a licence: its credit links to the original' });
	}
	let text: string | undefined;
	if ('article' in raw) {
		const inline = typeof rawArticle.text === 'string' ? rawArticle.text : undefined;
		const textFile = typeof rawArticle.textFile === 'string' ? rawArticle.textFile : undefined;
		if (inline !== undefined && textFile !== undefined) {
			faults.push({ file, path: '$.article', reason: 'give the article text in text or in textFile, not both' });
		} else if (inline !== undefined) {
			text = inline;
		} else if (textFile !== undefined) {
			// A name that is not a file beside the document is the schema's fault, and never read.
			if (source.text !== undefined) text = source.text;
			else if (TEXT_FILE_NAME.test(textFile)) faults.push({ file, path: '$.article.textFile', reason: `cannot read "${textFile}" beside the document` });
		} else {
			faults.push({ file, path: '$.article', reason: 'must hold the article text in text, or name it in textFile' });
		}
	}
	const tooLong = text === undefined ? undefined : articleTooLong(text);
	if (tooLong !== undefined) {
		const inline = typeof rawArticle.text === 'string';
		faults.push({ file, path: inline ? '$.article.text' : '$.article.textFile', reason: inline ? tooLong : `"${String(rawArticle.textFile)}" ${tooLong}` });
		text = undefined;
	}
	// Offsets and paragraphs count in the text as read with LF line endings, whatever the editor saved.
	if (text !== undefined) text = normaliseLineEndings(text);
	let asOf = Number.NaN;
	const rawAsOf = (raw.article as { asOf?: { date?: unknown } } | undefined)?.asOf?.date;
	if (typeof rawAsOf === 'string') {
		try {
			asOf = parseIsoDay(rawAsOf);
		} catch (error) {
			if (!(error instanceof FuzzyDateError)) throw error;
			if (ISO_DAY.test(rawAsOf)) faults.push({ file, path: '$.article.asOf.date', reason: error.message });
		}
	}
	const rawEvents = Array.isArray(raw.events) ? (raw.events as unknown[]) : [];
	const ctx: Context = { file, faults, asOf, eventIds: idsOf(rawEvents) ?? new Set() };
	if (text !== undefined) ctx.normalisedText = normaliseForMatching(text);
	const lanes = idsOf(raw.lanes);
	const categories = idsOf(raw.categories);
	// A lane or category declared twice under one id would be drawn, and edited, as one.
	for (const key of ['lanes', 'categories'] as const) {
		const list = raw[key];
		if (!Array.isArray(list)) continue;
		const first = new Map<string, number>();
		list.forEach((item: unknown, index) => {
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') return;
			const seenAt = first.get(id);
			if (seenAt === undefined) first.set(id, index);
			else faults.push({ file, path: jsonPath([key, index, 'id']), reason: `repeats the id of $.${key}[${seenAt}]` });
		});
	}
	if (lanes) ctx.lanes = lanes;
	if (categories) ctx.categories = categories;

	const seen = new Map<string, number>();
	const events: TimelineEvent[] = [];
	const total = rawEvents.length;
	for (let index = 0; index < total; index++) {
		// A document that parsed holds its events parsed already; otherwise each well-formed event is still
		// checked further (the malformed ones were reported by the document's schema check).
		const event = document ? document.events[index] : parsedEvent(rawEvents[index]);
		if (event) {
			const firstIndex = seen.get(event.id);
			if (firstIndex !== undefined) {
				faults.push({ file, eventId: event.id, path: jsonPath(['events', index, 'id']), reason: `repeats the id of $.events[${firstIndex}]` });
			} else {
				seen.set(event.id, index);
				const resolved = checkEvent(event, index, ctx);
				if (resolved) events.push(resolved);
			}
		}
		if (onProgress && (index + 1) % PROGRESS_EVERY === 0 && index + 1 < total) onProgress(index + 1, total, faults);
	}
	onProgress?.(total, total, faults);

	const read = { ...(document ? { document } : {}), ...(text === undefined ? {} : { text }) };
	if (!document || faults.length > 0 || text === undefined) return { faults, ...read };
	events.sort(byTimeOrder);
	events.forEach((event, order) => (event.order = order));
	return { timeline: { document, text, asOf, events, hasArticleEvents: events.some((event) => event.data.origin === 'article') }, faults, ...read };
}
