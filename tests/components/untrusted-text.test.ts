/**
 * Everything from a document is rendered as text: markup in a title, summary, excerpt, source or media shows
 * literally and never becomes elements (so it cannot run).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ArticleCredit from '../../src/lib/components/viewer/ArticleCredit.svelte';
import FaultList from '../../src/lib/components/viewer/FaultList.svelte';
import EventList from '../../src/lib/components/viewer/EventList.svelte';
import ArticleText from '../../src/lib/components/viewer/ArticleText.svelte';
import EventTooltip from '../../src/lib/components/chart/EventTooltip.svelte';
import EventMedia from '../../src/lib/components/chart/EventMedia.svelte';
import { loadTimeline } from '../../src/lib/model/document/timeline';

const ATTACK = '<img src=x onerror=alert(1)>';
const text = `Headline ${ATTACK}\nIt happened on ${ATTACK} in 2024.`;
const document = {
	version: 1,
	id: 'hostile',
	article: { title: ATTACK, publisher: ATTACK, language: 'en', text, asOf: { date: '2024-07-05', method: 'stated' } },
	lanes: [{ id: 'all', label: ATTACK }],
	categories: [{ id: 'misc', label: ATTACK }],
	events: [
		{
			id: 'hostile-event',
			title: ATTACK,
			summary: `<script>alert(2)</script>`,
			origin: 'context',
			category: 'misc',
			lanes: ['all'],
			stated: { text: ATTACK },
			date: { edtf: '2024-03-22', method: 'external', note: ATTACK, citations: [{ title: ATTACK, publisher: ATTACK }] },
			disagreements: [
				{
					about: ATTACK,
					alternatives: [
						{ value: ATTACK, citations: [{ title: ATTACK }] },
						{ value: '2', citations: [{ title: 'x' }] }
					]
				}
			],
			excerpts: [{ type: 'TextQuoteSelector', exact: `on ${ATTACK}` }],
			media: { url: 'notes.txt', caption: ATTACK, credit: ATTACK }
		}
	]
};
const timeline = loadTimeline(document, { file: 'hostile.json' }).timeline!;

describe('untrusted text', () => {
	it('loads the hostile document (it is valid data)', () => {
		expect(timeline.events).toHaveLength(1);
	});

	const rendered = {
		EventList: () => render(EventList, { props: { timeline } }).body,
		ArticleText: () => render(ArticleText, { props: { timeline, active: undefined, onexcerpt: () => {} } }).body,
		EventTooltip: () =>
			render(EventTooltip, {
				props: { id: 'tip', timeline, event: timeline.events[0]!, anchor: { top: 300, bottom: 320, left: 10, width: 10, height: 20, right: 20, x: 10, y: 300, toJSON: () => ({}) } }
			}).body,
		// The tooltip loads it in the browser only.
		EventMedia: () => render(EventMedia, { props: { media: timeline.events[0]!.data.media! } }).body
	};

	for (const [name, html] of Object.entries(rendered)) {
		it(`${name} shows markup literally and creates no element from it`, () => {
			const body = html();
			expect(body).toContain('&lt;img src=x onerror=alert(1)>');
			expect(body).not.toMatch(/<img/i);
			expect(body).not.toMatch(/<script/i);
			// "onerror=" appears only inside the escaped text, never as an attribute of an element.
			expect(body.split('onerror=').length).toBe(body.split('&lt;img src=x onerror=').length);
		});
	}
});

/** tests/fixtures/hostile.json: titles that disguise themselves, legitimate right-to-left titles, and links that are no http(s) page. */
const hostile = loadTimeline(JSON.parse(readFileSync('tests/fixtures/hostile.json', 'utf8')), { file: 'hostile.json' }).timeline!;
const byId = (id: string) => hostile.events.find((event) => event.data.id === id)!;
// Documents edited in the editor or converted from TimelineJS3 reach the views by other paths than the schema.
byId('paris').data.date.citations = [
	{ title: 'Script', url: 'javascript:alert(1)' },
	{ title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
	{ title: 'Look-alike host', url: 'https://bank.example@evil.example/' },
	{ title: 'Real', url: 'https://example.org/real' }
];
const anchor = { top: 300, bottom: 320, left: 10, width: 10, height: 20, right: 20, x: 10, y: 300, toJSON: () => ({}) };
/** Markup without Svelte's scoping classes, to compare with. */
/** Markup as the reader gets it: without Svelte's scoped classes and its hydration markers (comments). */
const plain = (html: string) =>
	html
		.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+/g, '')
		.replace(/<!--[^]*?-->/g, '');
const tooltip = (id: string) => plain(render(EventTooltip, { props: { id: 'tip', timeline: hostile, event: byId(id), anchor } }).body);

/** Characters that reorder text or draw nothing, which no view may show as they are (the Persian title's ZWNJ shapes its letters). */
// eslint-disable-next-line no-control-regex -- control characters are among what must not show
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200b\u200d-\u200f\u061c\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f]/u;

/** Text with each FSI…PDI pair (what the model isolates right-to-left words with) taken away, its words kept. */
const withoutIsolates = (html: string) => html.replace(/\u2068([^\u2066-\u2069]*)\u2069/g, '$1');

/** The href and rel of every link in rendered markup. */
const links = (html: string) =>
	[...html.matchAll(/<a\b([^>]*)>/g)].map((match) => ({ href: /href="([^"]*)"/.exec(match[1]!)?.[1], rel: /rel="([^"]*)"/.exec(match[1]!)?.[1] ?? '' }));

describe('a hostile document', () => {
	const list = plain(render(EventList, { props: { timeline: hostile } }).body);
	const views = {
		EventList: list,
		'EventTooltip (RLO)': tooltip('invoice'),
		'EventTooltip (ZWJ)': tooltip('paris-joined'),
		'EventTooltip (links)': tooltip('paris'),
		ArticleText: render(ArticleText, { props: { timeline: hostile, active: undefined, onexcerpt: () => {} } }).body,
		ArticleCredit: render(ArticleCredit, { props: { article: { ...hostile.document.article!, url: 'javascript:alert(1)', licence: { name: 'CC \u202eYB', url: 'vbscript:x' } } } })
			.body,
		FaultList: render(FaultList, { props: { source: 'x\u202e.json', faults: [{ file: 'x.json', eventId: 'a\u202eb', path: '$.events[0]', reason: 'unknown lane "\u202eenal"' }] } })
			.body
	};

	for (const [name, html] of Object.entries(views))
		it(`${name} shows no override or invisible character as it is`, () => {
			expect(withoutIsolates(html)).not.toMatch(HIDDEN);
			expect(html).toContain('⟨U+202E⟩');
		});

	it('shows a title with an override, and one with a zero-width joiner, with their marks, and apart from the title they imitate', () => {
		expect(list).toContain('<h3 dir="auto">Invoice⟨U+202E⟩fdp.exe</h3>');
		expect(list).toContain('<h3 dir="auto">Pa⟨U+200D⟩ris summit</h3>');
		expect(list).toContain('<h3 dir="auto">Paris summit</h3>');
		expect(views['EventTooltip (RLO)']).toContain('<bdi>Invoice⟨U+202E⟩fdp.exe</bdi>');
		expect(views['EventTooltip (ZWJ)']).toContain('<bdi>Pa⟨U+200D⟩ris summit</bdi>');
	});

	it('shows Arabic, Hebrew and Persian titles as they are, each isolated', () => {
		expect(list).toContain('<h3 dir="auto">هجوم على قاعة كروكوس سيتي</h3>');
		expect(list).toContain('<h3 dir="auto">פיגוע באולם הקונצרטים!</h3>');
		expect(list).toContain('<h3 dir="auto">می\u200cخواهم بدانم</h3>');
		expect(list).toContain('<bdi>أحداث</bdi>');
		expect(tooltip('crocus-arabic')).toContain('<bdi>هجوم على قاعة كروكوس سيتي</bdi>');
		// Quoted in an English sentence, the article's Hebrew words for the date keep their own order.
		expect(list).toContain('undated in the article (“\u206822 במרץ 2024\u2069”)');
	});

	it('shows the summary and the article with their overrides as marks, each summary isolated', () => {
		expect(list).toContain('<p class="summary" dir="auto">Not ⟨U+202E⟩ytliug⟨U+202C⟩: the override in the summary is shown.</p>');
		expect(views.ArticleText).toContain('Not ⟨U+202E⟩ytliug⟨U+202C⟩ was the verdict');
	});

	for (const [name, html] of Object.entries(views))
		it(`${name} links only to http(s) pages, with rel="noopener noreferrer"`, () => {
			for (const link of links(html)) {
				if (link.href?.startsWith('#')) continue; // the article's links to its events
				expect(link.href).toMatch(/^https?:\/\/[^@/]+\//);
				expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
			}
		});

	it('gives no link for javascript:, data: or a URL with a user name, and still names the source', () => {
		const html = views['EventList'];
		expect(html).not.toMatch(/href="(?:javascript|data|vbscript):/i);
		expect(html).not.toContain('bank.example@');
		expect(html).toContain('<a href="https://example.org/real" rel="external noopener noreferrer"><bdi>Real</bdi></a>');
		expect(html).toContain('<bdi>Look-alike host</bdi>');
		expect(html).toContain('<bdi>Phishing source</bdi>');
		expect(views.ArticleCredit).not.toContain('<a');
		expect(views.ArticleCredit).toContain('CC ⟨U+202E⟩YB');
	});
});
