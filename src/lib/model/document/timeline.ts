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
import { articlesOf, coverageOf, coverageText, isHistory, publishedBy, type AnyArticle } from './articles';

export { formatFault, type Fault } from './faults';

/** An excerpt's place: a range in the text of one of the timeline's articles (`Timeline.articles`). */
export interface ExcerptRange extends TextRange {
	/** Its article's index in `Timeline.articles`. */
	article: number;
}

/** An article as loaded: its credit, and its text with LF line endings, in which excerpts' ranges count. */
export interface TimelineArticle {
	data: AnyArticle;
	text: string;
}

/** An event with its dates resolved and its excerpts anchored. */
export interface TimelineEvent {
	data: TimelineEventData;
	/** Position in time order. */
	order: number;
	date: FuzzyDate;
	/** What the article's own words literally cover ("the 1980s"), when the editor wrote them as EDTF. */
	stated?: FuzzyDate;
	/** One range in its article's text for each excerpt, in the order of `data.excerpts`. */
	excerpts: ExcerptRange[];
}

export interface Timeline {
	document: TimelineDocument;
	/** The document's articles, in its order: one for a document of one article. */
	articles: TimelineArticle[];
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
	/** The articles' texts, in the document's order, when every article has one (inline, or read from its text file). */
	texts?: string[];
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
	// Only a value given in code (never JSON) is NaN: say what it is in words a reader of the document knows.
	if (issue.code === 'invalid_type') return issue.message.replace(/received NaN$/, 'received a number that is not finite');
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
	/** Each article's text as matching reads it, where it has one, in the document's order. */
	normalisedTexts: (NormalisedText | undefined)[];
	/** In a history, the index of each article id; undefined in a document of one article, whose excerpts name none. */
	articleIndex?: Map<string, number>;
	lanes?: Set<string>;
	categories?: Set<string>;
	eventIds: Set<string>;
}

/** Records a fault at `path` inside event `index`, in the article of a history it concerns, if any. */
function eventFault(ctx: Context, event: TimelineEventData, index: number, path: (string | number)[], reason: string, articleId?: string): void {
	ctx.faults.push({ file: ctx.file, eventId: event.id, ...(articleId === undefined ? {} : { articleId }), path: jsonPath(['events', index, ...path]), reason });
}

/** The index of the article an excerpt quotes, or undefined with its fault recorded. */
function excerptArticle(ctx: Context, event: TimelineEventData, index: number, i: number, named: string | undefined): number | undefined {
	const path = ['excerpts', i, 'article'];
	if (!ctx.articleIndex) {
		if (named === undefined) return 0;
		eventFault(ctx, event, index, path, `names article "${named}", but the document has one article ($.article), which its excerpts quote without naming it`);
		return undefined;
	}
	if (named === undefined) {
		eventFault(ctx, event, index, path, 'is required in a document of many articles: the id of the article in $.articles that the excerpt quotes');
		return undefined;
	}
	const article = ctx.articleIndex.get(named);
	if (article === undefined) eventFault(ctx, event, index, path, `names article "${named}", which is not in $.articles`);
	return article;
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

	const excerpts: ExcerptRange[] = [];
	for (let i = 0; i < event.excerpts.length; i++) {
		const selector = event.excerpts[i] as TimelineEventData['excerpts'][number];
		const article = excerptArticle(ctx, event, index, i, selector.article);
		const normalised = article === undefined ? undefined : ctx.normalisedTexts[article];
		if (article === undefined || !normalised) continue;
		const result = anchorInNormalised(normalised, selector);
		if (result.status === 'unique') {
			excerpts.push({ article, start: result.range.start, end: result.range.end });
			continue;
		}
		const reason =
			result.status === 'missing'
				? `excerpt ${quote(selector.exact)} matches no place in the article text`
				: `excerpt ${quote(selector.exact)} matches ${result.matches} places in the article text; add a prefix or suffix so it matches exactly one`;
		eventFault(ctx, event, index, ['excerpts', i], reason, selector.article);
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

/** Where loadTimeline reads a document from, and whom it tells how far it has got. */
export interface LoadSource {
	file: string;
	/** The text of the file a one-article document names in `article.textFile`, read by the caller. */
	text?: string;
	/** The texts of the files the articles name in `textFile`, by file name, read by the caller. */
	texts?: ReadonlyMap<string, string>;
	/**
	 * How an article's text is made ready for matching excerpts (normaliseForMatching, by default): a caller
	 * that checks the same texts again and again (the editor, after every change) may keep them made.
	 */
	normalise?: (text: string) => NormalisedText;
	onProgress?: (checked: number, total: number, faults: readonly Fault[]) => void;
}

type RawArticle = { id?: unknown; text?: unknown; textFile?: unknown; url?: unknown; licence?: unknown; published?: unknown; asOf?: { date?: unknown } };

/** An article as the document gives it, checked or not: where it is, and its id in a history. */
export interface ArticleAt {
	raw: RawArticle;
	path: string;
	id?: string;
}

const objectOr = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/** The articles of a document, as given, checked or not: a history's list, or the one article. */
export function articlesAt(input: unknown): ArticleAt[] {
	const raw = objectOr(input);
	if (Array.isArray(raw.articles)) {
		// Array.from visits the holes of a sparse list, which map would leave as holes.
		return Array.from(raw.articles as unknown[], (item, index) => {
			const article = objectOr(item) as RawArticle;
			return { raw: article, path: `$.articles[${index}]`, ...(typeof article.id === 'string' ? { id: article.id } : {}) };
		});
	}
	return 'article' in raw ? [{ raw: objectOr(raw.article) as RawArticle, path: '$.article' }] : [];
}

/** An article's text, inline or from the file it names (read by the caller), with LF line endings; or undefined with its fault recorded. */
function articleText(article: ArticleAt, source: LoadSource, faults: Fault[]): string | undefined {
	const { raw, path } = article;
	const { file } = source;
	const at = (field: string, reason: string) => faults.push({ file, ...(article.id === undefined ? {} : { articleId: article.id }), path: `${path}${field}`, reason });
	const inline = typeof raw.text === 'string' ? raw.text : undefined;
	const textFile = typeof raw.textFile === 'string' ? raw.textFile : undefined;
	let text: string | undefined;
	if (inline !== undefined && textFile !== undefined) {
		at('', 'give the article text in text or in textFile, not both');
	} else if (inline !== undefined) {
		text = inline;
	} else if (textFile !== undefined) {
		// A name that is not a file beside the document is the schema's fault, and never read.
		const read = source.texts?.get(textFile) ?? (path === '$.article' ? source.text : undefined);
		if (read !== undefined) text = read;
		else if (TEXT_FILE_NAME.test(textFile)) at('.textFile', `cannot read "${textFile}" beside the document`);
	} else {
		at('', 'must hold the article text in text, or name it in textFile');
	}
	const tooLong = text === undefined ? undefined : articleTooLong(text);
	if (tooLong !== undefined) {
		at(inline !== undefined ? '.text' : '.textFile', inline !== undefined ? tooLong : `"${String(textFile)}" ${tooLong}`);
		return undefined;
	}
	// Offsets and paragraphs count in the text as read with LF line endings, whatever the editor saved.
	return text === undefined ? undefined : normaliseLineEndings(text);
}

/** The day an article speaks from (its as-of day, else its publication day), or NaN with its fault recorded when that is not a day. */
function articleAsOf(article: ArticleAt, file: string, faults: Fault[]): TimeMs {
	const asOf = article.raw.asOf?.date;
	const [day, field] = typeof asOf === 'string' ? [asOf, '.asOf.date'] : [article.raw.published, '.published'];
	if (typeof day !== 'string') return Number.NaN;
	try {
		return parseIsoDay(day);
	} catch (error) {
		if (!(error instanceof FuzzyDateError)) throw error;
		if (ISO_DAY.test(day)) faults.push({ file, ...(article.id === undefined ? {} : { articleId: article.id }), path: `${article.path}${field}`, reason: error.message });
		return Number.NaN;
	}
}

/**
 * What the schema cannot say of a document's articles: that it gives one article or a history's list (not
 * both, not neither), a history's title, its articles' ids each once, and a credit's link to the original.
 */
function checkArticles(raw: Record<string, unknown>, articles: readonly ArticleAt[], file: string, faults: Fault[]): void {
	const hasOne = 'article' in raw;
	const hasMany = 'articles' in raw;
	if (hasOne && hasMany) faults.push({ file, path: '$', reason: 'give one article in article, or the articles of a history in articles, not both' });
	if (!hasOne && !hasMany)
		faults.push({ file, path: '$.article', reason: 'is required (object): the article the timeline is drawn from; a history gives its articles in $.articles instead' });
	if (hasMany && raw.title === undefined) faults.push({ file, path: '$.title', reason: 'is required in a document of many articles: the title of the history they tell' });
	const firstWithId = new Map<string, string>();
	for (const article of articles) {
		const { id, path, raw: fields } = article;
		if (id !== undefined) {
			const first = firstWithId.get(id);
			if (first === undefined) firstWithId.set(id, path);
			else faults.push({ file, articleId: id, path: `${path}.id`, reason: `repeats the id of ${first}` });
		}
		// The credit a licence asks for links to the original (JSON Schema could say so; zod cannot write it).
		if (fields.licence !== undefined && fields.url === undefined) {
			faults.push({
				file,
				...(id === undefined ? {} : { articleId: id }),
				path: `${path}.url`,
				reason: 'is required when the article has a licence: its credit links to the original'
			});
		}
	}
}

/**
 * Validates a parsed JSON document and resolves its events. The articles' texts are inline (`text`) or
 * in files beside the document (`textFile`), which the caller reads and passes in `source`.
 * `onProgress`, when given, is told how many of the events have been checked and the faults found so far,
 * about every thousand events and once at the end (a worker posts them to the page loading a large document).
 */
export function loadTimeline(input: unknown, source: LoadSource): LoadResult {
	const { file, onProgress } = source;
	const { document, faults } = checkStructure(input, file);
	const raw = objectOr(input);

	// Whatever is well-formed is checked further even when other parts are not, so that one run reports every fault.
	const articles = articlesAt(input);
	checkArticles(raw, articles, file, faults);
	const texts = articles.map((article) => articleText(article, source, faults));
	// A history speaks as of its latest article.
	const asOf = articles.reduce((latest, article) => {
		const day = articleAsOf(article, file, faults);
		return Number.isNaN(latest) || day > latest ? day : latest;
	}, Number.NaN);
	const rawEvents = Array.isArray(raw.events) ? (raw.events as unknown[]) : [];
	const ctx: Context = {
		file,
		faults,
		asOf,
		eventIds: idsOf(rawEvents) ?? new Set(),
		normalisedTexts: texts.map((text) => (text === undefined ? undefined : (source.normalise ?? normaliseForMatching)(text)))
	};
	if (Array.isArray(raw.articles)) {
		// An id given twice names its first article (the second is a fault of its own).
		ctx.articleIndex = new Map();
		articles.forEach((article, index) => article.id !== undefined && !ctx.articleIndex!.has(article.id) && ctx.articleIndex!.set(article.id, index));
	}
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

	const allTexts = texts.every((text) => text !== undefined) ? texts : undefined;
	const read = { ...(document ? { document } : {}), ...(allTexts === undefined ? {} : { texts: allTexts }) };
	if (!document || faults.length > 0 || allTexts === undefined) return { faults, ...read };
	events.sort(byTimeOrder);
	events.forEach((event, order) => (event.order = order));
	const loaded = articlesOf(document).map((data, index) => ({ data, text: allTexts[index]! }));
	return { timeline: { document, articles: loaded, asOf, events, hasArticleEvents: events.some((event) => event.data.origin === 'article') }, faults, ...read };
}

/** The text of the article an excerpt is in, in which its range counts. */
export const excerptText = (timeline: Pick<Timeline, 'articles'>, range: ExcerptRange): string => timeline.articles[range.article]?.text ?? '';

/** How much of a history's coverage reports an event ("in 12 of 300 articles, from 4 publishers"); nothing for a timeline of one article. */
export function eventCoverage(timeline: Pick<Timeline, 'document' | 'articles'>, event: Pick<TimelineEvent, 'excerpts'>): string | undefined {
	if (!isHistory(timeline.document) || event.excerpts.length === 0) return undefined;
	return coverageText(
		coverageOf(
			event.excerpts,
			timeline.articles.map((article) => article.data)
		)
	);
}

/** An event's excerpts grouped by the article they are in, in the order the articles first appear among them. */
export function excerptsByArticle(event: Pick<TimelineEvent, 'excerpts'>): { article: number; ranges: ExcerptRange[] }[] {
	const groups = new Map<number, ExcerptRange[]>();
	for (const range of event.excerpts) {
		const group = groups.get(range.article);
		if (group) group.push(range);
		else groups.set(range.article, [range]);
	}
	return [...groups].map(([article, ranges]) => ({ article, ranges }));
}

/** Which of a history's articles an excerpt quotes: "“Title”, Wikinews, 3 Jan 2020"; nothing for a timeline of one article. */
export function excerptSource(timeline: Pick<Timeline, 'document' | 'articles'>, range: ExcerptRange): string | undefined {
	const article = timeline.articles[range.article]?.data;
	if (!isHistory(timeline.document) || !article) return undefined;
	return `“${article.title}”, ${publishedBy(article)}`;
}
