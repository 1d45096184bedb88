/** Rules for clock times: "2:45 a.m. local time", "about 20:00 Moscow time", "1922 UTC yesterday", "noon". */
import { dayValue, makeDay, pad, shift, weekdayFrom, yearForMonth } from '../calendar';
import { CARDINALS, ZONES } from '../lexicon';
import { HOUR_WORDS, MONTH, WEEKDAY, alt, dayPartCode, positionModifier, monthNumber, startsUpper, weekdayNumber } from '../patterns';
import { groups, type Context, type Rule } from '../rule';

const ZONE = `(?:local\\s+time|(?:[A-Z][a-z]+\\s+){1,2}(?:standard\\s+|daylight\\s+|summer\\s+)?time|${alt(ZONES)}(?![\\w]))`;
/** A day said with the time, with nothing between them ("10 p.m. Wednesday", "1922 UTC yesterday"). */
const WITH_DAY = `(?:,?\\s+(?<day>today|yesterday|tomorrow|${WEEKDAY}|${MONTH}\\s+(?:3[01]|[12]\\d|0?[1-9])(?!\\d)))?`;

/** The day a clock time is on: the one said with it, else the last one named shortly before, else the publication date. */
function dayOf(m: RegExpExecArray, context: Context): string {
	const said = groups(m).day;
	if (said) {
		const w = said.toLowerCase();
		const by = { today: 0, yesterday: -1, tomorrow: 1 }[w as 'today'];
		if (by !== undefined) return dayValue(shift(context.reference, 'day', by));
		const monthDay = /^(\S+)\s+(\d+)$/.exec(said);
		if (monthDay) {
			const month = monthNumber(monthDay[1]!);
			const day = Number(monthDay[2]);
			const date = makeDay(yearForMonth(context.reference, month, context.direction(m.index), day), month, day);
			if (date) return dayValue(date);
		}
		return dayValue(weekdayFrom(context.reference, weekdayNumber(said), context.direction(m.index)));
	}
	return context.dayBefore(m.index) ?? dayValue(context.reference);
}

/** Where the match ends once a "zone" in lower case ("at 8 pm rally time") is left out of it. */
function endWithoutLooseZone(m: RegExpExecArray): number | undefined {
	const zone = m.indices?.groups?.zone;
	const g = groups(m);
	if (!zone || !g.zone || g.day || /^local/i.test(g.zone) || startsUpper(g.zone)) return undefined;
	return m.index + m[0].slice(0, zone[0] - m.index).trimEnd().length;
}

const CLOCK_BEFORE = /\b(?:at|by|until|till|from|around|about|approximately|before|after|since|to|between|and|shortly|just|circa)[\s\u00a0]+$/i;

/** A day after the time is a weekday's name or today, yesterday or tomorrow. */
function accept(m: RegExpExecArray): boolean {
	const day = groups(m).day;
	return !day || /^(?:today|yesterday|tomorrow)$/i.test(day) || startsUpper(day);
}

export const TIME_RULES: Rule[] = [
	{
		// "mid-afternoon", "late morning yesterday", "early evening": a part of a day, placed within it.
		name: 'part of a day, placed',
		// "midafternoon" runs together; "midnight" is a clock time.
		pattern: `(?<mod>early|mid|late)(?:[\\s-]+|(?=morning|afternoon|evening))(?<part>morning|afternoon|evening|night)(?![\\w-])${WITH_DAY}`,
		accept,
		read: (m, context) => {
			const g = groups(m);
			const code = dayPartCode(g.part!);
			const mod = positionModifier(g.mod);
			return { type: 'time', value: `${dayOf(m, context)}T${code}`, mod };
		}
	},
	{
		// "2:45 a.m.", "10 pm", "7:30 p.m. EDT", "2:45 a.m. local time".
		name: 'clock, twelve hours',
		pattern: `(?<![\\w:.])(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?(?::(?<s>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\w])(?:\\s*(?<zone>${ZONE}))?${WITH_DAY}`,
		accept,
		read: (m, context) => {
			const g = groups(m);
			let hour = Number(g.h) % 12;
			if (/^p/i.test(g.ampm!)) hour += 12;
			const end = endWithoutLooseZone(m);
			return { type: 'time', value: `${dayOf(m, context)}T${pad(hour)}:${g.min ?? '00'}${g.s ? `:${g.s}` : ''}`, ...(end ? { end } : {}) };
		}
	},
	{
		// "20:00", "about 20:00 Moscow time", "14:30 GMT", "1429 UTC", "0600 hours".
		name: 'clock, 24 hours',
		pattern: `(?<![\\w:.,/$£€-])(?:(?<h>[01]?\\d|2[0-4]):(?<min>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?![\\d:.,]\\d|\\w)(?:\\s*(?<zone>${ZONE}))?|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)\\s*(?<zone2>hours|hrs|${alt(ZONES)}(?![\\w])))${WITH_DAY}`,
		// Without a zone or a day, only where a time is expected ("at 20:00"), not in "John 3:16" or "a 3:1 vote".
		accept: (m, text) => accept(m) && (Boolean(groups(m).zone || groups(m).zone2 || groups(m).day) || CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))),
		read: (m, context) => {
			const g = groups(m);
			const hour = Number(g.h ?? g.hh);
			const end = endWithoutLooseZone(m);
			return { type: 'time', value: `${dayOf(m, context)}T${pad(hour)}:${g.min ?? g.mm}${g.s ? `:${g.s}` : ''}`, ...(end ? { end } : {}) };
		}
	},
	{
		// "noon", "midnight", "five o'clock", "midnight Friday".
		name: 'clock, in words',
		pattern: `(?<![\\w-])(?<w>noon|midday|midnight|(?<n>${HOUR_WORDS}|1[0-2]|[1-9])\\s+o['’]clock)(?![\\w-])(?:\\s*(?<zone>${ZONE}))?${WITH_DAY}`,
		accept,
		read: (m, context) => {
			const g = groups(m);
			const w = g.w!.toLowerCase();
			const clock = w === 'midnight' ? '24:00' : w === 'noon' || w === 'midday' ? '12:00' : `${pad(Number(/\d/.test(g.n!) ? g.n : CARDINALS[g.n!.toLowerCase()]))}:00`;
			const end = endWithoutLooseZone(m);
			return { type: 'time', value: `${dayOf(m, context)}T${clock}`, ...(end ? { end } : {}) };
		}
	}
];
