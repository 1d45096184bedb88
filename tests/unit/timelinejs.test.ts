import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertTimelineJs, isTimelineJs, textOfHtml, tjsDateToEdtf } from '../../src/lib/model/timelinejs';
import { MAX_DOCUMENT_BYTES, parseTimelineText } from '../../src/lib/model/parse-document';
import { describeEventDate } from '../../src/lib/model/describe';
import { seedDocument } from './helpers';

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/timelinejs.json'), 'utf8');

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

	it.each([
		[{ year: '1969', month: '7', day: '20' }, '1969-07-20'],
		[{ year: -763, month: 6 }, '-0763-06'],
		[{ year: '-4510000000' }, 'Y-4510000000'],
		[{ year: 1969, month: 7, day: 20, hour: 20, minute: 17 }, '1969-07-20T20:17:00Z'],
		[{ year: 'soon' }, undefined]
	])('read date %j as %s', (date, edtf) => expect(tjsDateToEdtf(date)).toBe(edtf));

	it('convert to a valid timeline, events in lanes by group, eras as spans, credits as sources', () => {
		const result = parseTimelineText(fixture, 'https://example.org/moon.json');
		expect(result.faults).toEqual([]);
		expect(result.format).toBe('timelinejs');
		const timeline = result.timeline!;
		expect(timeline.document.article.title).toBe('A short history of the Moon');
		expect(timeline.document.lanes.map((lane) => lane.label)).toEqual(['Deep time', 'History', 'Eras']);
		expect(timeline.events.map((event) => event.data.title)).toEqual(['The Moon forms', 'An eclipse recorded in Assyria', 'Space Race', 'Apollo 11 lands']);
		const eclipse = timeline.events[1]!;
		expect(describeEventDate(eclipse, timeline).full).toBe('“15 June 763 BC” in the document · 15 Jun 764 BCE');
		expect(eclipse.data.date.citations.map((c) => c.title)).toEqual(['A short history of the Moon', 'Example Museum']);
		expect(timeline.events[3]!.data.summary).toBe('Eagle lands & Armstrong walks.');
		expect(timeline.document.article.asOf.date).toBe('1975-12-31'); // the end of the latest (the Space Race era)
	});

	it('convert as a whole: a TimelineJS document and its own conversion need not share ids', () => {
		const converted = convertTimelineJs(JSON.parse(fixture), 'moon.json');
		expect(new Set(converted.events.map((e) => e.id)).size).toBe(converted.events.length);
	});
});

describe('parseTimelineText faults', () => {
	it.each([
		['not JSON', '{ "version": 1,', /is not JSON/],
		['neither format', '{ "hello": "world" }', /neither a Chronoscope timeline document/],
		[
			'schema faults',
			JSON.stringify({ ...seedDocument(), article: { ...(seedDocument().article as object), textFile: undefined, text: 'Text.' }, events: [{ id: 'Bad Id' }] }),
			/must be kebab-case/
		]
	])('%s', (_, body, reason) => {
		const { faults, timeline } = parseTimelineText(body, 'doc.json');
		expect(timeline).toBeUndefined();
		expect(faults.map((f) => f.reason).join('\n')).toMatch(reason);
	});

	it('refuses an oversized document before parsing it', () => {
		const { faults } = parseTimelineText(' '.repeat(MAX_DOCUMENT_BYTES + 1), 'big.json');
		expect(faults[0]!.reason).toMatch(/over the 20\.0 MB limit/);
	});
});
