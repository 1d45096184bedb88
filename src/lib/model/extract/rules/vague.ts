/** Rules for the generic and vague: "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF). */
import { tableKey } from '../patterns';
import { groups, type Rule } from '../rule';

const REFS: Record<string, string> = {
	now: 'PRESENT_REF',
	currently: 'PRESENT_REF',
	current: 'PRESENT_REF',
	present: 'PRESENT_REF',
	'the present': 'PRESENT_REF',
	'the present day': 'PRESENT_REF',
	nowadays: 'PRESENT_REF',
	'these days': 'PRESENT_REF',
	presently: 'PRESENT_REF',
	recently: 'PAST_REF',
	lately: 'PAST_REF',
	formerly: 'PAST_REF',
	'the past': 'PAST_REF',
	'recent years': 'PAST_REF',
	'the future': 'FUTURE_REF',
	'the near future': 'FUTURE_REF',
	'the distant future': 'FUTURE_REF'
};

/** Nouns after "current" that make it something other than time ("current account", "current prices"). */
const NOT_TIME_AFTER = /^[\s\u00a0]+(?:affairs|account|accounts|events|price|prices|rate|rates|flow|flows|trading|contracts?|tense|generations?|spouse|husband|wife)\b/i;

export const VAGUE_RULES: Rule[] = [
	{
		name: 'reference',
		pattern: `(?<![\\w'’-])(?<w>the\\s+present\\s+day|the\\s+(?:near|distant)\\s+future|the\\s+future|the\\s+present|the\\s+past|recent\\s+years|now|currently|current|presently|nowadays|these\\s+days|recently|lately|formerly|present)(?![\\w'’-])`,
		accept: (m, text) => {
			const w = tableKey(groups(m).w!);
			const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
			const before = text.slice(Math.max(0, m.index - 12), m.index);
			if (w === 'current' && NOT_TIME_AFTER.test(after)) return false;
			// "present" alone is a time only as "at present" ("the present study" is not).
			if (w === 'present') return /\bat[\s\u00a0]+$/i.test(before);
			return true;
		},
		read: (m) => ({ type: 'date', value: REFS[tableKey(groups(m).w!)]! })
	}
];
