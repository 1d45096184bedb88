/** Rules for days named by what happens on them: "Christmas Eve", "Easter 2019", "Election Day", "9/11". */
import { addDays } from 'date-fns';
import { HOLIDAYS, type Holiday } from '../lexicon';
import { dayValue, easterSunday, makeDay, nthWeekday, yearOf } from '../calendar';
import { alt, WORD_END, YEAR, startsUpper } from '../patterns';
import { groups, type Rule } from '../rule';
import { date } from './resolve';

/** Nouns after a holiday's name that make it a thing, not a day ("Christmas tree", "Easter Island"). */
const NOT_HOLIDAY_AFTER =
	/^[\s\u00a0]+(?:tree|trees|card|cards|present|presents|gift|gifts|shopping|market|markets|party|parties|dinner|carol|carols|message|Island|egg|eggs|Rising|Parade|season|holidays?|break|lights|decorations)\b/i;

function holidayIn(holiday: Holiday, year: number): Date | undefined {
	if ('easter' in holiday) return addDays(easterSunday(year), holiday.easter);
	if ('nth' in holiday) return addDays(nthWeekday(year, holiday.month, holiday.weekday, holiday.nth), holiday.plus ?? 0);
	return makeDay(year, holiday.month, holiday.day);
}

const HOLIDAY_NAMES = alt(Object.keys(HOLIDAYS)).replace(/'/g, "['’]");

export const HOLIDAYS_RULES: Rule[] = [
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
			const years = holiday.evenYears ? [-2, -1, 0, 1, 2].map((d) => yearOf(ref) + d).filter((y) => y % 2 === 0) : [yearOf(ref) - 1, yearOf(ref), yearOf(ref) + 1];
			const around = years.map((y) => holidayIn(holiday, y)!);
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
	}
];
