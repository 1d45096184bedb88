/** Rules for parts of a year: seasons ("this spring", "the winter of 2006–2007") and quarters and halves ("the third quarter", "Q3 2019", "the first half"). */
import { SEASON_FIRST_MONTHS, SEASONS, YEARS_FROM_REFERENCE } from '../lexicon';
import { monthOf, quarterOf, yearOf, yearValue } from '../calendar';
import { SEASON, SPELLED_YEAR, YEAR, positionModifier, spelledYearValue, tableKey } from '../patterns';
import { groups, type Rule } from '../rule';
import { date, anchorOrReference } from './resolve';

export const SEASONS_AND_QUARTERS_RULES: Rule[] = [
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
			const rel = g.rel && tableKey(g.rel);
			const first = SEASON_FIRST_MONTHS[season.code]!;
			// Months counted from year 0, so that a winter (December to February) is one run of months.
			const now = yearOf(ref) * 12 + monthOf(ref);
			const startOf = (year: number) => year * 12 + first;
			let year = g.y ? Number(g.y) : g.sy ? spelledYearValue(g.sy) : season.code === 'WI' && monthOf(ref) <= 2 ? yearOf(ref) - 1 : yearOf(ref);
			const said = g.y || g.sy;
			if (!said && (rel === 'last' || rel === 'this past')) for (year = yearOf(ref); startOf(year) + 2 >= now;) year -= 1;
			if (!said && rel === 'next') for (year = yearOf(ref) - 1; startOf(year) <= now;) year += 1;
			if (!said && rel === 'that') year = yearOf(anchorOrReference(context, 'anchor'));
			const mod = positionModifier(g.mod);
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
			else if (g.rel) year = yearOf(ref) + YEARS_FROM_REFERENCE[g.rel.toLowerCase()]!;
			else {
				// Without a year: the latest such part of a year that has begun, in past-tense reporting.
				const current = half ? (monthOf(ref) <= 6 ? 1 : 2) : quarterOf(monthOf(ref));
				year = context.direction(m.index) !== 'future' && n > current ? yearOf(ref) - 1 : yearOf(ref);
			}
			return date(`${yearValue(year)}-${half ? 'H' : 'Q'}${n}`);
		}
	}
];
