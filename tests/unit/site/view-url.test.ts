import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTimeParam } from '../../../src/lib/model/date/format-date';
import { embedHeight, parseViewParams, viewToParams } from '../../../src/lib/model/site/view-url';
import { yearStart } from '../../../src/lib/model/date/time';
import { day } from '../helpers';

const ids = new Set(['crocus-city-hall-attack']);
const parse = (search: string) => parseViewParams(new URLSearchParams(search), ids);

describe('parseViewParams', () => {
	it('reads from, to (the last day shown), event, lanes and context', () => {
		const { view, notes } = parse('from=2024-03-01&to=2024-03-31&event=crocus-city-hall-attack&lanes=category&context=hide');
		expect(view).toEqual({ from: day(2024, 3, 1), to: day(2024, 4, 1), event: 'crocus-city-hall-attack', groupBy: 'category', showContext: false });
		expect(notes).toEqual([]);
	});

	it('reads story mode, writes it back, and notes a value it cannot read', () => {
		expect(parse('story=1').view.story).toBe(true);
		expect(parse('story=0').view.story).toBe(false);
		expect(parse('story=yes').notes).toEqual(['Ignored story=yes: use 1 or 0.']);
		expect(viewToParams({ groupBy: 'lane', showContext: true, story: true }, new URLSearchParams('story=1&src=x')).toString()).toBe('src=x&story=1');
		expect(viewToParams({ groupBy: 'lane', showContext: true }, new URLSearchParams('story=1')).toString()).toBe('');
	});

	it('reads EDTF years for deep time and BCE dates', () => {
		expect(parse('from=Y-13800000000&to=2025-01-01').view.from).toBe(yearStart(-13_800_000_000));
		expect(parse('from=-0499-01-01&to=0001-01-01').view.from).toBe(yearStart(-499));
	});

	it('reads years and months, `to` running to their end, and refuses days that do not exist', () => {
		expect(parse('from=2024&to=2024').view).toMatchObject({ from: day(2024), to: day(2025) });
		expect(parse('from=2024-03&to=2024-03').view).toMatchObject({ from: day(2024, 3), to: day(2024, 4) });
		expect(parse('from=2024-03-22T17:30Z&to=2024-03-22T18:00Z').view).toMatchObject({ from: day(2024, 3, 22) + 17.5 * 3_600_000, to: day(2024, 3, 22) + 18 * 3_600_000 });
		expect(parse('from=2024-06-31').notes).toEqual(['Ignored from=2024-06-31: not a date (use YYYY-MM-DD).']);
		expect(parse('from=2024-03-22T25:00Z').notes).toHaveLength(1);
		expect(parse('from=2024-13-01').notes).toHaveLength(1);
	});

	it('ignores what it cannot read, with a note for each, and never throws', () => {
		const { view, notes } = parse('from=yesterday&to=2024-02-31&event=nope&lanes=rows&context=maybe&zoom=3&src=x.json');
		expect(view).toEqual({ groupBy: 'lane', showContext: true });
		expect(notes).toEqual([
			'Ignored from=yesterday: not a date (use YYYY-MM-DD).',
			'Ignored to=2024-02-31: not a date (use YYYY-MM-DD).',
			'Ignored event=nope: no event has that id.',
			'Ignored lanes=rows: use actor or category.',
			'Ignored context=maybe: use show or hide.',
			'Ignored unknown parameter zoom.'
		]);
		expect(parse('from=2024-03-01&to=2023-01-01').notes).toEqual(['Ignored from and to: to must come after from.']);
	});

	it("notes a theme, height or excerpts the views cannot follow, and follows the others' without a note", () => {
		expect(parse('theme=dark&height=600&excerpts=1').notes).toEqual([]);
		expect(parse('theme=sepia&height=1e3&excerpts=yes').notes).toEqual([
			'Ignored theme=sepia: use light or dark.',
			'Ignored height=1e3: use a number of pixels from 120 to 5000.',
			'Ignored excerpts=yes: use 1 or 0.'
		]);
		expect(parse('height=119').notes).toHaveLength(1);
		expect(parse('height=5001').notes).toHaveLength(1);
	});
});

describe('embedHeight', () => {
	it('is a whole number of pixels from 120 to 5000, or nothing', () => {
		expect(embedHeight('120')).toBe(120);
		expect(embedHeight('5000')).toBe(5000);
		for (const value of [null, '', '119', '5001', ' 300', '300px', '3e2', '-300', '300.5', '0x12c']) expect(embedHeight(value), String(value)).toBeUndefined();
	});
});

describe('parseViewParams on what the fuzzer found', () => {
	it('notes a date beyond the calendar or beyond any number, which read as NaN or Infinity', () => {
		for (const value of ['99999999999', '99999999999-01-01', `Y${'9'.repeat(400)}`, `Y-${'9'.repeat(300)}`]) {
			const { view, notes } = parse(`from=${value}&to=${value}`);
			expect(view).toEqual({ groupBy: 'lane', showContext: true });
			expect(notes).toHaveLength(2);
		}
	});

	it('reads a repeated parameter where it first comes and notes the others, each note once', () => {
		const { view, notes } = parse('from=2024-01-01&from=2025-01-01&from=2025-01-01&src=a.json&src=b.json&zoom=1&zoom=2');
		expect(view.from).toBe(day(2024, 1, 1));
		expect(notes).toEqual(['Ignored from=2025-01-01: from is given once already.', 'Ignored src=b.json: src is given once already.', 'Ignored unknown parameter zoom.']);
	});

	it('quotes a long value shortened', () => {
		expect(parse(`event=${'a'.repeat(100_000)}`).notes).toEqual([`Ignored event=${'a'.repeat(39)}…: no event has that id.`]);
	});
});

describe('viewToParams', () => {
	it('writes days, keeping parameters other views own', () => {
		const params = viewToParams(
			{ from: day(2024, 3, 1), to: day(2024, 6, 1), event: 'crocus-city-hall-attack', groupBy: 'lane', showContext: true },
			new URLSearchParams('src=a.json&from=1999-01-01')
		);
		expect(params.toString()).toBe('src=a.json&from=2024-03-01&to=2024-05-31&event=crocus-city-hall-attack');
	});

	it('writes minutes when zoomed into a day, and Y-years beyond four digits', () => {
		expect(formatTimeParam(day(2024, 3, 22) + 17.5 * 3_600_000, 3_600_000)).toBe('2024-03-22T17:30Z');
		expect(formatTimeParam(yearStart(-13_800_000_000), 1e20)).toBe('Y-13800000000');
		expect(formatTimeParam(yearStart(-499), 1e12)).toBe('-0499-01-01');
	});

	it('round-trips a view to within 1% of its span (days) or a minute (narrower views)', () => {
		fc.assert(
			fc.property(fc.integer({ min: day(-2000), max: day(3000) }), fc.integer({ min: 3_600_000, max: 1e13 }), (from, span) => {
				const params = viewToParams({ from, to: from + span, groupBy: 'lane', showContext: true });
				const { view, notes } = parse(params.toString());
				expect(notes).toEqual([]);
				const tolerance = Math.max(span / 100, 60_000);
				expect(Math.abs(view.from! - from)).toBeLessThanOrEqual(tolerance);
				expect(Math.abs(view.to! - (from + span))).toBeLessThanOrEqual(tolerance);
			})
		);
	});

	it('writes a few days of view as minutes, so that the link reopens the same view', () => {
		const from = day(2024, 3, 21) + 10 * 3_600_000;
		const params = viewToParams({ from, to: from + 2.7 * 86_400_000, groupBy: 'lane', showContext: true });
		expect(params.toString()).toBe('from=2024-03-21T10%3A00Z&to=2024-03-24T02%3A48Z');
	});
});

describe('a search in the URL', () => {
	const known = { lanes: new Set(['sahel', 'kyiv']), categories: new Set(['war']) };
	const parseSearch = (search: string) => parseViewParams(new URLSearchParams(search), ids, known);

	it('reads q, lane, category, since and until (the end of what it names), and writes them back', () => {
		const { view, notes } = parseSearch('q=wagner%20"gold mine"&lane=sahel,kyiv&category=war&since=2022&until=2022-06');
		expect(notes).toEqual([]);
		expect(view.search).toEqual({ q: 'wagner "gold mine"', lanes: ['sahel', 'kyiv'], categories: ['war'], since: day(2022, 1, 1), until: day(2022, 7, 1) });
		const written = viewToParams(view);
		expect(Object.fromEntries(written)).toEqual({ q: 'wagner "gold mine"', lane: 'sahel,kyiv', category: 'war', since: '2022-01-01', until: '2022-06-30' });
		expect(parseSearch(written.toString()).view.search).toEqual(view.search);
	});

	it('has no search for empty values, and writes none', () => {
		expect(parseSearch('q=&lane=').view.search).toBeUndefined();
		expect(viewToParams({ groupBy: 'lane', showContext: true }, new URLSearchParams('q=old&lane=sahel&src=x')).toString()).toBe('src=x');
		expect(viewToParams({ groupBy: 'lane', showContext: true, search: { q: 'x'.repeat(201), lanes: ['sahel'], categories: [] } }).toString()).toBe('lane=sahel');
	});

	it('notes lanes and categories the document does not have, a search too long, dates it cannot read and an empty range', () => {
		const { view, notes } = parseSearch(`lane=sahel,nowhere&category=peace&q=${'x'.repeat(1_000_000)}&since=soon`);
		expect(view.search).toEqual({ q: '', lanes: ['sahel'], categories: [] });
		expect(notes).toEqual([
			'Ignored lane=nowhere: no lane has that id.',
			'Ignored category=peace: no category has that id.',
			expect.stringMatching(/^Ignored q=x+…: a search is at most 200 characters\.$/),
			'Ignored since=soon: not a date (use YYYY-MM-DD).'
		]);
		expect(parseSearch('since=2023&until=2022').notes).toEqual(['Ignored since and until: until must come after since.']);
		expect(parseSearch('search=maybe').notes).toEqual(['Ignored search=maybe: use 1 or 0.']);
	});
});
