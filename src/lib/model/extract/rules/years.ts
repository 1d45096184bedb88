/** Rules for years, decades and centuries: "in 2003", "fiscal 1998", "1979–1989", "the early 1980s", "the 20th century". */
import { DECADE_WORDS } from '../lexicon';
import { yearValue } from '../calendar';
import { DECADE_WORD, NUMBER_END, NUMBER_START, ORDINAL, SPELLED_YEAR, YEAR, ordinalValue, positionModifier, spelledYearValue } from '../patterns';
import { groups, type Rule } from '../rule';
import { date, twoDigitYear } from './resolve';

/** Nouns that make a four-digit number a count, not a year ("1500 troops"). */
const COUNTED =
	/^[\s\u00a0]*(?:people|persons|men|women|children|troops|soldiers|police|officers|fighters|workers|employees|jobs|members|students|residents|families|homes|houses|buildings|deaths|dead|casualties|cases|votes|seats|feet|ft|foot|metres|meters|m|km|kilometres|kilometers|miles|mi|tons|tonnes|kg|pounds|lb|lbs|dollars|euros|points|acres|hectares|barrels|units|copies|cars|vehicles|shares|mw|megawatts|mph|hours|minutes|calories|square|cubic|kilograms|grams|litres|liters|gallons|butterflies|species|patients|pilgrims|refugees|prisoners|[a-z]+ers\b)\b/i;
/** Words before a four-digit number that make it an amount or a code ("$2003", "Flight 1549"). */
const MONEY_BEFORE = /(?:[$£€¥#]|\bNo\.?|\bnumber|\bNr\.?|\bp\.|\bpp\.|\bpage|\bRoute|\bFlight|\bHighway|\bRoom|\bSuite)[\s\u00a0]*$/i;

export const YEARS_RULES: Rule[] = [
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
			const mod = positionModifier(g.mod);
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
			const mod = positionModifier(g.mod);
			return { type: 'date', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}) };
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
	}
];
