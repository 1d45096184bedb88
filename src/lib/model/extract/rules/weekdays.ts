/** Rules for weekdays and days named from another ("Friday", "last Friday", "the following Monday", "the next day") and parts of days ("this morning", "last night"). */
import { dayValue, shift, weekdayFrom, weekdayOfWeek } from '../calendar';
import { WEEKDAY, WORD_END, startsUpper, weekdayNumber, dayPartCode, tableKey } from '../patterns';
import { groups, type Rule } from '../rule';
import { date, anchorOrReference } from './resolve';

export const WEEKDAYS_RULES: Rule[] = [
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
			const code = part ? dayPartCode(part) : undefined;
			return { type: code ? 'time' : 'date', value: code ? `${dayValue(day)}T${code}` : dayValue(day), ...(start !== undefined ? { start } : {}) };
		}
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
		// "the day", "that day", "the next day", "the following day", "the previous day", "the day before".
		name: 'anaphoric day',
		pattern: `(?<w>that\\s+(?:same\\s+)?day|the\\s+same\\s+day|the\\s+(?:next|following|previous|preceding|prior)\\s+day|the\\s+day\\s+(?:before|after)(?!\\s+(?:the|a|an|his|her|their|its|yesterday|tomorrow)\\b)|the\\s+(?:next|following)\\s+(?<part>morning|afternoon|evening|night))(?![\\w-])`,
		read: (m, context) => {
			const g = groups(m);
			const w = tableKey(g.w!);
			const by = /next|following|after/.test(w) ? 1 : /previous|preceding|prior|before/.test(w) ? -1 : 0;
			const base = anchorOrReference(context, 'anchor', 'day');
			const day = dayValue(shift(base, 'day', by));
			const code = g.part ? dayPartCode(g.part) : undefined;
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
			const code = dayPartCode(part);
			return { type: 'time', value: `${dayValue(shift(base, 'day', by))}T${code}` };
		}
	}
];
