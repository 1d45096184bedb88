/** Rules for days and months: "22 March 2024", "March 22", "Thursday, January 24, 2019", "2019-01-24", "March 2024", "In March". */
import { monthOf, monthValue, shift, yearForMonth, yearOf } from '../calendar';
import { YEARS_FROM_REFERENCE } from '../lexicon';
import { DAY_OF_MONTH, DAY_ORDINAL_WORDS, MONTH, NUMBER_START, SPELLED_YEAR, WEEKDAY, WORD_END, YEAR, monthNumber, ordinalValue, spelledYearValue, startsUpper } from '../patterns';
import { groups, type Rule } from '../rule';
import { date, sentenceYear, fullDate, twoDigitYear, anchorOrReference } from './resolve';

export const DAYS_AND_MONTHS_RULES: Rule[] = [
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
			const day = g.d ? parseInt(g.d, 10) : ordinalValue((g.dw ?? g.dw2)!);
			// "last Oct. 23": the last one before the publication date; "next Jan. 2": the next one after it.
			const strictly = g.mrel?.toLowerCase() === 'last' ? 'past' : g.mrel ? 'future' : undefined;
			const year = g.y
				? Number(g.y)
				: g.sy
					? spelledYearValue(g.sy)
					: g.rel
						? yearOf(context.reference) + YEARS_FROM_REFERENCE[g.rel.toLowerCase()]!
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
			const rel = g.rel!.toLowerCase();
			if (rel === 'that') return date(monthValue(yearOf(anchorOrReference(context, 'anchor')), month));
			return date(monthValue(yearOf(context.reference) + YEARS_FROM_REFERENCE[rel]!, month));
		}
	},
	{
		// "March", "last March", "next May"; a bare "May" only where a month is expected.
		name: 'month',
		pattern: `(?:(?<rel>last|next|this|that)\\s+)?(?<mo>${MONTH})${WORD_END}`,
		accept: (m, text) => {
			const g = groups(m);
			if (!startsUpper(g.mo!)) return false;
			// "May" alone is a month only where a month is expected ("in May", "until May"), not "Theresa May".
			if (!/^may$/i.test(g.mo!) || g.rel) return true;
			return /\b(?:in|since|until|till|by|of|from|to|through|during|early|late|mid|last|next|this|before|after|between|and|or|end|beginning)[\s\u00a0-]+$/i.test(
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
			// "She began on August 20, 2018. That September …": the first such month from the time the text is telling.
			if (rel === 'that') {
				const anchor = anchorOrReference(context, 'anchor', 'month');
				return date(monthValue(month >= monthOf(anchor) ? yearOf(anchor) : yearOf(anchor) + 1, month));
			}
			return date(monthValue(sentenceYear(context, m.index, month), month));
		}
	}
];
