/**
 * Rules for calendar dates: full and partial dates, bare years, decades, centuries, seasons, quarters and
 * halves, weekdays, and dates named relative to the publication date or to a date the text named before.
 */
import { addDays } from 'date-fns';
import { DECADE_WORDS, HOLIDAYS, SEASONS, type Holiday } from '../lexicon';
import {
	dayOfValue,
	dayValue,
	easterSunday,
	makeDay,
	nthWeekday,
	monthOf,
	monthValue,
	quarterOf,
	shift,
	valueAt,
	weekValue,
	weekdayFrom,
	weekdayOfWeek,
	yearForMonth,
	yearOf,
	yearValue,
	type CalendarUnit
} from '../calendar';
import {
	alt,
	COUNT,
	DAY_OF_MONTH,
	DAY_ORDINAL_WORDS,
	DECADE_WORD,
	MONTH,
	NUMBER_END,
	NUMBER_START,
	ORDINAL,
	SEASON,
	SPELLED_YEAR,
	UNIT,
	VAGUE,
	WEEKDAY,
	WORD_END,
	YEAR,
	countValue,
	dayOrdinalValue,
	monthNumber,
	ordinalValue,
	spelledYearValue,
	startsUpper,
	unitOf,
	weekdayNumber
} from '../patterns';
import { groups, type Context, type Reading, type Rule } from '../rule';

const date = (value: string | undefined): Reading | null => (value ? { type: 'date', value } : null);

/** Nouns that make a four-digit number a count, not a year ("1500 troops"). */
const COUNTED =
	/^[\s\u00a0]*(?:people|persons|men|women|children|troops|soldiers|police|officers|fighters|workers|employees|jobs|members|students|residents|families|homes|houses|buildings|deaths|dead|casualties|cases|votes|seats|feet|ft|foot|metres|meters|m|km|kilometres|kilometers|miles|mi|tons|tonnes|kg|pounds|lb|lbs|dollars|euros|points|acres|hectares|barrels|units|copies|cars|vehicles|shares|mw|megawatts|mph|hours|minutes|calories|square|cubic|kilograms|grams|litres|liters|gallons|butterflies|species|patients|pilgrims|refugees|prisoners|[a-z]+ers\b)\b/i;
/** Nouns after a holiday's name that make it a thing, not a day ("Christmas tree", "Easter Island"). */
const NOT_HOLIDAY_AFTER =
	/^[\s\u00a0]+(?:tree|trees|card|cards|present|presents|gift|gifts|shopping|market|markets|party|parties|dinner|carol|carols|message|Island|egg|eggs|Rising|Parade|season|holidays?|break|lights|decorations)\b/i;
const MONEY_BEFORE = /(?:[$£€¥#]|\bNo\.?|\bnumber|\bNr\.?|\bp\.|\bpp\.|\bpage|\bRoute|\bFlight|\bHighway|\bRoom|\bSuite)[\s\u00a0]*$/i;

function sentenceYear(context: Context, at: number, month: number, day?: number): number {
	return yearForMonth(context.reference, month, context.direction(at), day);
}

function fullDate(year: number, month: number, day: number): string | undefined {
	const d = makeDay(year, month, day);
	return d && dayValue(d);
}

function twoDigitYear(yy: number, reference: Date): number {
	const century = Math.floor(yearOf(reference) / 100) * 100;
	return century + yy > yearOf(reference) + 10 ? century - 100 + yy : century + yy;
}

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
const SHIFT_WORDS =
	'(?:this\\s+past|the\\s+current|current|this|last|past|previous|next|coming|the\\s+coming|that\\s+same|that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|the\\s+prior)';

const FINENESS: CalendarUnit[] = ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'year', 'decade', 'century'];

/**
 * The date a relative expression counts from: the last one the text named, or the publication date. An
 * anchor coarser than what is asked of it ("that day" after "in 1987") is not used: it would invent a day.
 */
function anchorOrReference(context: Context, from: 'reference' | 'anchor', unit: CalendarUnit = 'century') {
	if (from === 'anchor') {
		const anchor = context.anchor();
		const read = anchor ? dayOfValue(anchor) : undefined;
		if (read && FINENESS.indexOf(read.unit) <= FINENESS.indexOf(unit)) return read.day;
	}
	return context.reference;
}

function holidayIn(holiday: Holiday, year: number): Date | undefined {
	if ('easter' in holiday) return addDays(easterSunday(year), holiday.easter);
	if ('nth' in holiday) return addDays(nthWeekday(year, holiday.month, holiday.weekday, holiday.nth), holiday.plus ?? 0);
	return makeDay(year, holiday.month, holiday.day);
}

const HOLIDAY_NAMES = alt(Object.keys(HOLIDAYS)).replace(/'/g, "['’]");

function calendarUnit(word: string): CalendarUnit | undefined {
	const name = unitOf(word).name;
	return name === 'day' || name === 'week' || name === 'weekend' || name === 'month' || name === 'quarter' || name === 'year' || name === 'decade' || name === 'century'
		? name
		: undefined;
}

export const DATE_RULES: Rule[] = [
	{
		name: 'iso date',
		pattern: `${NUMBER_START}(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?!\\d)`,
		read: (m) => date(fullDate(Number(groups(m).y), Number(groups(m).m), Number(groups(m).d)))
	},
	{
		name: 'numeric date',
		pattern: `${NUMBER_START}(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\d.,/]\\d|\\w)`,
		read: (m, context) => {
			const g = groups(m);
			let [month, day] = [Number(g.a), Number(g.b)];
			// Day first where the first number cannot be a month or the separator is a full stop (European).
			if (month > 12 || g.sep === '.') [month, day] = [day, month];
			const year = g.y!.length === 2 ? twoDigitYear(Number(g.y), context.reference) : Number(g.y);
			return date(fullDate(year, month, day));
		}
	},
	{
		// "January 24, 2019", "Thursday, January 24, 2019", "Sept. 11", "March 22nd".
		name: 'month day year',
		pattern: `(?:(?<rel>last|this|next)\\s+year,?\\s+)?(?:(?:this\\s+coming\\s+|this\\s+)?(?<wd>${WEEKDAY}),?\\s+)?(?:(?<mrel>last|next)\\s+)?(?<mo>${MONTH})\\s+(?:(?<d>${DAY_OF_MONTH})(?![\\d:.,]\\d|\\w)|the\\s+(?<dw>${DAY_ORDINAL_WORDS})(?![\\w-])|(?<dw2>${DAY_ORDINAL_WORDS})(?![\\w-]))(?:,?\\s+(?:(?<y>${YEAR})(?!\\d)|(?<sy>${SPELLED_YEAR})(?![\\w-])))?`,
		accept: (m) => startsUpper(groups(m).mo!) && (!groups(m).wd || startsUpper(groups(m).wd!)),
		read: (m, context) => {
			const g = groups(m);
			const month = monthNumber(g.mo!);
			const day = g.d ? parseInt(g.d, 10) : dayOrdinalValue((g.dw ?? g.dw2)!);
			// "last Oct. 23": the last one before the publication date; "next Jan. 2": the next one after it.
			const strictly = g.mrel?.toLowerCase() === 'last' ? 'past' : g.mrel ? 'future' : undefined;
			const year = g.y
				? Number(g.y)
				: g.sy
					? spelledYearValue(g.sy)
					: g.rel
						? yearOf(context.reference) + { last: -1, this: 0, next: 1 }[g.rel.toLowerCase() as 'this']!
						: strictly
							? yearForMonth(shift(context.reference, 'day', strictly === 'past' ? -1 : 1), month, strictly, day)
							: sentenceYear(context, m.index, month, day);
			return date(fullDate(year, month, day));
		}
	},
	{
		// "April 24 and 25", "March 3–5, 2019": two days of one month, each an expression of its own.
		name: 'month day and day',
		pattern: `(?<mo>${MONTH})\\s+(?<d>${DAY_OF_MONTH})\\s*(?:and|or|to|through|[-–])\\s*(?<d2>${DAY_OF_MONTH})(?![\\d:.,]\\d|\\w)(?:,?\\s+(?<y>${YEAR})(?!\\d))?`,
		accept: (m) => startsUpper(groups(m).mo!) && parseInt(groups(m).d2!, 10) > parseInt(groups(m).d!, 10),
		read: (m, context) => {
			const g = groups(m);
			const month = monthNumber(g.mo!);
			const [first, second] = [parseInt(g.d!, 10), parseInt(g.d2!, 10)];
			const year = g.y ? Number(g.y) : sentenceYear(context, m.index, month, first);
			const a = fullDate(year, month, first);
			const b = fullDate(year, month, second);
			if (!a || !b) return null;
			const [, firstEnd] = m.indices!.groups!.d!;
			const [secondStart, secondEnd] = m.indices!.groups!.d2!;
			return [
				{ type: 'date', value: a, start: m.index, end: firstEnd },
				{ type: 'date', value: b, start: secondStart, end: g.y ? m.index + m[0].length : secondEnd }
			];
		}
	},
	{
		// "22 March 2024", "Friday 22 March", "the 22nd of March".
		name: 'day month year',
		pattern: `(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<d>${DAY_OF_MONTH})(?:\\s+of)?\\s+(?<mo>${MONTH})(?:,?\\s+(?<y>${YEAR})(?!\\d))?`,
		accept: (m, text) => startsUpper(groups(m).mo!) && !/\d[\s\u00a0]*$/.test(text.slice(Math.max(0, m.index - 3), m.index)),
		read: (m, context) => {
			const g = groups(m);
			const month = monthNumber(g.mo!);
			const day = parseInt(g.d!, 10);
			return date(fullDate(g.y ? Number(g.y) : sentenceYear(context, m.index, month, day), month, day));
		}
	},
	{
		// "March 2024", "June of 2019", "June of this year", "August last year".
		name: 'month year',
		pattern: `(?<mo>${MONTH}),?\\s+(?:of\\s+)?(?:(?<y>${YEAR})(?!\\d)|(?<sy>${SPELLED_YEAR})(?![\\w-])|(?<rel>this|last|next|that)\\s+year)`,
		accept: (m) => startsUpper(groups(m).mo!),
		read: (m, context) => {
			const g = groups(m);
			const month = monthNumber(g.mo!);
			if (g.y || g.sy) return date(monthValue(g.y ? Number(g.y) : spelledYearValue(g.sy!), month));
			const shiftBy = { this: 0, last: -1, next: 1, that: 0 }[g.rel!.toLowerCase() as 'this']!;
			const base = g.rel!.toLowerCase() === 'that' ? anchorOrReference(context, 'anchor') : context.reference;
			return date(monthValue(yearOf(base) + shiftBy, month));
		}
	},
	{
		// "March", "last March", "next May"; a bare "May" only where a month is expected.
		name: 'month',
		pattern: `(?:(?<rel>last|next|this)\\s+)?(?<mo>${MONTH})${WORD_END}`,
		accept: (m, text) => {
			const g = groups(m);
			if (!startsUpper(g.mo!) || /^may$/i.test(g.mo!) === false) return startsUpper(g.mo!);
			if (g.rel) return true;
			return /\b(?:in|since|until|till|by|of|from|to|through|during|early|late|mid|last|next|this|before|after|between|and|or|since|late|end|beginning)[\s\u00a0-]+$/i.test(
				text.slice(Math.max(0, m.index - 14), m.index)
			);
		},
		read: (m, context) => {
			const g = groups(m);
			const month = monthNumber(g.mo!);
			const rel = g.rel?.toLowerCase();
			const ref = context.reference;
			// "last February" said in March is a year ago: last month would have been said.
			if (rel === 'last') return date(monthValue(month < monthOf(ref) - 1 ? yearOf(ref) : yearOf(ref) - 1, month));
			if (rel === 'next') return date(monthValue(month > monthOf(ref) ? yearOf(ref) : yearOf(ref) + 1, month));
			if (rel === 'this') return date(monthValue(yearOf(ref), month));
			return date(monthValue(sentenceYear(context, m.index, month), month));
		}
	},
	{
		// "the 1980s", "the '80s", "the early 1980s", "the eighties", "1990s".
		name: 'decade',
		pattern: `(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<y>1\\d{2}0|20\\d0)'?s|['’](?<yy>\\d0)s|(?<w>${DECADE_WORD}))(?!\\w)`,
		read: (m, context) => {
			const g = groups(m);
			let value: string;
			if (g.y) value = g.y.endsWith('00') ? g.y.slice(0, 2) : g.y.slice(0, 3);
			else {
				const tens = g.yy ? Number(g.yy) : DECADE_WORDS[g.w!.toLowerCase()]!;
				value = String(twoDigitYear(tens, context.reference)).slice(0, 3);
			}
			const mod = ({ early: 'START', mid: 'MID', late: 'END' } as const)[g.mod?.toLowerCase() as 'early'];
			return { type: 'date', value, ...(mod ? { mod } : {}) };
		}
	},
	{
		// "the 20th century", "the twentieth century", "the 19th-century".
		name: 'century',
		pattern: `(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<n>${ORDINAL})[\\s-]+century(?!\\w)`,
		read: (m) => {
			const g = groups(m);
			const n = ordinalValue(g.n!);
			if (!(n >= 1 && n <= 30)) return null;
			const mod = ({ early: 'START', mid: 'MID', late: 'END' } as const)[g.mod?.toLowerCase() as 'early'];
			return { type: 'date', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}) };
		}
	},
	{
		// "spring 2019", "the summer of 1969", "this spring", "last winter", "the winter of 2006–2007".
		name: 'season',
		pattern: `(?:(?<rel>this|last|next|that|the|this\\s+past)\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?:(?<y>${YEAR})(?:\\s*[-–—/]\\s*(?:${YEAR}|\\d{2}))?(?!\\d)|(?<sy>${SPELLED_YEAR})(?![\\w-])))?(?![\\w-])`,
		accept: (m, text) => {
			const g = groups(m);
			if (g.y || g.sy || (g.rel && g.rel.toLowerCase() !== 'the')) return true;
			if (g.s!.toLowerCase() === 'fall') return false;
			// A bare season only after a preposition that takes a time ("in the spring", "during winter").
			return /\b(?:in|into|during|until|till|by|since|through|throughout|over|this|last|next|early|late)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i.test(
				text.slice(Math.max(0, m.index - 16), m.index + (g.rel ? 4 : 0))
			);
		},
		read: (m, context) => {
			const g = groups(m);
			const season = SEASONS[g.s!.toLowerCase()]!;
			const ref = context.reference;
			const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
			const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season.code]!;
			// Months counted from year 0, so that a winter (December to February) is one run of months.
			const now = yearOf(ref) * 12 + monthOf(ref);
			const startOf = (year: number) => year * 12 + first;
			let year = g.y ? Number(g.y) : g.sy ? spelledYearValue(g.sy) : season.code === 'WI' && monthOf(ref) <= 2 ? yearOf(ref) - 1 : yearOf(ref);
			const said = g.y || g.sy;
			if (!said && (rel === 'last' || rel === 'this past')) for (year = yearOf(ref); startOf(year) + 2 >= now;) year -= 1;
			if (!said && rel === 'next') for (year = yearOf(ref) - 1; startOf(year) <= now;) year += 1;
			if (!said && rel === 'that') year = yearOf(anchorOrReference(context, 'anchor'));
			const mod = ({ early: 'START', mid: 'MID', late: 'END' } as const)[g.mod?.toLowerCase() as 'early'];
			return { type: 'date', value: `${yearValue(year)}-${season.code}`, ...(mod ? { mod } : {}) };
		}
	},
	{
		// "the third quarter", "the first quarter of 2019", "the 1988 second quarter", "Q3 2019", "the first half".
		name: 'quarter',
		pattern: `(?:(?<q>Q[1-4])(?:\\s+(?<qy>${YEAR}))?|(?:the\\s+)?(?:(?<y1>${YEAR})\\s+)?(?<n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?<part>quarter|half)(?:\\s+of\\s+(?:(?<y2>${YEAR})|(?<rel>this|last|next)\\s+year))?)(?![\\w-])`,
		accept: (m) => !groups(m).q || /^Q/.test(groups(m).q!),
		read: (m, context) => {
			const g = groups(m);
			const ref = context.reference;
			const n = g.q
				? Number(g.q[1])
				: ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 } as Record<string, number>)[g.n!.toLowerCase()]!;
			const half = g.part?.toLowerCase() === 'half';
			if (half && n > 2) return null;
			let year: number;
			const explicit = g.qy ?? g.y1 ?? g.y2;
			if (explicit) year = Number(explicit);
			else if (g.rel) year = yearOf(ref) + { this: 0, last: -1, next: 1 }[g.rel.toLowerCase() as 'this']!;
			else {
				// Without a year: the latest such part of a year that has begun, in past-tense reporting.
				const current = half ? (monthOf(ref) <= 6 ? 1 : 2) : quarterOf(monthOf(ref));
				year = context.direction(m.index) !== 'future' && n > current ? yearOf(ref) - 1 : yearOf(ref);
			}
			return date(`${yearValue(year)}-${half ? 'H' : 'Q'}${n}`);
		}
	},
	{
		// "in 2003", "fiscal 1998", "the year 2000", "'98".
		name: 'year',
		pattern: `(?:(?:fiscal|the\\s+year)\\s+)?(?:${NUMBER_START}(?<y>${YEAR})(?!\\d)${NUMBER_END}|(?<![\\w'’])['’](?<yy>\\d{2})(?![\\w'’])|(?<![\\w-])(?<sy>${SPELLED_YEAR})(?![\\w-]))`,
		accept: (m, text) => {
			const end = m.index + m[0].length;
			if (MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return false;
			if (COUNTED.test(text.slice(end, end + 16))) return false;
			if (groups(m).sy)
				return (
					/^the\s+year/i.test(m[0]) || /\b(?:in|since|of|from|until|by|to|year|summer|spring|fall|autumn|winter)[\s\u00a0]+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))
				);
			if (groups(m).yy) return /\b(?:in|since|of|from|until|by|to|the|class|summer|spring|fall|winter)[\s\u00a0]+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
			return true;
		},
		read: (m, context) => {
			const g = groups(m);
			return date(yearValue(g.y ? Number(g.y) : g.sy ? spelledYearValue(g.sy) : twoDigitYear(Number(g.yy), context.reference)));
		}
	},
	{
		// "1979–1989", "1979-89", "2006/07": both ends, each an expression of its own.
		name: 'year range',
		pattern: `${NUMBER_START}(?<a>${YEAR})(?<dash>\\s*[-–—]\\s*|/)(?<b>${YEAR}|\\d{2})(?![\\d\\w%])`,
		accept: (m, text) => {
			const g = groups(m);
			const b = g.b!.length === 2 ? Number(g.a!.slice(0, 2) + g.b) : Number(g.b);
			const end = m.index + m[0].length;
			return b > Number(g.a) && b - Number(g.a) < 200 && !COUNTED.test(text.slice(end, end + 16)) && !MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
		},
		read: (m) => {
			const g = groups(m);
			const [aStart, aEnd] = m.indices!.groups!.a!;
			const [bStart, bEnd] = m.indices!.groups!.b!;
			const b = g.b!.length === 2 ? g.a!.slice(0, 2) + g.b : g.b!;
			return [
				{ type: 'date', value: g.a!, start: aStart, end: aEnd },
				{ type: 'date', value: b, start: bStart, end: bEnd }
			];
		}
	},
	{
		// "today", "yesterday", "tomorrow", "the day before yesterday".
		name: 'relative day',
		pattern: `(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow)${WORD_END}`,
		read: (m, context) => date(dayValue(shift(context.reference, 'day', RELATIVE_DAYS[groups(m).w!.toLowerCase().replace(/\s+/g, ' ')]!)))
	},
	{
		// "this week", "last month", "next year", "that year", "the following week", "this weekend", "the same day".
		name: 'relative unit',
		pattern: `(?<rel>${SHIFT_WORDS})\\s+(?<u>day|week|weekend|month|quarter|year|decade|century)(?![\\w-])`,
		accept: (m) => {
			const rel = groups(m).rel!.toLowerCase().replace(/\s+/g, ' ');
			const unit = groups(m).u!.toLowerCase();
			// "this day" is rarely a date; "the past year" and "the coming year" are spans (durations).
			if (unit === 'day' && !/^(?:that|that same|the same|the following|the next|the previous|the preceding|the prior)$/.test(rel)) return false;
			return !(/^(?:past|coming|the coming)$/.test(rel) && unit !== 'weekend');
		},
		read: (m, context) => {
			const g = groups(m);
			const rel = SHIFTS[g.rel!.toLowerCase().replace(/\s+/g, ' ')]!;
			const unit = calendarUnit(g.u!)!;
			return date(valueAt(shift(anchorOrReference(context, rel.from, unit), unit, rel.by), unit));
		}
	},
	{
		// "Christmas", "Easter 2019", "last Thanksgiving", "Good Friday": the holiday's day in the year said or nearest.
		name: 'holiday',
		pattern: `(?:(?<rel>last|next|this)\\s+)?(?<h>${HOLIDAY_NAMES})(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})(?!\\d))?${WORD_END}`,
		accept: (m, text) => startsUpper(groups(m).h!) && !NOT_HOLIDAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
		read: (m, context) => {
			const g = groups(m);
			const holiday = HOLIDAYS[g.h!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')]!;
			if (g.y) return date(dayValue(holidayIn(holiday, Number(g.y))!));
			const ref = context.reference;
			const around = [yearOf(ref) - 1, yearOf(ref), yearOf(ref) + 1].map((y) => holidayIn(holiday, y)!);
			const past = around.filter((d) => d.getTime() <= ref.getTime()).at(-1)!;
			const future = around.find((d) => d.getTime() >= ref.getTime())!;
			const rel = g.rel?.toLowerCase();
			const direction = rel === 'last' ? 'past' : rel === 'next' ? 'future' : rel === 'this' ? 'unknown' : context.direction(m.index);
			const nearest = ref.getTime() - past.getTime() <= future.getTime() - ref.getTime() ? past : future;
			return date(dayValue(direction === 'past' ? past : direction === 'future' ? future : nearest));
		}
	},
	{
		// "9/11": the attacks' day, named by it.
		name: 'nine eleven',
		pattern: `(?<![\\w/])9/11(?![\\w/])`,
		read: () => date('2001-09-11')
	},
	{
		// "the previous Friday", "the following Monday": counted from the date the text named last.
		name: 'anaphoric weekday',
		pattern: `the\\s+(?<rel>previous|preceding|following|next)\\s+(?<wd>${WEEKDAY})${WORD_END}`,
		accept: (m) => startsUpper(groups(m).wd!),
		read: (m, context) => {
			const g = groups(m);
			const back = /^(?:previous|preceding)$/i.test(g.rel!);
			return date(dayValue(weekdayFrom(anchorOrReference(context, 'anchor', 'day'), weekdayNumber(g.wd!), back ? 'past' : 'future', true)));
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
			// "the year ended Sept. 30": a (fiscal) year's span, ending on the day said.
			if (/^[\s\u00a0]+(?:ended|ending)\b/i.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
				return { type: 'duration', value: unit === 'quarter' ? 'P3M' : unit === 'month' ? 'P1M' : unit === 'day' ? 'P1D' : 'P1Y' };
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
			const dir = g.dir!.toLowerCase().replace(/\s+/g, ' ');
			const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior';
			// "several years ago", "months ago": some time before, how long not said.
			if (!g.n) return date(back ? 'PAST_REF' : 'FUTURE_REF');
			const n = /couple/i.test(g.n) ? 2 : countValue(g.n);
			const unit = calendarUnit(g.u!);
			if (!unit || !Number.isFinite(n) || !Number.isInteger(n)) return null;
			const from = dir === 'ago' || dir === 'from now' || dir === 'hence' ? 'reference' : 'anchor';
			const base = anchorOrReference(context, from, unit);
			const granularity: CalendarUnit = unit === 'decade' || unit === 'century' ? 'year' : unit;
			return date(valueAt(shift(base, unit, back ? -n : n), granularity));
		}
	},
	{
		// "Friday", "last Friday", "next Monday", "this Tuesday", "Friday night" (a time), "Tuesday morning".
		name: 'weekday',
		pattern: `(?:(?<rel>last|next|this|that|on)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<part>morning|afternoon|evening|night))?${WORD_END}`,
		accept: (m, text) =>
			startsUpper(groups(m).wd!) &&
			!/^[\s\u00a0]*(?:Times|Telegraph|Express|Mirror|Herald|Post|Star|Tribune|Independent|Sport|Mail)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)),
		read: (m, context) => {
			const g = groups(m);
			const weekday = weekdayNumber(g.wd!);
			const rel = g.rel?.toLowerCase();
			const ref = rel === 'that' ? anchorOrReference(context, 'anchor', 'day') : context.reference;
			const day =
				rel === 'last'
					? weekdayFrom(ref, weekday, 'past', true)
					: rel === 'next'
						? weekdayFrom(ref, weekday, 'future', true)
						: rel === 'this'
							? weekdayOfWeek(ref, weekday)
							: weekdayFrom(ref, weekday, rel === 'that' ? 'future' : context.direction(m.index));
			const start = rel === 'on' ? m.indices![0]![0] + m[0].indexOf(g.wd!) : undefined;
			const part = g.part?.toLowerCase();
			const code = part ? { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[part as 'morning'] : undefined;
			return { type: code ? 'time' : 'date', value: code ? `${dayValue(day)}T${code}` : dayValue(day), ...(start !== undefined ? { start } : {}) };
		}
	},
	{
		// "the day", "that day", "the next day", "the following day", "the previous day", "the day before".
		name: 'anaphoric day',
		pattern: `(?<w>that\\s+(?:same\\s+)?day|the\\s+same\\s+day|the\\s+(?:next|following|previous|preceding|prior)\\s+day|the\\s+day\\s+(?:before|after)(?!\\s+(?:the|a|an|his|her|their|its|yesterday|tomorrow)\\b)|the\\s+(?:next|following)\\s+(?<part>morning|afternoon|evening|night))(?![\\w-])`,
		read: (m, context) => {
			const g = groups(m);
			const w = g.w!.toLowerCase().replace(/\s+/g, ' ');
			const by = /next|following|after/.test(w) ? 1 : /previous|preceding|prior|before/.test(w) ? -1 : 0;
			const base = anchorOrReference(context, 'anchor', 'day');
			const day = dayValue(shift(base, 'day', by));
			const code = g.part ? { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part.toLowerCase() as 'morning'] : undefined;
			return code ? { type: 'time', value: `${day}T${code}` } : date(day);
		}
	},
	{
		// "this morning", "yesterday afternoon", "last night", "tonight", "tomorrow evening", "overnight".
		name: 'part of a day',
		pattern: `(?<w>(?:this|yesterday|tomorrow|today)\\s+(?<part>morning|afternoon|evening|night)|last\\s+night|tonight|overnight|that\\s+(?<part2>morning|afternoon|evening|night))(?![\\w-])`,
		read: (m, context) => {
			const g = groups(m);
			const w = g.w!.toLowerCase();
			const part = (g.part ?? g.part2 ?? (w === 'last night' || w === 'tonight' || w === 'overnight' ? 'night' : 'morning')).toLowerCase();
			const by = w.startsWith('yesterday') || w === 'last night' ? -1 : w.startsWith('tomorrow') ? 1 : 0;
			const base = w.startsWith('that') ? anchorOrReference(context, 'anchor', 'day') : context.reference;
			const code = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[part as 'morning'];
			return { type: 'time', value: `${dayValue(shift(base, 'day', by))}T${code}` };
		}
	}
];
