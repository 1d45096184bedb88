/**
 * Everything from a document is rendered as text: markup in a title, summary, excerpt, source or media shows
 * literally and never becomes elements (so it cannot run).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import EventList from '../../src/lib/components/EventList.svelte';
import ArticleText from '../../src/lib/components/ArticleText.svelte';
import EventTooltip from '../../src/lib/components/timeline/EventTooltip.svelte';
import EventMedia from '../../src/lib/components/timeline/EventMedia.svelte';
import { loadTimeline } from '../../src/lib/model/timeline';

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
