/**
 * Deterministic synthetic timelines for scale testing and benchmarks: `count` events between 1975 and 2025,
 * about 70% points and 30% spans, with titles and descriptions, from a seeded generator (same seed, same
 * events). Events are built already resolved, as loadTimeline would resolve them, so that a large data set
 * costs no parsing, and their records read from the generator's columns; `syntheticDocument` gives the
 * same events as a plain timeline document.
 */
import type { FuzzyDate, DateBound } from '../date/fuzzy-date';
import type { ArticleData, TimelineDocument, TimelineEventData } from './schema';
import type { Timeline, TimelineEvent } from './timeline';
import { MS_PER_DAY, utcDayStart } from '../date/time';
import { formatInteger } from '../text/format-number';

/** mulberry32: a small, fast, well-distributed 32-bit generator. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const LANES = ['north', 'south', 'east', 'west', 'centre', 'abroad'];
const CATEGORIES = ['conflict', 'law', 'diplomacy', 'governance'];
const SUBJECTS = ['Council', 'Assembly', 'Ministry', 'Court', 'Army', 'Press', 'Union', 'Party', 'Province', 'Embassy'];
const VERBS = ['announces', 'rejects', 'signs', 'opens', 'suspends', 'reviews', 'extends', 'launches', 'ends', 'debates'];
const OBJECTS = ['treaty', 'inquiry', 'budget', 'ceasefire', 'reform', 'ban', 'summit', 'election', 'trade deal', 'census'];

const FIRST_DAY = utcDayStart(1975, 0, 1);
const DAYS = Math.round((utcDayStart(2025, 0, 1) - FIRST_DAY) / MS_PER_DAY);
const SYNTHETIC_AS_OF = utcDayStart(2025, 0, 1);

export interface SyntheticEvent {
	id: string;
	title: string;
	summary: string;
	lane: string;
	category: string;
	/** First day, as days since 1975-01-01. */
	startDay: number;
	/** Last day, inclusive; equal to startDay for a point. */
	endDay: number;
}

/**
 * The generator's draws, a column per field: no object per event until the events themselves are built,
 * so that building the resolved timeline straight from them leaves no garbage of intermediate events.
 */
interface SyntheticColumns {
	startDay: Int32Array;
	endDay: Int32Array;
	subject: Uint8Array;
	verb: Uint8Array;
	object: Uint8Array;
	lane: Uint8Array;
	category: Uint8Array;
}

function drawColumns(count: number, seed: number): SyntheticColumns {
	const random = seededRandom(seed);
	const pick = (length: number) => Math.floor(random() * length);
	const columns: SyntheticColumns = {
		startDay: new Int32Array(count),
		endDay: new Int32Array(count),
		subject: new Uint8Array(count),
		verb: new Uint8Array(count),
		object: new Uint8Array(count),
		lane: new Uint8Array(count),
		category: new Uint8Array(count)
	};
	for (let i = 0; i < count; i++) {
		const startDay = Math.floor(random() * DAYS);
		const isSpan = random() < 0.3;
		// Spans last from a day to about three years, most of them short.
		const length = isSpan ? 1 + Math.floor(random() ** 3 * 1100) : 0;
		columns.startDay[i] = startDay;
		columns.endDay[i] = Math.min(DAYS - 1, startDay + length);
		columns.subject[i] = pick(SUBJECTS.length);
		columns.verb[i] = pick(VERBS.length);
		columns.object[i] = pick(OBJECTS.length);
		columns.lane[i] = pick(LANES.length);
		columns.category[i] = pick(CATEGORIES.length);
	}
	return columns;
}

// Every subject-verb-object phrase built once (a thousand of them), each title that phrase and its number:
// building 100,000 titles piece by piece took about a tenth of a second. A summary describes its subject,
// one string per subject shared by its events.
const PHRASES = SUBJECTS.flatMap((subject) => VERBS.flatMap((verb) => OBJECTS.map((object) => `${subject} ${verb} ${object} #`)));
const SUMMARIES = SUBJECTS.map((subject) => `A synthetic event: the ${subject.toLowerCase()} acts, for testing at scale.`);
const titleOf = (c: SyntheticColumns, i: number) => PHRASES[(c.subject[i]! * VERBS.length + c.verb[i]!) * OBJECTS.length + c.object[i]!] + String(i + 1);
const summaryOf = (c: SyntheticColumns, i: number) => SUMMARIES[c.subject[i]!]!;
const idOf = (i: number) => `event-${i + 1}`;

export function generateSyntheticEvents(count: number, seed = 1): SyntheticEvent[] {
	const c = drawColumns(count, seed);
	return Array.from({ length: count }, (_, i) => ({
		id: idOf(i),
		title: titleOf(c, i),
		summary: summaryOf(c, i),
		lane: LANES[c.lane[i]!]!,
		category: CATEGORIES[c.category[i]!]!,
		startDay: c.startDay[i]!,
		endDay: c.endDay[i]!
	}));
}

/**
 * Where each id `event-1` … `event-<count>` falls when the ids are sorted by code unit (the tie-break of
 * time order): the numbers 1 … count in lexicographic order (1, 10, 100, 101, …, 11, …), walked in O(n)
 * rather than sorted by comparing strings. `ranks[k - 1]` is the place of `event-<k>`.
 */
export function idRanks(count: number): Int32Array {
	const ranks = new Int32Array(count);
	let k = 1;
	for (let rank = 0; rank < count; rank++) {
		ranks[k - 1] = rank;
		if (k * 10 <= count) k *= 10;
		else {
			if (k >= count) k = Math.floor(k / 10);
			k += 1;
			while (k % 10 === 0) k /= 10;
		}
	}
	return ranks;
}

/**
 * A cache with a slot for every day of the range. Allocated at full length: filling an empty array at
 * scattered days turns it into a dictionary, whose lookups cost tens of milliseconds at 100,000 events.
 */
const perDay = <T>() => new Array<T | undefined>(DAYS + 1);

// Every day of the range named once: 100,000 events would otherwise format 200,000 dates.
const ISO_DAYS = perDay<string>();
const isoDay = (day: number) => (ISO_DAYS[day] ??= new Date(FIRST_DAY + day * MS_PER_DAY).toISOString().slice(0, 10));
/** One source shared by every synthetic event (documents are never mutated after loading). */
const SYNTHETIC_CITATIONS = [{ title: 'Synthetic data generated by Chronoscope' }];

// One bound per day, shared by every event on it (resolved dates are never mutated): 100,000 events
// would otherwise allocate 130,000 bounds and as many Dates.
const DAY_BOUNDS = perDay<DateBound>();
function dayBound(day: number): DateBound {
	const start = FIRST_DAY + day * MS_PER_DAY;
	return (DAY_BOUNDS[day] ??= { start, end: start + MS_PER_DAY, precision: 'day', approximate: false, uncertain: false, year: new Date(start).getUTCFullYear() });
}

// Shared by every event that has the same value, as SYNTHETIC_CITATIONS is: at 10,000 events a fresh
// empty array, lane list and date record per event came to about a megabyte of the page's heap.
const NO_EXCERPTS: never[] = [];
const LANE_LISTS = LANES.map((lane) => [lane]);
const POINT_DATES = perDay<TimelineEventData['date']>();

/** The date record of event `i`: shared by every point on its day, a new one for a span. */
function dateRecord(c: SyntheticColumns, i: number): TimelineEventData['date'] {
	const startDay = c.startDay[i]!;
	const endDay = c.endDay[i]!;
	return endDay > startDay
		? { edtf: spanEdtf(startDay, endDay), method: 'external', citations: SYNTHETIC_CITATIONS }
		: (POINT_DATES[startDay] ??= { edtf: isoDay(startDay), method: 'external', citations: SYNTHETIC_CITATIONS });
}
const spanEdtf = (startDay: number, endDay: number) => `${isoDay(startDay)}/${isoDay(endDay)}`;

/** Event `i` as a plain record, as a document holds it. */
const eventData = (c: SyntheticColumns, i: number): TimelineEventData => new SyntheticEventData(c, i).toJSON();

/**
 * The synthetic events as a timeline document (for `src`, validation and other tools' formats). Events
 * on one day share one date record, in every document made here: copy a record before changing it.
 */
export function syntheticDocument(count: number, seed = 1): TimelineDocument {
	const c = drawColumns(count, seed);
	return { ...documentShell(count, seed), events: Array.from({ length: count }, (_, i) => eventData(c, i)) };
}

function syntheticArticle(count: number, seed: number): ArticleData & { text: string } {
	return {
		title: `Synthetic timeline of ${formatInteger(count)} events`,
		publisher: 'Chronoscope',
		language: 'en',
		text: `A generated timeline of ${count} events for testing at scale (seed ${seed}).`,
		asOf: { date: isoDay(DAYS), method: 'stated' }
	};
}

function documentShell(count: number, seed: number): Omit<TimelineDocument, 'events'> {
	return {
		version: 1,
		id: `synthetic-${count}`,
		article: syntheticArticle(count, seed),
		lanes: LANES.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
		categories: CATEGORIES.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) }))
	};
}

// A point's resolved date, one per day and shared like its bound (resolved dates are never mutated).
const POINT_FUZZY = perDay<FuzzyDate>();
function pointDate(day: number): FuzzyDate {
	const from = dayBound(day);
	return (POINT_FUZZY[day] ??= { edtf: isoDay(day), start: from.start, end: from.end, from, isSpan: false, ongoing: false, approximate: false, uncertain: false });
}

/**
 * A synthetic event's document record, read from the generator's columns when asked: its fields are
 * getters, its strings made on each read. Most of a large timeline is never shown as text (only events in
 * view are labelled, only a hovered one described), and at 100,000 events making every id, title and
 * span's EDTF up front, with the objects they take, was a large share of generating them. `toJSON` gives
 * the plain record (what `syntheticDocument` holds).
 */
class SyntheticEventData {
	private readonly columns: SyntheticColumns;
	private readonly index: number;
	/** Kept once made, so that the record's date is one object, as in a parsed document. */
	private date_: TimelineEventData['date'] | undefined = undefined;
	constructor(columns: SyntheticColumns, index: number) {
		this.columns = columns;
		this.index = index;
	}
	get id(): string {
		return idOf(this.index);
	}
	get title(): string {
		return titleOf(this.columns, this.index);
	}
	get summary(): string {
		return summaryOf(this.columns, this.index);
	}
	get origin(): 'context' {
		return 'context';
	}
	get category(): string {
		return CATEGORIES[this.columns.category[this.index]!]!;
	}
	get lanes(): string[] {
		return LANE_LISTS[this.columns.lane[this.index]!]!;
	}
	get date(): TimelineEventData['date'] {
		return (this.date_ ??= dateRecord(this.columns, this.index));
	}
	get excerpts(): never[] {
		return NO_EXCERPTS;
	}
	/** The plain record, each field read once. */
	toJSON(): TimelineEventData {
		const { id, title, summary, origin, category, lanes, date, excerpts } = this;
		return { id, title, summary, origin, category, lanes, date, excerpts };
	}
}

/** A span's resolved date, its EDTF made when read (as SyntheticEventData's strings are). */
class SyntheticSpanDate implements FuzzyDate {
	readonly start: number;
	readonly end: number;
	readonly from: DateBound;
	readonly to: DateBound;
	readonly isSpan = true;
	readonly ongoing = false;
	readonly approximate = false;
	readonly uncertain = false;
	constructor(startDay: number, endDay: number) {
		this.from = dayBound(startDay);
		this.to = dayBound(endDay);
		this.start = this.from.start;
		this.end = this.to.end;
	}
	get edtf(): string {
		return spanEdtf(dayOf(this.start), dayOf(this.to.start));
	}
}
const dayOf = (time: number) => Math.round((time - FIRST_DAY) / MS_PER_DAY);

/** The synthetic events resolved directly, as loadTimeline would resolve the same document. */
export function syntheticTimeline(count: number, seed = 1): Timeline {
	const c = drawColumns(count, seed);
	// Sorted as byTimeOrder sorts resolved events, but as numbers: each event's start and end days and the
	// place of its id in id order packed in one double (days fit exactly), sorted natively as a typed array.
	const ranks = idRanks(count);
	const byRank = new Int32Array(count);
	const INDEX = 2 ** Math.max(20, Math.ceil(Math.log2(count + 1)));
	const packed = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const rank = ranks[i]!;
		byRank[rank] = i;
		packed[i] = (c.startDay[i]! * (DAYS + 1) + c.endDay[i]!) * INDEX + rank;
	}
	packed.sort();
	const events: TimelineEvent[] = new Array(count);
	const data: TimelineEventData[] = new Array(count);
	for (let order = 0; order < count; order++) {
		const i = byRank[packed[order]! % INDEX]!;
		const record = new SyntheticEventData(c, i);
		const startDay = c.startDay[i]!;
		const endDay = c.endDay[i]!;
		const date = endDay > startDay ? new SyntheticSpanDate(startDay, endDay) : pointDate(startDay);
		data[order] = record;
		events[order] = { data: record, order, date, excerpts: NO_EXCERPTS };
	}
	const article = syntheticArticle(count, seed);
	const document: TimelineDocument = { ...documentShell(count, seed), article, events: data };
	return { document, articles: [{ data: article, text: article.text }], asOf: SYNTHETIC_AS_OF, events, hasArticleEvents: events.some((event) => event.data.origin === 'article') };
}
