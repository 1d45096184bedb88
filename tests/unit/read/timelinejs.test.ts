import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertMedia, convertTimelineJs, isTimelineJs, textOfHtml, tjsDateToEdtf, urlInHtml, type TjsDocument } from '../../../src/lib/model/read/timelinejs';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import { MAX_DOCUMENT_BYTES } from '../../../src/lib/model/read/parse-document';
import { describeEventDate } from '../../../src/lib/model/document/describe';
import { formatDay } from '../../../src/lib/model/date/format-date';
import { readDocumentText, seedDocument } from '../helpers';
import { ENTITY, decodeEntity } from '../../../src/lib/model/text/entities';

const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/timelinejs.json'), 'utf8');
/** Knight Lab's own test of every media type TimelineJS3 shows. */
const allMediaTypes = JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/@knight-lab/timelinejs/src/template/all-media-types.json'), 'utf8')) as TjsDocument;

describe('TimelineJS3 documents', () => {
	it('are told apart from Chronoscope documents', () => {
		expect(isTimelineJs(JSON.parse(fixture))).toBe(true);
		expect(isTimelineJs(seedDocument())).toBe(false);
		expect(isTimelineJs({ events: [] })).toBe(false);
	});

	it('keep the text of their HTML and drop the markup', () => {
		expect(textOfHtml('<p>Eagle lands &amp; Armstrong <i>walks</i>.</p><script>alert(2)</script>')).toBe('Eagle lands & Armstrong walks.');
		expect(textOfHtml('<img src=x onerror=alert(1)>Apollo&#32;11 &#x2014; lands')).toBe('Apollo 11 — lands');
	});

	it('keep a reference named after a property of every object as written', () => {
		expect(textOfHtml('&constructor; &toString; &valueOf; &hasOwnProperty; &amp;')).toBe('&constructor; &toString; &valueOf; &hasOwnProperty; &');
	});

	it.each([
		[{ year: '1969', month: '7', day: '20' }, '1969-07-20'],
		// A negative year is that many years BCE, as TimelineJS shows it; EDTF's year 0 is 1 BCE.
		[{ year: -763, month: 6 }, '-0762-06'],
		[{ year: -1 }, '0000'],
		[{ year: 0 }, '0000'],
		[{ year: 1 }, '0001'],
		[{ year: -10000 }, '-9999'],
		[{ year: '-4510000000' }, 'Y-4509999999'],
		[{ year: 1969, month: 7, day: 20, hour: 20, minute: 17 }, '1969-07-20T20:17:00Z'],
		[{ year: 1918, month: 7, day: 18, hour: 0 }, '1918-07-18'],
		[{ year: 1918, month: 7, day: 18, hour: '0', minute: '0' }, '1918-07-18'],
		[{ year: 1918, month: 7, day: 18, hour: 0, minute: 5 }, '1918-07-18T00:05:00Z'],
		[{ year: 'soon' }, undefined]
	])('read date %j as %s', (date, edtf) => expect(tjsDateToEdtf(date)).toBe(edtf));

	it('convert to a valid timeline, events in lanes by group, eras as spans, credits as sources', () => {
		const result = readDocumentText(fixture, 'https://example.org/moon.json');
		expect(result.faults).toEqual([]);
		expect(result.format).toBe('timelinejs');
		const timeline = result.timeline!;
		expect(timeline.document.article!.title).toBe('A short history of the Moon');
		expect(timeline.document.lanes.map((lane) => lane.label)).toEqual(['Deep time', 'History', 'Eras']);
		expect(timeline.events.map((event) => event.data.title)).toEqual(['The Moon forms', 'An eclipse recorded in Assyria', 'Space Race', 'Apollo 11 lands']);
		const eclipse = timeline.events[1]!;
		// The year the document gives and the year the list resolves it to are numbered alike.
		expect(describeEventDate(eclipse, timeline).full).toBe('“15 June 763 BC” in the document · 15 Jun 763 BCE');
		// The media's credit is shown with the media, not again among the sources.
		expect(eclipse.data.date.citations.map((c) => c.title)).toEqual(['A short history of the Moon']);
		expect(eclipse.data.media).toEqual({ url: 'https://example.org/eclipse.jpg', credit: 'Example Museum' });
		expect(timeline.events[3]!.data.summary).toBe('Eagle lands & Armstrong walks.');
		expect(timeline.document.article!.asOf.date).toBe('1975-12-31'); // the end of the latest (the Space Race era)
	});

	it('speak as of the last day of their latest event, whose year the header numbers as the list does', () => {
		/** A document of one event a year: the as-of date it infers, and the header's and the list's words for it. */
		const read = (...years: (number | string)[]) => {
			const document = convertTimelineJs({ events: years.map((year) => ({ start_date: { year }, text: { headline: `In ${year}` } })) }, 'cosmos.json');
			const timeline = loadTimeline(document, { file: 'cosmos.json' }).timeline!;
			return { asOf: document.article!.asOf.date, header: formatDay(timeline.asOf), list: timeline.events.map((event) => describeEventDate(event, timeline).resolved) };
		};
		// A cosmological document, all of it before 1 CE: not "as of 1 Jan 1 CE".
		expect(read('-13800000000', -3500)).toEqual({ asOf: '-3499-12-31', header: '31 Dec 3,500 BCE', list: ['13.8 billion years ago', '3,500 BCE'] });
		expect(read(-1)).toEqual({ asOf: '0000-12-31', header: '31 Dec 1 BCE', list: ['1 BCE'] });
		expect(read(-1, 1)).toEqual({ asOf: '0001-12-31', header: '31 Dec 1 CE', list: ['1 BCE', '1 CE'] });
		// Before any day written with four digits: as of the first that is.
		expect(read('-13800000000').asOf).toBe('-9999-01-01');
	});

	it('make ids of at most 60 characters, keeping one that is already a slug', () => {
		const ids = (uniqueIds: string[]) => convertTimelineJs({ events: uniqueIds.map((unique_id) => ({ start_date: { year: 1969 }, unique_id })) }, 'a.json').events.map((e) => e.id);
		const given = ['a'.repeat(60), `${'f'.repeat(57)}-gg`, `${'b'.repeat(59)}-c`, `${'d'.repeat(58)}-ee`, 'Apollo 11', 'x'.repeat(61)];
		expect(ids(given)).toEqual(['a'.repeat(60), `${'f'.repeat(57)}-gg`, 'b'.repeat(59), `${'d'.repeat(58)}-e`, 'apollo-11', 'x'.repeat(60)]);
	});

	it('convert as a whole: a TimelineJS document and its own conversion need not share ids', () => {
		const converted = convertTimelineJs(JSON.parse(fixture), 'moon.json');
		expect(new Set(converted.events.map((e) => e.id)).size).toBe(converted.events.length);
	});
});

/** textOfHtml as first written, one regular expression per step: the oracle for the linear one. */
const textOfHtmlByRegExp = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(ENTITY, decodeEntity)
		.replace(/\s+/g, ' ')
		.trim();

describe('the text of HTML', () => {
	it('is what the regular expressions made of it', () => {
		const piece = fc.constantFrom(
			'<script>',
			'<SCRIPT src="x">',
			'<scripts>',
			'</script>',
			'</Script  >',
			'</script x>',
			'<style>',
			'</style>',
			'<br/>',
			'<BR >',
			'</p>',
			'</h2>',
			'<b>',
			'</b>',
			'<',
			'>',
			'&amp;',
			'&#32;',
			'&nbsp;',
			'&',
			'a',
			'é',
			' ',
			'\n',
			'  ',
			'\u00a0'
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const html = pieces.join('');
				expect(textOfHtml(html)).toBe(textOfHtmlByRegExp(html));
			}),
			{ numRuns: 2000 }
		);
	});

	it('takes linear time, however many tags are left open', () => {
		const started = performance.now();
		expect(textOfHtml('<'.repeat(200_000))).toBe('<'.repeat(200_000));
		expect(textOfHtml('<script>'.repeat(25_000) + '<style x'.repeat(25_000) + '</style>')).toBe('');
		expect(textOfHtml(`${'<script a'.repeat(25_000)}</script`)).toBe(`${'<script a'.repeat(25_000)}</script`);
		expect(textOfHtml(`${'a '.repeat(100_000)} `)).toBe('a '.repeat(100_000).trim());
		expect(performance.now() - started).toBeLessThan(1000); // quadratic while every unclosed "<" was searched to the end
	});
});

describe('TimelineJS3 media', () => {
	const tweet =
		'<blockquote class="twitter-tweet"><p>Good dogs. <a href="https://twitter.com/hashtag/YearoftheDog?src=hash&amp;ref_src=twsrc%5Etfw">#YearoftheDog</a></p>&mdash; Kit Berry (@ItsMeKitB) <a href="https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw">January 1, 2018</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>';

	it.each([
		['a quoted post: its own link, the last, not the links in its text', tweet, 'https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw'],
		[
			'an iframe: what it embeds',
			"<iframe src='https://cdn.knightlab.com/embed/index.html?a=1&amp;b=2' width='100%'></iframe>",
			'https://cdn.knightlab.com/embed/index.html?a=1&b=2'
		],
		['a protocol-relative src, made https', '<iframe width=560 src=//www.youtube.com/embed/x></iframe>', 'https://www.youtube.com/embed/x'],
		[
			'the original an embed cites',
			'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1"><a href="https://www.tiktok.com/@a">@a</a></blockquote>',
			'https://www.tiktok.com/@a/video/1'
		],
		['other HTML: its first link', '<p><a href="https://a.example/">a</a> <a href="https://b.example/">b</a></p>', 'https://a.example/'],
		[
			'no http(s) link: a script loader, javascript: and a quote of text only',
			'<a href="javascript:alert(1)">x</a><script src="https://evil.example/x.js"></script><blockquote>Text.</blockquote>',
			undefined
		]
	])('an embed code gives its address: %s', (_, html, url) => expect(urlInHtml(html)).toBe(url));

	it('an embed code is read in linear time, however many of its tags are left open', () => {
		const started = performance.now();
		expect(urlInHtml('<a href="x'.repeat(20_000) + '<a x'.repeat(50_000))).toBeUndefined();
		expect(performance.now() - started).toBeLessThan(1000); // it took 19 s while a tag could run past the next "<"
	});

	it.each([
		[
			'an http(s) URL, with caption and credit as text',
			{ url: ' https://vimeo.com/1 ', caption: '<em>Phat</em> Tai', credit: 'Joe York' },
			undefined,
			{ url: 'https://vimeo.com/1', caption: 'Phat Tai', credit: 'Joe York' }
		],
		['a relative URL, read from the document', { url: 'img/moon.jpg' }, 'https://example.org/docs/moon.json', { url: 'https://example.org/docs/img/moon.jpg' }],
		['a path, kept when the document has no address (a file opened in the editor)', { url: 'img/moon.jpg' }, undefined, { url: 'img/moon.jpg' }],
		['its link, when its URL gives none', { url: '<blockquote>Quote.</blockquote>', link: 'https://example.org/quote' }, undefined, { url: 'https://example.org/quote' }]
	])('media is kept: %s', (_, media, documentUrl, expected) => expect(convertMedia(media, documentUrl)).toEqual({ media: expected }));

	it.each([
		[
			'a quote with no link',
			{ url: '<blockquote>This is a block quote.</blockquote>', caption: 'That is a block quote.' },
			'Media not shown (HTML with no http(s) link): “This is a block quote.” — That is a block quote.'
		],
		['a javascript: URL', { url: 'javascript:alert(1)', caption: 'Click' }, 'Media not shown (not an http(s) URL): Click.'],
		['a caption with no URL', { caption: 'A clay tablet' }, 'Media not shown (no address): A clay tablet.'],
		['an embed of nothing', { url: '<div id="map"></div>' }, 'Media not shown (HTML with no http(s) link).']
	])('media that cannot be linked is told in words: %s', (_, media, leftOut) => expect(convertMedia(media, undefined)).toEqual({ leftOut }));

	it('a credit with nothing to credit stays a source', () => {
		expect(convertMedia({ credit: 'Example Museum' }, undefined)).toEqual({});
		const document = convertTimelineJs({ events: [{ start_date: { year: 1969 }, text: { headline: 'A' }, media: { url: 'ftp://x/y', credit: 'Example Museum' } }] }, 'a.json');
		expect(document.events[0]!.date.citations.map((citation) => [citation.title, citation.note])).toEqual([
			['TimelineJS timeline', 'TimelineJS3 document'],
			['Example Museum', 'media credit']
		]);
		expect(document.events[0]!.summary).toBe('Media not shown (not an http(s) URL).');
	});

	it("convert Knight Lab's all-media-types: every media with an http(s) address is kept, the one without is told", () => {
		const document = convertTimelineJs(allMediaTypes, 'https://example.org/all-media-types.json');
		expect(loadTimeline(document, { file: 'all-media-types.json' }).faults).toEqual([]);
		expect(document.events).toHaveLength(41);
		allMediaTypes.events.forEach((slide, index) => {
			const event = document.events[index]!;
			const address = slide.media!.url!.startsWith('<') ? urlInHtml(slide.media!.url!) : slide.media!.url;
			if (address === undefined) expect(event.media).toBeUndefined();
			else expect(event.media?.url, event.title).toBe(address);
		});
		expect(document.events.filter((event) => event.media)).toHaveLength(40);
		const byTitle = (title: string) => document.events.find((event) => event.title === title)!;
		expect(byTitle('Twitter Embed').media).toEqual({
			url: 'https://twitter.com/ItsMeKitB/status/947659340864876544?ref_src=twsrc%5Etfw',
			caption: 'Pizza Dog',
			credit: 'ItsMeKitB'
		});
		expect(byTitle('Vimeo').media!.caption).toBe('Phat Tai, a story of Vietnamese fishermen on the Gulf Coast.');
		const quote = byTitle('Blockquote');
		expect(quote.summary).toBe(
			'To display a block quote, input text in HTML blockquote tags. Media not shown (HTML with no http(s) link): “This is a block quote.” — That is a block quote.'
		);
		expect(quote.date.citations.map((citation) => citation.title)).toContain('Galactic');
	});
});

describe('reading a document: faults', () => {
	it.each([
		['not JSON', '{ "version": 1,', /is not JSON/],
		['neither format', '{ "hello": "world" }', /neither a Chronoscope timeline document/],
		[
			'schema faults',
			JSON.stringify({ ...seedDocument(), article: { ...(seedDocument().article as object), textFile: undefined, text: 'Text.' }, events: [{ id: 'Bad Id' }] }),
			/must be kebab-case/
		]
	])('%s', (_, body, reason) => {
		const { faults, timeline } = readDocumentText(body, 'doc.json');
		expect(timeline).toBeUndefined();
		expect(faults.map((f) => f.reason).join('\n')).toMatch(reason);
	});

	it('refuses an oversized document before parsing it', () => {
		const { faults } = readDocumentText(' '.repeat(MAX_DOCUMENT_BYTES + 1), 'big.json');
		expect(faults[0]!.reason).toMatch(/over the 200\.0 MB limit/);
	});
});

describe('TimelineJS3 documents of the wrong shape (found by fuzzing)', () => {
	const parse = (document: unknown) => readDocumentText(JSON.stringify(document), 'a.json');
	const slide = { start_date: { year: 1969 } };

	it('are faults naming the JSON path, not a crash of the conversion', () => {
		expect(parse({ events: [slide, null] }).faults).toEqual([{ file: 'a.json', eventId: '#1', path: '$.events[1]', reason: 'must be an object, not null' }]);
		expect(parse({ events: [slide], eras: {} }).faults).toEqual([{ file: 'a.json', path: '$.eras', reason: 'must be a list, not an object' }]);
		expect(
			parse({
				events: [
					{ ...slide, text: { headline: 5 } },
					{ ...slide, unique_id: ['a'] }
				]
			}).faults
		).toEqual([
			{ file: 'a.json', eventId: '#0', path: '$.events[0].text.headline', reason: 'must be text, not a number' },
			{ file: 'a.json', eventId: '#1', path: '$.events[1].unique_id', reason: 'must be text, not a list' }
		]);
		expect(parse({ title: { media: { url: {} } }, events: [{ start_date: { year: true } }], eras: [{ start_date: 'x' }] }).faults.map((f) => f.path)).toEqual([
			'$.title.media.url',
			'$.events[0].start_date.year',
			'$.eras[0].start_date'
		]);
	});

	it('read a null field as an absent one', () => {
		const { timeline, faults } = parse({
			title: null,
			events: [{ start_date: { year: 1969, month: null, day: null }, text: { headline: 'A', text: null }, media: null, unique_id: null }],
			eras: null
		});
		expect(faults).toEqual([]);
		expect(timeline?.events[0]?.data.date.edtf).toBe('1969');
		expect(tjsDateToEdtf({ year: null } as never)).toBeUndefined();
	});

	it('give two groups whose names make the same id a lane each, each with its own label', () => {
		const { timeline } = parse({
			events: [
				{ ...slide, group: 'A b', text: { headline: 'One' } },
				{ ...slide, group: 'a-b', text: { headline: 'Two' } },
				{ ...slide, group: 'A b', text: { headline: 'Three' } }
			]
		});
		expect(timeline?.document.lanes).toEqual([
			{ id: 'a-b', label: 'A b' },
			{ id: 'a-b-2', label: 'a-b' }
		]);
		expect(timeline?.document.events.map((event) => event.lanes[0])).toEqual(['a-b', 'a-b-2', 'a-b']);
	});

	it('refuse a date part out of its range or not a whole number, which the conversion dropped or turned round', () => {
		const faults = parse({
			events: [
				{ start_date: { year: 1969, month: 'June' } },
				{ start_date: { year: 1969, month: -1 }, end_date: { year: 1970, month: 2, day: 30.5 } },
				{ start_date: { year: '1969.5' } },
				{ start_date: { year: 1969, month: 7, day: 20, hour: 24, minute: 61 } }
			]
		}).faults;
		expect(faults.map(({ path, reason }) => `${path}: ${reason}`)).toEqual([
			'$.events[0].start_date.month: must be a whole number from 1 to 12 (the month), not "June"',
			'$.events[1].start_date.month: must be a whole number from 1 to 12 (the month), not "-1"',
			'$.events[1].end_date.day: must be a whole number from 1 to 31 (the day), not "30.5"',
			'$.events[2].start_date.year: must be a whole number (the year), not "1969.5"',
			'$.events[3].start_date.hour: must be a whole number from 0 to 23 (the hour), not "24"',
			'$.events[3].start_date.minute: must be a whole number from 0 to 59 (the minute), not "61"'
		]);
		expect(parse({ events: [{ start_date: { year: '1969', month: '07', day: '20', hour: '20', minute: '17' } }] }).faults).toEqual([]);
	});
});
