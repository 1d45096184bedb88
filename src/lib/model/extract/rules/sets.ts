/** Rules for sets (recurring times): "every year", "each Thursday", "weekly", "twice a year", "on Mondays". */
import { FREQUENCIES, SEASONS } from '../lexicon';
import { pad } from '../calendar';
import { durationValue } from './durations';
import { COUNT, dayPartCode, FREQUENCY, MONTH, SEASON, UNIT, WEEKDAY, countValue, monthNumber, startsUpper, weekdayNumber } from '../patterns';
import { groups, type Rule } from '../rule';

const set = (value: string) => ({ type: 'set' as const, value });

export const SET_RULES: Rule[] = [
	{
		// "every year", "each day", "every other week", "every two years", "each Thursday", "every July", "every summer".
		name: 'every',
		pattern: `(?<q>every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<n>${COUNT})\\s+)?(?:(?<u>${UNIT})|(?<wd>${WEEKDAY})|(?<mo>${MONTH})|(?<s>${SEASON})|(?<part>morning|afternoon|evening|night))(?![\\w-])`,
		accept: (m) => {
			const g = groups(m);
			return (!g.wd || startsUpper(g.wd)) && (!g.mo || startsUpper(g.mo)) && (!g.n || !/^an?$/i.test(g.n));
		},
		read: (m) => {
			const g = groups(m);
			if (g.wd) return set(`XXXX-WXX-${weekdayNumber(g.wd)}`);
			if (g.mo) return set(`XXXX-${pad(monthNumber(g.mo))}`);
			if (g.s) return set(`XXXX-${SEASONS[g.s.toLowerCase()]!.code}`);
			if (g.part) return set(`XXXX-XX-XXT${dayPartCode(g.part)}`);
			const n = g.other ? 2 : g.n ? countValue(g.n) : 1;
			return Number.isFinite(n) ? set(durationValue(n, g.u!)) : null;
		}
	},
	{
		// "weekly", "annually", "daily", "monthly".
		name: 'frequency',
		pattern: `(?<f>${FREQUENCY})(?![\\w-])`,
		// As an adverb ("meets weekly"), not before a noun ("a weekly magazine", "quarterly results").
		accept: (m, text) =>
			!/^[\s\u00a0]+(?!(?:in|on|at|for|to|and|or|by|since|from|with|until|basis|during|through|over|as|than|but|so|because|while|when|if|the|a|an|this|that|its|their|his|her)\b)[a-zA-Z]/.test(
				text.slice(m.index + m[0].length, m.index + m[0].length + 20)
			),
		read: (m) => set(FREQUENCIES[groups(m).f!.toLowerCase()]!)
	},
	{
		// "twice a year", "once a week", "three times a day", "once per month".
		name: 'times per',
		pattern: `(?:once|twice|thrice|(?:${COUNT})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>${UNIT})(?![\\w-])`,
		read: (m) => set(durationValue(1, groups(m).u!))
	},
	{
		// "on Mondays", "Tuesday nights".
		name: 'plural weekday',
		pattern: `(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\\s+(?<part>mornings|afternoons|evenings|nights))?(?![\\w'’-])`,
		accept: (m) => startsUpper(groups(m).wd!),
		read: (m) => {
			const g = groups(m);
			const part = g.part ? `T${dayPartCode(g.part)}` : '';
			return set(`XXXX-WXX-${weekdayNumber(g.wd!)}${part}`);
		}
	}
];
