/**
 * The exported chart of a hostile document (tests/fixtures/hostile.json: titles, labels and a publisher that
 * try to close the <text>, add a <script>, an event handler, a foreignObject, a CDATA section or an external
 * reference, hold characters XML cannot, or disguise themselves with overrides and invisible characters)
 * parses as XML and holds only what the export writes: text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSourceLine, licenceLine, sourceLine } from '../../../src/lib/model/document/attribution';
import { layoutChart } from '../../../src/lib/model/chart/chart-scene';
import { exportChartSvg } from '../../../src/lib/model/chart/chart-svg';
import { eventLabel, eventName } from '../../../src/lib/model/document/describe';
import { PALETTE_KEYS, type Palette } from '../../../src/lib/model/chart/lane-drawing';
import { buildLanes, timelineExtent } from '../../../src/lib/model/chart/lane-layout';
import { planRows } from '../../../src/lib/model/chart/row-plan';
import { estimateTextWidth } from '../../../src/lib/model/chart/time-ticks';
import { loadTimeline, type Timeline, type TimelineEvent } from '../../../src/lib/model/document/timeline';
import { fitText } from '../../../src/lib/components/chart/measure-text';
import { wrapLabel } from '../../../src/lib/model/chart/label-lines';
import { parseXml, walk } from '../xml-check';

const palette = Object.fromEntries(PALETTE_KEYS.map((key) => [key, `var(--${key})`])) as Palette;
const hostile = loadTimeline(JSON.parse(readFileSync('tests/fixtures/hostile.json', 'utf8')), { file: 'hostile.json' }).timeline!;

/** The SVG as the page exports it: labels and names as the chart's layout gives them (chart-layout.svelte.ts). */
function exported(timeline: Timeline, width = 1600, source = sourceLine(timeline.document.article!)): string {
	const extent = timelineExtent(timeline);
	const label = (event: TimelineEvent) => ({ text: eventLabel(event), width: estimateTextWidth(eventLabel(event)) });
	const wrap = (event: TimelineEvent) => wrapLabel(eventLabel(event), estimateTextWidth);
	const cut = (event: TimelineEvent, maxWidth: number) => fitText(eventLabel(event), maxWidth, estimateTextWidth);
	const lanes = planRows(buildLanes(timeline, 'lane'), extent, width, { label, wrap, cut }, Infinity);
	const scene = layoutChart({ timeline, lanes, domain: extent, width, showAsOf: true, measure: estimateTextWidth, label, wrap, cut });
	const article = timeline.document.article!;
	const licence = licenceLine(article);
	const meta = { title: article.title, publisher: article.publisher, asOf: '5 Jul 2024', source, ...(licence ? { licence } : {}) };
	return exportChartSvg(scene, { palette, font: 'system-ui, "x" onload="alert(1)' }, meta, (event) => eventName(event, timeline)).svg;
}

/** What the export writes, and nothing else: no script, foreignObject, link, image, style or animation. */
const ELEMENTS = new Set(['svg', 'g', 'rect', 'line', 'path', 'circle', 'text', 'title', 'defs', 'linearGradient', 'stop']);

describe('the exported chart of a hostile document', () => {
	const svg = exported(hostile);
	const root = parseXml(svg);
	const elements = [...walk(root)];

	it('parses as XML', () => {
		expect(root.name).toBe('svg');
		expect(elements.length).toBeGreaterThan(20);
	});

	it('holds only the elements the export writes, with no event handler and no reference outside itself', () => {
		for (const element of elements) {
			expect(ELEMENTS, element.name).toContain(element.name);
			for (const [name, value] of element.attributes) {
				expect(name).not.toMatch(/^on/i);
				expect(name).not.toMatch(/href$/i);
				expect(name).not.toBe('style');
				// The only url() is the export's own gradient.
				for (const reference of value.matchAll(/url\(([^)]*)\)/g)) expect(reference[1]).toBe('#export-ongoing');
				expect(value).not.toMatch(/javascript:|@import/i);
			}
		}
	});

	it('writes every title from the data as text, its overrides and invisible characters shown as marks', () => {
		const texts = elements.filter((element) => element.name === 'text' || element.name === 'title').map((element) => element.text);
		const all = texts.join('\n');
		expect(all).toContain('Invoice⟨U+202E⟩fdp.exe');
		expect(all).toContain('Pa⟨U+200D⟩ris summit');
		expect(all).toContain('</text><script>alert(4)</script>');
		expect(all).toContain('Bell⟨U+0007⟩ null⟨U+0000⟩ escape⟨U+001B⟩ lone⟨U+D800⟩ nonchar⟨U+FFFF⟩');
		expect(all).toContain('LANE ⟨U+202E⟩ENAL⟨U+202C⟩'); // lane names are set in capitals
		expect(all).toContain('Hostile ⟨U+202E⟩elif⟨U+202C⟩ headline </title><script>alert(1)</script>');
		// No override, embedding or invisible character is left: only the isolates around right-to-left text, and the Persian ZWNJ.
		expect(all).not.toMatch(/[\u202a-\u202e\u200b\u200d-\u200f\u2060\ufeff\u061c]/u);
		expect(all).toContain('\u2068هجوم على قاعة كروكوس سيتي\u2069');
		expect(all).toContain('\u2068أحداث\u2069');
		expect(all).toContain('می\u200Cخواهم بدانم');
	});

	it('never names two different events alike', () => {
		const names = elements.filter((element) => element.name === 'title').map((element) => element.text);
		expect(names.length).toBe(hostile.events.length);
		expect(new Set(names).size).toBe(names.length);
	});

	it('shows a hostile ?src= address in its source line as text', () => {
		const root = parseXml(exported(hostile, 1600, documentSourceLine('https://evil.example/x.json?"><script>alert(1)</script>\u202e')));
		const source = [...walk(root)].find((element) => element.name === 'text' && element.text.startsWith('Source: '));
		expect(source?.text).toBe('Source: https://evil.example/x.json?"><script>alert(1)</script>⟨U+202E⟩');
	});

	it('checks what it should: the reader rejects what a parser would', () => {
		for (const broken of ['<svg><text>a</svg>', '<svg><text>&</text></svg>', '<svg a="1" a="2"/>', '<svg>\u0001</svg>', '<svg><![CDATA[x]]></svg>', '<svg/><svg/>'])
			expect(() => parseXml(broken), broken).toThrow();
	});
});
