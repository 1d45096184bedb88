/**
 * TimelineJS3 documents (https://timeline.knightlab.com/docs/json-format.html) converted to Chronoscope
 * timeline documents. TimelineJS text may hold HTML: its text is kept and its markup dropped, by string
 * processing (nothing is parsed by a browser, so nothing in it can run).
 */
import { ENTITY, decodeEntity } from '../text/entities';
import { FuzzyDateError, resolveFuzzyDate } from '../date/fuzzy-date';
import { SITE_PATH } from '../document/media';
import type { Fault } from '../document/faults';
import type { Citation, Media, TimelineDocument, TimelineEventData } from '../document/schema';
import { formatTimeParam } from '../date/format-date';
import { astronomicalYear, MS_PER_DAY, utcDayStart } from '../date/time';

export interface TjsDate {
	year?: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	display_date?: string;
}
export interface TjsText {
	headline?: string;
	text?: string;
}
export interface TjsMedia {
	/** A URL, or an embed code (HTML). */
	url?: string;
	caption?: string;
	credit?: string;
	/** Where TimelineJS links the media to. */
	link?: string;
}
export interface TjsSlide {
	start_date?: TjsDate;
	end_date?: TjsDate;
	display_date?: string;
	text?: TjsText;
	media?: TjsMedia;
	group?: string;
	unique_id?: string;
}
/** A TimelineJS3 document as the conversion reads it; a field may also be null, which reads as absent (see checkTimelineJs). */
export interface TjsDocument {
	title?: TjsSlide;
	events: TjsSlide[];
	eras?: TjsSlide[];
}

/** A date's part, read as a whole number (or its text) in its range. */
type TjsDatePart = 'year' | 'month' | 'day' | 'hour' | 'minute';
/** What the conversion reads of a TimelineJS3 document, and how: text, a date's part, or an object of such fields. */
type TjsShape = 'text' | TjsDatePart | { readonly [field: string]: TjsShape };
const TJS_DATE: TjsShape = { year: 'year', month: 'month', day: 'day', hour: 'hour', minute: 'minute', display_date: 'text' };
/** The values a date's part may take: a month out of range, or "June", would otherwise be dropped or turned round without a word. */
const PART_RANGES: Record<TjsDatePart, readonly [number, number]> = {
	year: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	month: [1, 12],
	day: [1, 31],
	hour: [0, 23],
	minute: [0, 59]
};
const TJS_SLIDE: TjsShape = {
	start_date: TJS_DATE,
	end_date: TJS_DATE,
	display_date: 'text',
	text: { headline: 'text', text: 'text' },
	media: { url: 'text', caption: 'text', credit: 'text', link: 'text' },
	group: 'text',
	unique_id: 'text'
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Pushes a fault for each field of `value` that `shape` reads and cannot: null and absent fields are no fault. */
function checkShape(value: unknown, shape: TjsShape, path: string, out: { path: string; reason: string }[]): void {
	if (shape === 'text') {
		if (typeof value !== 'string') out.push({ path, reason: `must be text, not ${typeName(value)}` });
	} else if (typeof shape === 'string') {
		const [min, max] = PART_RANGES[shape];
		const range = shape === 'year' ? 'a whole number' : `a whole number from ${min} to ${max}`;
		if (typeof value !== 'string' && typeof value !== 'number') out.push({ path, reason: `must be ${range} or its text, not ${typeName(value)}` });
		else if (value !== '' && !(Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max))
			out.push({ path, reason: `must be ${range} (the ${shape}), not ${JSON.stringify(String(value).slice(0, 40))}` });
	} else if (!isRecord(value)) {
		out.push({ path, reason: `must be an object, not ${typeName(value)}` });
	} else {
		for (const [field, fieldShape] of Object.entries(shape)) {
			const fieldValue = Object.hasOwn(value, field) ? value[field] : undefined;
			if (fieldValue !== undefined && fieldValue !== null) checkShape(fieldValue, fieldShape, `${path}.${field}`, out);
		}
	}
}

function typeName(value: unknown): string {
	return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The faults that stop a TimelineJS3 document being converted: a slide that is not an object, or a field
 * the conversion reads (a date's parts, a headline, a media URL) of another type. Each names its JSON
 * path in the TimelineJS3 document, and a fault in an event names the event by its position (#3).
 */
export function checkTimelineJs(document: TjsDocument, file: string): Fault[] {
	const found: { path: string; reason: string }[] = [];
	const { title, events, eras } = document as { title?: unknown; events: unknown[]; eras?: unknown };
	if (title !== undefined && title !== null) checkShape(title, TJS_SLIDE, '$.title', found);
	events.forEach((slide, index) => checkShape(slide, TJS_SLIDE, `$.events[${index}]`, found));
	if (Array.isArray(eras)) eras.forEach((slide: unknown, index) => checkShape(slide, TJS_SLIDE, `$.eras[${index}]`, found));
	else if (eras !== undefined && eras !== null) found.push({ path: '$.eras', reason: `must be a list, not ${typeName(eras)}` });
	return found.map(({ path, reason }) => {
		const event = /^\$\.events\[(\d+)\]/.exec(path)?.[1];
		return event === undefined ? { file, path, reason } : { file, eventId: `#${event}`, path, reason };
	});
}

/** Whether a parsed JSON value looks like a TimelineJS3 document. */
export function isTimelineJs(value: unknown): value is TjsDocument {
	if (typeof value !== 'object' || value === null || !('events' in value)) return false;
	const events = (value as { events: unknown }).events;
	return Array.isArray(events) && !('version' in value) && events.some((event) => typeof event === 'object' && event !== null && 'start_date' in event);
}

const SCRIPT_OR_STYLE = /<(script|style)\b/gi;
const END_TAG: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * Script and style elements replaced by a space, each from its start tag to the first end tag of its name
 * after it; one left open stays as it is. An element left open has no end tag after it, and then neither
 * has any later one of its name, so each name's end tags are looked for past the last one found at most
 * once: linear time, where a regular expression looked from every open element to the end of the text.
 */
function dropScriptsAndStyles(html: string): string {
	let out = '';
	let copiedTo = 0;
	const unclosed = new Set<string>();
	SCRIPT_OR_STYLE.lastIndex = 0;
	for (let start = SCRIPT_OR_STYLE.exec(html); start; start = SCRIPT_OR_STYLE.exec(html)) {
		const name = (start[1] as string).toLowerCase();
		if (unclosed.has(name)) continue;
		const endTag = END_TAG[name] as RegExp;
		endTag.lastIndex = start.index + start[0].length;
		const end = endTag.exec(html);
		if (!end) {
			unclosed.add(name);
			continue;
		}
		out += `${html.slice(copiedTo, start.index)} `;
		copiedTo = end.index + end[0].length;
		SCRIPT_OR_STYLE.lastIndex = copiedTo;
	}
	return copiedTo === 0 ? html : out + html.slice(copiedTo);
}

/**
 * Tags dropped. A "<" with no ">" after it begins no tag, so only the text up to the last ">" is searched:
 * a regular expression looking from every such "<" to the end of the text took quadratic time.
 */
function dropTags(html: string): string {
	const lastEnd = html.lastIndexOf('>');
	return lastEnd === -1 ? html : html.slice(0, lastEnd + 1).replace(/<[^>]*>/g, '') + html.slice(lastEnd + 1);
}

/** Words and single spaces, with no tag or reference: text that is its own text. */
const PLAIN_TEXT = /^[^<&\s]+(?: [^<&\s]+)*$/;

/** The text of an HTML fragment: tags dropped (block ends become spaces), entities decoded, white space folded. */
export function textOfHtml(html: string | undefined): string {
	if (!html) return '';
	// Most of a document's text (headlines, groups, plain summaries) is not HTML at all.
	if (PLAIN_TEXT.test(html)) return html;
	if (!html.includes('<') && !html.includes('&')) return html.replace(/\s+/g, ' ').trim();
	return dropTags(dropScriptsAndStyles(html).replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, ' '))
		.replace(ENTITY, decodeEntity)
		.replace(/\s+/g, ' ')
		.trim();
}

// No "<" inside a tag, even quoted: each tag is then looked for only up to the next "<", and a long run
// of unclosed tags costs linear time, not quadratic.
const TAG = /<([a-z][\w-]*)\b((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Elements whose `src` is the media itself (a script's is the embedding service's loader, never the media). */
const EMBEDDING = new Set(['iframe', 'embed', 'video', 'audio', 'source', 'img']);

/** An http(s) URL as given, or a protocol-relative one ("//host/…") made https; otherwise undefined. */
function webUrl(text: string): string | undefined {
	const url = text.startsWith('//') ? `https:${text}` : text;
	if (!/^https?:\/\//i.test(url)) return undefined;
	try {
		new URL(url);
		return url;
	} catch {
		return undefined;
	}
}

/**
 * The address an embed code names. Embed codes name their original (`cite`, Instagram's
 * `data-instgrm-permalink`) or embed it (an iframe's, video's, image's `src`); a quoted post (Twitter's
 * and Bluesky's codes are a blockquote) ends with the post's own link, after the links in its text; other
 * HTML gives its first link. Undefined when it holds no http(s) address.
 */
export function urlInHtml(html: string): string | undefined {
	const cited: string[] = [];
	const embedded: string[] = [];
	const links: string[] = [];
	for (const [, name = '', attributes = ''] of html.matchAll(TAG)) {
		const tag = name.toLowerCase();
		for (const [, key = '', ...values] of attributes.matchAll(ATTRIBUTE)) {
			const url = webUrl((values.find((value) => value !== undefined) ?? '').replace(ENTITY, decodeEntity).trim());
			if (url === undefined) continue;
			const attribute = key.toLowerCase();
			if (attribute === 'cite' || attribute === 'data-instgrm-permalink') cited.push(url);
			else if ((attribute === 'src' && EMBEDDING.has(tag)) || (attribute === 'data' && tag === 'object')) embedded.push(url);
			else if (attribute === 'href' && tag === 'a') links.push(url);
		}
	}
	return cited[0] ?? embedded[0] ?? (/<blockquote\b/i.test(html) ? links.at(-1) : links[0]);
}

/**
 * A media URL that is not HTML, as an event's: an http(s) URL; a relative one read from the document's
 * address (when it has one: a file opened in the editor has only a name), else kept if it is a path on
 * the site; nothing for other schemes (javascript:, data:, ftp:).
 */
function mediaUrl(text: string, documentUrl: string | undefined): string | undefined {
	if (!text) return undefined;
	const web = webUrl(text);
	if (web !== undefined || /^[a-z][a-z\d+.-]*:/i.test(text)) return web;
	if (documentUrl === undefined) return SITE_PATH.test(text) ? text : undefined;
	try {
		return webUrl(new URL(text, documentUrl).href);
	} catch {
		return undefined;
	}
}

/**
 * A slide's media as an event's: the URL (from an embed code, the address it names; failing that, the
 * media's `link`), with its caption and credit as text. Media that cannot be linked is described in
 * `leftOut`, for the event's summary, so that nothing the document held is dropped unseen.
 */
export function convertMedia(media: TjsMedia | undefined, documentUrl: string | undefined): { media?: Media; leftOut?: string } {
	if (!media) return {};
	const caption = textOfHtml(media.caption);
	const credit = textOfHtml(media.credit);
	const given = media.url?.trim() ?? '';
	const html = given.startsWith('<');
	const url = (html ? urlInHtml(given) : mediaUrl(given, documentUrl)) ?? mediaUrl(media.link?.trim() ?? '', documentUrl);
	if (url !== undefined) return { media: { url, ...(caption && { caption }), ...(credit && { credit }) } };
	// Nothing to show: a credit alone stays the event's source (a "media credit").
	if (!given && !caption) return {};
	const content = html ? textOfHtml(given) : '';
	const why = !given ? 'no address' : html ? 'HTML with no http(s) link' : 'not an http(s) URL';
	const shown = [content && `“${content}”`, caption].filter(Boolean).join(' — ');
	const note = `Media not shown (${why})${shown ? `: ${shown}` : ''}`;
	return { leftOut: /[.!?…”]$/.test(note) ? note : `${note}.` };
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slug(text: string, fallback: string): string {
	// Already a slug (as unique_ids mostly are): what the steps below would make of it is itself.
	if (text.length <= 60 && KEBAB.test(text)) return text;
	const made = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return made || fallback;
}

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, '0');

/** The first day and the end of the last that an as-of date names: days of four-digit years, -9999 to 9999. */
const FIRST_DAY = utcDayStart(-9999);
const LAST_DAY_END = utcDayStart(10_000);

/** Whether a date part is not given: absent, null (as some JSON writers put it) or empty. */
const absent = (part: number | string | null | undefined) => part === undefined || part === null || part === '';

/**
 * A TimelineJS date as EDTF: "-500" → "-0499", 1979/12/24 → "1979-12-24", -13800000000 → "Y-13799999999".
 * TimelineJS shows a negative year as that many years BCE ("-500" as "500 BCE"), as historians count them;
 * EDTF counts as astronomers do, with a year 0 that is 1 BCE, so a year BCE is one nearer zero in EDTF.
 * TimelineJS's own year 0 (which it shows as "0") is taken as 1 BCE.
 */
export function tjsDateToEdtf(date: TjsDate | undefined): string | undefined {
	if (!date || absent(date.year)) return undefined;
	const given = Number(date.year);
	if (!Number.isInteger(given)) return undefined;
	const year = given < 0 ? astronomicalYear(given) : given;
	if (Math.abs(year) > 9999) return `Y${year}`;
	let text = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	const month = Number(date.month);
	if (absent(date.month) || !Number.isInteger(month)) return text;
	text += `-${pad(month, 2)}`;
	const day = Number(date.day);
	if (absent(date.day) || !Number.isInteger(day)) return text;
	text += `-${pad(day, 2)}`;
	const hour = Number(date.hour);
	if (absent(date.hour) || !Number.isInteger(hour)) return text;
	const minute = Number(date.minute ?? 0) || 0;
	// A spreadsheet's day with no time reads 00:00: midnight to the minute is the day, as TimelineJS shows it.
	if (hour === 0 && minute === 0) return text;
	return `${text}T${pad(hour, 2)}:${pad(minute, 2)}:00Z`;
}

/**
 * Converts a TimelineJS3 document. Its events become context events (there is no article to anchor them
 * in), in lanes by `group`, citing the document itself, with their media (convertMedia); eras become
 * spans in their own lane. Dates that cannot be read are kept as given, so that validation reports them.
 */
export function convertTimelineJs(source: TjsDocument, sourceUrl: string): TimelineDocument {
	const title = textOfHtml(source.title?.text?.headline) || 'TimelineJS timeline';
	const intro = textOfHtml(source.title?.text?.text);
	const documentUrl = /^https?:/.test(sourceUrl) ? sourceUrl : undefined;
	const documentCitation: Citation = { title, ...(documentUrl === undefined ? {} : { url: documentUrl }), note: 'TimelineJS3 document' };
	// A lane for each group as written: two groups with the same slug ("A b", "a-b") get two lanes.
	const laneOfGroup = new Map<string, string>();
	const laneIds = new Set<string>();
	const laneOf = (group: string): string => {
		let lane = laneOfGroup.get(group);
		if (lane !== undefined) return lane;
		const base = slug(group, 'events');
		lane = base;
		for (let n = 2; laneIds.has(lane); n++) lane = `${base}-${n}`;
		laneIds.add(lane);
		laneOfGroup.set(group, lane);
		return lane;
	};
	const ids = new Set<string>();

	const convert = (slide: TjsSlide, index: number, kind: 'event' | 'era'): TimelineEventData => {
		const headline = textOfHtml(slide.text?.headline) || `Untitled ${kind} ${index + 1}`;
		let id = slug(slide.unique_id ?? headline, `${kind}-${index + 1}`);
		while (ids.has(id)) id = `${id}-${index + 1}`;
		ids.add(id);
		const group = kind === 'era' ? 'Eras' : textOfHtml(slide.group) || 'Events';
		const lane = laneOf(group);
		const start = tjsDateToEdtf(slide.start_date);
		const end = tjsDateToEdtf(slide.end_date);
		const edtf = start === undefined ? String(slide.start_date?.year ?? '') : end && end !== start ? `${start}/${end}` : start;
		const { media, leftOut } = convertMedia(slide.media, documentUrl);
		// Media kept shows its credit beside it; the credit of media left out is kept as a source.
		const credit = media ? '' : textOfHtml(slide.media?.credit);
		const citations: Citation[] = [{ ...documentCitation }, ...(credit ? [{ title: credit, note: 'media credit' }] : [])];
		const displayed = slide.display_date ?? slide.start_date?.display_date;
		const event: TimelineEventData = {
			id,
			title: headline,
			summary: [textOfHtml(slide.text?.text), leftOut].filter(Boolean).join(' ') || headline,
			origin: 'context',
			category: kind,
			lanes: [lane],
			date: { edtf, method: 'external', citations },
			excerpts: []
		};
		if (displayed) event.stated = { text: textOfHtml(displayed) || displayed };
		if (media) event.media = media;
		return event;
	};

	const events = [...source.events.map((slide, i) => convert(slide, i, 'event')), ...(source.eras ?? []).map((slide, i) => convert(slide, i, 'era'))];
	// TimelineJS has no as-of date: the last day of the latest event that a calendar day can name stands in,
	// written as EDTF writes days (0000 is 1 BCE), so that the header names its year as the list does.
	let latest = -Infinity;
	for (const event of events) {
		try {
			const end = resolveFuzzyDate(event.date.edtf, 0).end;
			if (end > latest && end <= LAST_DAY_END) latest = end;
		} catch (error) {
			if (!(error instanceof FuzzyDateError)) throw error;
		}
	}
	// Events all before the first day ISO 8601 writes with four digits speak as of that day.
	const asOf = Number.isFinite(latest) ? formatTimeParam(Math.max(latest, FIRST_DAY + MS_PER_DAY) - 1, Infinity) : '0001-01-01';
	return {
		version: 1,
		id: slug(title, 'timelinejs'),
		article: {
			title,
			publisher: 'TimelineJS3 document',
			language: 'en',
			text: intro || title,
			asOf: { date: asOf, method: 'inferred', note: 'TimelineJS documents carry no as-of date; the latest event stands in.' }
		},
		lanes: [...laneOfGroup].map(([label, id]) => ({ id, label })),
		categories: [{ id: 'event', label: 'Event' }, ...(source.eras?.length ? [{ id: 'era', label: 'Era' }] : [])],
		events
	};
}
