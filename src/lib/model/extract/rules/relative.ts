/** Rules for dates named relative to the publication date or to the last date the text named: "yesterday", "last week", "that year", "two years ago", "ten years later", "earlier this year". */
import { dayValue, shift, valueAt, weekValue, weekdayFrom, yearValue, type CalendarUnit } from '../calendar';
import { alt, COUNT, UNIT, VAGUE, WORD_END, countValue, tableKey } from '../patterns';
import { groups, type Rule } from '../rule';
import { date, anchorOrReference, calendarUnit } from './resolve';

/** A capitalised word just before, with no punctuation between: a name that goes on. */
const NAME_BEFORE = /(?:^|[\s\u00a0(“"])\p{Lu}[\p{L}'’]*[\s\u00a0]+$/u;

/** A day named relative to the reference: yesterday, today, tomorrow. */
const RELATIVE_DAYS: Record<string, number> = { 'the day before yesterday': -2, yesterday: -1, today: 0, 'the day after tomorrow': 2, tomorrow: 1 };

/** this/last/next + a calendar unit, relative to the reference; that/the same/the following/the previous, to the anchor. */
const SHIFTS: Record<string, { by: number; from: 'reference' | 'anchor' }> = {
	this: { by: 0, from: 'reference' },
	current: { by: 0, from: 'reference' },
	'the current': { by: 0, from: 'reference' },
	'this past': { by: -1, from: 'reference' },
	last: { by: -1, from: 'reference' },
	past: { by: -1, from: 'reference' },
	previous: { by: -1, from: 'reference' },
	next: { by: 1, from: 'reference' },
	coming: { by: 1, from: 'reference' },
	'the coming': { by: 1, from: 'reference' },
	that: { by: 0, from: 'anchor' },
	'the same': { by: 0, from: 'anchor' },
	'that same': { by: 0, from: 'anchor' },
	'the following': { by: 1, from: 'anchor' },
	'the next': { by: 1, from: 'anchor' },
	'the previous': { by: -1, from: 'anchor' },
	'the preceding': { by: -1, from: 'anchor' },
	'the prior': { by: -1, from: 'anchor' }
};

const SHIFT_WORDS = alt(Object.keys(SHIFTS));

/** A quarter named shortly before: the text is reporting a quarter's results. */
const QUARTERLY = /\bquarter\b/i;

export const RELATIVE_RULES: Rule[] = [
	{
		// "today", "yesterday", "tomorrow", "the day before yesterday".
		name: 'relative day',
		pattern: `(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow)${WORD_END}`,
		// "Today" after a capitalised word is part of a name ("USA Today", "the Today show" aside).
		accept: (m, text) => !(/^T/.test(m[0]) && NAME_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))),
		read: (m, context) => date(dayValue(shift(context.reference, 'day', RELATIVE_DAYS[tableKey(groups(m).w!)]!)))
	},
	{
		// "this week", "last month", "next year", "that year", "the following week", "this weekend", "the same day".
		name: 'relative unit',
		pattern: `(?<rel>${SHIFT_WORDS})\\s+(?<u>day|week|weekend|month|quarter|year|decade|century)(?![\\w-])`,
		accept: (m) => {
			const rel = tableKey(groups(m).rel!);
			const unit = groups(m).u!.toLowerCase();
			// "this day" is rarely a date ("that day", counted from the text's last date, is); "the past year" and "the coming year" are spans (durations).
			if (unit === 'day' && SHIFTS[rel]!.from !== 'anchor') return false;
			return !(/^(?:past|coming|the coming)$/.test(rel) && unit !== 'weekend');
		},
		read: (m, context) => {
			const g = groups(m);
			const rel = SHIFTS[tableKey(g.rel!)]!;
			const unit = calendarUnit(g.u!)!;
			return date(valueAt(shift(anchorOrReference(context, rel.from, unit), unit, rel.by), unit));
		}
	},
	{
		// "the weekend", "over the weekend": the last one in past-tense reporting, the next one in plans.
		name: 'the weekend',
		pattern: `the\\s+weekend${WORD_END}`,
		read: (m, context) => date(`${weekValue(weekdayFrom(context.reference, 6, context.direction(m.index)))}-WE`)
	},
	{
		// "the year" (the publication's), "the quarter" and "the latest quarter" (the last one reported on), "the day" (the one the text is on).
		name: 'the unit',
		pattern: `the\\s+(?:(?<q>latest|most\\s+recent|current|same|comparable)\\s+)?(?:fiscal\\s+)?(?<u>year|quarter|month|day)${WORD_END}(?![\\s\\u00a0]+(?:of|before|after|when|that|in\\s+which)\\b)`,
		accept: (m) => groups(m).u!.toLowerCase() !== 'day' || !groups(m).q,
		read: (m, context) => {
			const g = groups(m);
			const unit = g.u!.toLowerCase();
			// "the year ended Sept. 30": a (fiscal) year's span, ending on the day said; "the quarter ended …" is the quarter.
			const ended = /^[\s\u00a0]+(?:ended|ending)\b/i.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 8));
			if (ended && unit !== 'quarter') return { type: 'duration', value: unit === 'month' ? 'P1M' : unit === 'day' ? 'P1D' : 'P1Y' };
			if (unit === 'day') return date(dayValue(anchorOrReference(context, 'anchor', 'day')));
			if (unit === 'year' || unit === 'month') return date(valueAt(context.reference, unit));
			const current = /^(?:current|same)$/i.test(g.q ?? '');
			return date(valueAt(shift(context.reference, 'quarter', current ? 0 : -1), 'quarter'));
		}
	},
	{
		// "earlier this year", "later this month", "late last year", "early next week".
		name: 'part of a relative unit',
		pattern: `(?<part>earlier|later)\\s+(?<rel>this|last|next|that)\\s+(?<u>week|month|year|decade|century)(?![\\w-])`,
		read: (m, context) => {
			const g = groups(m);
			const rel = SHIFTS[g.rel!.toLowerCase()]!;
			const unit = calendarUnit(g.u!)!;
			return date(valueAt(shift(anchorOrReference(context, rel.from, unit), unit, rel.by), unit));
		}
	},
	{
		// "two years ago", "three days earlier", "a week later", "ten years later", "a year from now".
		name: 'shifted',
		pattern: `(?:(?<exact>exactly)\\s+)?(?:(?<n>${COUNT}|a\\s+couple\\s+of)[\\s-]+|(?<q>${VAGUE})\\s+)?(?<u>${UNIT})\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|hence|previously|prior)(?![\\w-])`,
		accept: (m, text) => {
			const g = groups(m);
			if (!g.n && !g.q && !/s$/i.test(g.u!)) return false;
			// "before"/"after" need no object after them to be adverbs ("two days after the vote" is a duration and a signal).
			if (/^(?:before|after|prior)$/i.test(g.dir!)) return /^[\s\u00a0]*(?:[.,;:!?)"”’]|$|and\b|but\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
			return true;
		},
		read: (m, context) => {
			const g = groups(m);
			const dir = tableKey(g.dir!);
			const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior';
			// "several years ago", "months ago": some time before, how long not said.
			if (!g.n) return date(back ? 'PAST_REF' : 'FUTURE_REF');
			const n = /couple/i.test(g.n) ? 2 : countValue(g.n);
			const unit = calendarUnit(g.u!);
			if (!unit || !Number.isFinite(n) || !Number.isInteger(n)) return null;
			// Reporting a quarter's results, "a year ago" and "a year earlier" are the same quarter a year before.
			const quarter = /^(\d{4})-Q([1-4])$/.exec(context.anchor() ?? '');
			if (quarter && unit === 'year' && back && QUARTERLY.test(context.text.slice(Math.max(0, m.index - 300), m.index)))
				return date(`${yearValue(Number(quarter[1]) - n)}-Q${quarter[2]}`);
			const from = dir === 'ago' || dir === 'from now' || dir === 'hence' ? 'reference' : 'anchor';
			const base = anchorOrReference(context, from, unit);
			const granularity: CalendarUnit = unit === 'decade' || unit === 'century' ? 'year' : unit;
			return date(valueAt(shift(base, unit, back ? -n : n), granularity));
		}
	}
];
