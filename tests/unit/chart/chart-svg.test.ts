/**
 * Snapshots of the exported chart, one file per view, as Observable Plot keeps one per time axis: the axis
 * at each range (deep time, BCE, years, hours), lanes labelled and summarised, clusters and selection.
 * A change to the layout, the axis or the drawing shows as a diff of the SVG; review it before updating
 * (`npx vitest run -u tests/unit/chart-svg.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/lib/model/chart/chart-scene';
import { exportChartSvg, svgColour, wrapLine } from '../../../src/lib/model/chart/chart-svg';
import fc from 'fast-check';
import { eventName } from '../../../src/lib/model/document/describe';
import { PALETTE_KEYS, type Palette } from '../../../src/lib/model/chart/lane-drawing';
import { buildLanes, timelineExtent, type GroupBy } from '../../../src/lib/model/chart/lane-layout';
import { projector, type Domain } from '../../../src/lib/model/chart/projection';
import { planRows } from '../../../src/lib/model/chart/row-plan';
import { syntheticTimeline } from '../../../src/lib/model/document/synthetic';
import { MS_PER_DAY, yearStart } from '../../../src/lib/model/date/time';
import { estimateTextWidth } from '../../../src/lib/model/chart/time-ticks';
import { loadTimeline, type Timeline } from '../../../src/lib/model/document/timeline';
import { fitText } from '../../../src/lib/components/chart/measure-text';
import { wrapLabel } from '../../../src/lib/model/chart/label-lines';
import { day, historyEvent, seedDocument, seedText } from '../helpers';

/** Each colour named after its key, so that a snapshot says which colour a shape takes. */
const palette = Object.fromEntries(PALETTE_KEYS.map((key) => [key, `var(--${key})`])) as Palette;
const theme = { palette, font: 'system-ui, sans-serif' };

const seed = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;

const historyText =
	'The universe began 13.8 billion years ago. Rome was founded in 753 BCE. Caesar was killed on 15 March 44 BCE. Augustus reigned from 27 BCE to 14 CE. Apollo 11 landed in 1969.';
const event = (id: string, edtf: string, exact: string) => historyEvent(id, edtf, exact, id.replace(/-/g, ' '));
const history = loadTimeline(
	{
		version: 1,
		id: 'history',
		article: { title: 'History', publisher: 'Test', language: 'en', text: historyText, asOf: { date: '2000-01-01', method: 'stated' } },
		lanes: [{ id: 'all', label: 'All' }],
		categories: [{ id: 'history', label: 'History' }],
		events: [
			event('big-bang', 'Y-13800000000', '13.8 billion years ago'),
			event('founding-of-rome', '-0752', '753 BCE'),
			event('death-of-caesar', '-0043-03-15', '15 March 44 BCE'),
			event('reign-of-augustus', '-0026/0014', '27 BCE to 14 CE'),
			event('apollo-11', '1969-07-20', '1969')
		]
	},
	{ file: 'history.json' }
).timeline!;
const synthetic = syntheticTimeline(10_000, 3);

interface View {
	name: string;
	timeline: Timeline;
	width: number;
	domain?: Domain;
	groupBy?: GroupBy;
	selected?: string;
}

const views: View[] = [
	{ name: 'seed-fit-1280', timeline: seed, width: 1280 },
	{ name: 'seed-fit-375', timeline: seed, width: 375 },
	{ name: 'seed-by-category', timeline: seed, width: 1280, groupBy: 'category' },
	{ name: 'seed-2021-2024-selected', timeline: seed, width: 1280, domain: [day(2021, 1, 1), day(2025, 1, 1)], selected: 'crocus-city-hall-attack' },
	{ name: 'seed-crocus-day', timeline: seed, width: 1280, domain: [day(2024, 3, 22), day(2024, 3, 23)] },
	{ name: 'deep-time-fit', timeline: history, width: 1000 },
	{ name: 'bce-800-to-100', timeline: history, width: 1000, domain: [yearStart(-799), yearStart(100)] },
	{ name: 'synthetic-10000-fit', timeline: synthetic, width: 1280 },
	{ name: 'synthetic-10000-2000-2002', timeline: synthetic, width: 1280, domain: [day(2000, 1, 1), day(2002, 1, 1)] },
	{ name: 'synthetic-10000-may-2001', timeline: synthetic, width: 1280, domain: [day(2001, 5, 1), day(2001, 5, 20)] }
];

function sceneOf(view: View) {
	const { timeline, width } = view;
	const extent = timelineExtent(timeline);
	const showAsOf = timeline.events.some((event) => event.data.origin === 'article');
	const label = (event: { data: { title: string } }) => ({ text: event.data.title, width: estimateTextWidth(event.data.title) });
	const wrap = (event: { data: { title: string } }) => wrapLabel(event.data.title, estimateTextWidth);
	const cut = (event: { data: { title: string } }, maxWidth: number) => fitText(event.data.title, maxWidth, estimateTextWidth);
	// Rows as the app plans them for a chart that grows to its content (an embed).
	const barrier = showAsOf ? projector(extent, width)(timeline.asOf + MS_PER_DAY) : undefined;
	const lanes = planRows(buildLanes(timeline, view.groupBy ?? 'lane'), extent, width, { label, wrap, cut, barrier }, Infinity, true);
	const scene = layoutChart({
		timeline,
		lanes,
		domain: view.domain ?? extent,
		width,
		showAsOf,
		selectedId: view.selected,
		measure: estimateTextWidth,
		label,
		wrap,
		cut
	});
	return scene;
}

function svgOf(view: View): string {
	const { timeline } = view;
	const meta = { title: timeline.document.article!.title, publisher: timeline.document.article!.publisher, asOf: '5 Jul 2024', source: 'Source: test' };
	return exportChartSvg(sceneOf(view), theme, meta, (event) => eventName(event, timeline)).svg;
}

describe('the exported chart', () => {
	for (const view of views) {
		it(`matches its snapshot: ${view.name}`, async () => {
			await expect(svgOf(view).replaceAll('><', '>\n<')).toMatchFileSnapshot(`__snapshots__/${view.name}.svg`);
		});
	}

	it('names every drawn event in a <title>, and writes the data only as text', () => {
		const decode = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
		const svg = svgOf(views[3]!);
		const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => decode(match[1]!));
		const drawn = [...svg.matchAll(/<text [^>]*font-size="12"(?: font-style="italic")? fill="var\(--(?:fg|focus|context)\)"[^>]*>([^<]*)<\/text>/g)];
		expect(titles.length).toBeGreaterThan(3);
		expect(titles.length).toBe(drawn.length);
		for (const title of titles) expect(seed.events.map((event) => eventName(event, seed))).toContain(title);
		expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=|href=/);
	});
});

describe('the exported chart at any width', () => {
	const long = {
		title: 'UK Prime Minister Johnson suspends parliament for five weeks as Brexit deadline approaches',
		publisher: 'Wikinews',
		asOf: '11 Sep 2019',
		source:
			'Source: Wikinews, “UK Prime Minister Johnson suspends parliament for five weeks as Brexit deadline approaches”, https://en.wikinews.org/wiki/UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches. Timeline by Chronoscope.',
		licence: 'The article is licensed under CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). Changes: photo captions left out.'
	};
	const texts = (svg: string) =>
		[...svg.matchAll(/<text x="8" y="(\d+)" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g)].map((m) => ({
			y: Number(m[1]),
			size: Number(m[2]),
			bold: m[3] !== undefined,
			text: m[4]!.replaceAll('&amp;', '&')
		}));

	it.each([375, 686, 1200])('holds the whole title, source and licence at %i px, each line within the image', (width) => {
		const measure = (text: string, size: number, bold: boolean) => text.length * size * (bold ? 0.64 : 0.58);
		const { svg, height } = exportChartSvg(sceneOf({ name: 'long', timeline: seed, width }), { ...theme, measure }, long, (event) => eventName(event, seed));
		const lines = texts(svg);
		const words = (text: string) => text.split(/\s+/).filter(Boolean);
		// Every character of each, in order; an address too long for a line is broken over lines.
		const written = lines
			.map((line) => line.text)
			.join('')
			.replace(/\s+/g, '');
		for (const part of [long.title, long.source, long.licence]) expect(written).toContain(part.replace(/\s+/g, ''));
		for (const line of lines) expect(line.y).toBeLessThanOrEqual(height);
		// A line of more than one word fits the image's width, measured in its own size and weight.
		for (const line of lines) if (words(line.text).length > 1) expect(measure(line.text, line.size, line.bold)).toBeLessThanOrEqual(width - 16);
		expect(lines.length).toBeGreaterThan(width < 1000 ? 5 : 3);
	});
});

describe('wrapLine', () => {
	const measure = (text: string) => text.length * 7;
	it('breaks at spaces, and an address too long for a line after a slash or an underscore, dropping nothing', () => {
		const url = 'https://en.wikinews.org/wiki/UK_Prime_Minister_Johnson_suspends_parliament';
		const lines = wrapLine(`Source: Wikinews, ${url}. Timeline by Chronoscope.`, 140, measure);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(140);
		expect(lines.join(' ').replace(/\s+/g, '')).toBe(`Source:Wikinews,${url}.TimelinebyChronoscope.`);
		expect(lines).toEqual(['Source: Wikinews,', 'https://en.wikinews.', 'org/wiki/UK_Prime_', 'Minister_Johnson_', 'suspends_parliament.', 'Timeline by', 'Chronoscope.']);
	});

	it('keeps every character of any text, each line within the width (a character wider than it aside)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 10, max: 400 }), (text, width) => {
				const lines = wrapLine(text, width, measure);
				expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
				for (const line of lines) if (line.length > 1) expect(measure(line)).toBeLessThanOrEqual(Math.max(width, 7));
			})
		);
	});
});

describe('colours as every SVG reader paints them', () => {
	it('writes the browser’s computed colours as #rrggbb and an opacity', () => {
		expect(svgColour('rgb(27, 31, 36)')).toEqual({ colour: '#1b1f24', opacity: 1 });
		expect(svgColour('rgba(27, 31, 36, 0.5)')).toEqual({ colour: '#1b1f24', opacity: 0.5 });
		expect(svgColour('rgb(27 31 36 / 40%)')).toEqual({ colour: '#1b1f24', opacity: 0.4 });
		// color-mix(in srgb, #c9ced6 55%, transparent), as Chromium computes it.
		expect(svgColour('color(srgb 0.788235 0.807843 0.839216 / 0.55)')).toEqual({ colour: '#c9ced6', opacity: 0.55 });
		expect(svgColour('#ffffff')).toEqual({ colour: '#ffffff', opacity: 1 });
	});

	it('leaves no CSS variable or CSS Color 4 function in an export made with a browser’s palette, translucent colours given as opacities', () => {
		const computed = Object.fromEntries(
			PALETTE_KEYS.map((key, i) => [key, i % 3 === 0 ? `color(srgb 0.1 0.2 ${(i / PALETTE_KEYS.length).toFixed(3)} / 0.55)` : `rgb(${i}, ${2 * i}, ${3 * i})`])
		) as Palette;
		const meta = { title: 'Seed', publisher: 'Test', asOf: '5 Jul 2024', source: 'Source: test' };
		const { svg } = exportChartSvg(sceneOf(views[3]!), { palette: computed, font: theme.font }, meta, (event) => eventName(event, seed));
		expect(svg).not.toMatch(/var\(|color\(|rgba?\(|color-mix|light-dark|\dem"/);
		const colours = [...svg.matchAll(/(?:fill|stroke|stop-color)="([^"]*)"/g)].map((match) => match[1]);
		for (const colour of colours) expect(colour).toMatch(/^(#[0-9a-f]{6}|none|url\(#export-ongoing\))$/);
		expect(svg).toMatch(/fill-opacity="0\.55"/);
	});
});
