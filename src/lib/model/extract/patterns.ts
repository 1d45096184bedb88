/**
 * Regular-expression fragments built from the normalisation tables, and the words they match read back
 * as numbers. Every rule's pattern is made of these, so a word added to a table is found everywhere.
 */
import { CARDINALS, DAY_PARTS, DECADE_WORDS, FREQUENCIES, MODIFIERS, MONTHS, ORDINALS, SEASONS, UNIT_FORMS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, type Unit } from './lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Matched words as a table's key: lower case, one space between words (what `alt` matched as \\s+). */
export const tableKey = (words: string) => words.toLowerCase().replace(/\s+/g, ' ');
/** An alternation of words, longest first so that "sept" is tried before "sep". */
export const alt = (words: readonly string[]) =>
	`(?:${[...words]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|')})`;

/** The months' full names, lower case ("january", "may"), from the lexicon's table. */
export const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const SHORT_MONTHS = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m));
/** A month's name, or its abbreviation with a full stop or before a number ("Sept. 11", "Jan 24"). */
export const MONTH = `(?:${alt(FULL_MONTHS)}|${alt(SHORT_MONTHS)}(?:\\.|(?=\\s+\\d)))`;

const FULL_WEEKDAYS = Object.keys(WEEKDAYS).filter((d) => d.endsWith('day'));
const SHORT_WEEKDAYS = Object.keys(WEEKDAYS).filter((d) => !d.endsWith('day'));
export const WEEKDAY = `(?:${alt(FULL_WEEKDAYS)}|${alt(SHORT_WEEKDAYS)}\\.)`;

/** The day of a month, as digits with or without an ordinal suffix. */
export const DAY_OF_MONTH = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
/** Years 1000–2099 written in full. */
export const YEAR = '(?:1\\d{3}|20\\d{2})';
/** Not inside a longer number, an amount or a code. */
export const NUMBER_START = '(?<![\\w$£€¥#.,/])(?<!(?<!mid)-)';
export const NUMBER_END = '(?![\\w%]|[.,:/]\\d|-(?!year|month|week|day|hour|minute|decade|century))';

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/** The hours of a clock in words ("five o'clock"). */
export const HOUR_WORDS = alt([...ONES, 'ten', 'eleven', 'twelve']);
const SMALL = Object.keys(CARDINALS).filter((w) => !TENS.includes(w) && w !== 'a' && w !== 'an' && w !== 'single');
/** A count in words or digits: "nineteen", "twenty-five", "24", "1.5", "a", "half a". */
export const NUMBER_WORDS = `(?:${alt(TENS)}(?:[\\s-]${alt(ONES)})?|${alt(SMALL)})`;
export const COUNT = `(?:\\d+(?:\\.\\d+)?|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\\s+(?:hundred|thousand)|${NUMBER_WORDS}(?:\\s+(?:and\\s+)?a\\s+half)?|an?(?:\\s+and\\s+a\\s+half)?|half\\s+an?)`;
export const VAGUE = alt(VAGUE_QUANTITIES);

export const UNIT = alt(Object.keys(UNIT_FORMS));
export const ORDINAL = `(?:${alt(Object.keys(ORDINALS))}|\\d{1,2}(?:st|nd|rd|th))`;
export const DECADE_WORD = alt(Object.keys(DECADE_WORDS));
export const SEASON = alt(Object.keys(SEASONS));
export const FREQUENCY = alt(Object.keys(FREQUENCIES));

export function unitOf(word: string): Unit & { name: string } {
	const name = UNIT_FORMS[word.toLowerCase()]!;
	return { name, ...UNITS[name]! };
}

/** "twenty-five" → 25, "1.5" → 1.5, "a" → 1, "half an" → 0.5, "two and a half" → 2.5. */
export function countValue(text: string): number {
	const t = tableKey(text).trim();
	if (/^half an?$/.test(t)) return 0.5;
	const half = /\s(?:and )?a half$/.test(t) ? 0.5 : 0;
	const head = t.replace(/\s(?:and )?a half$/, '');
	if (/^\d/.test(head)) return Number(head.replace(/,/g, '')) + half;
	let total = 0;
	for (const word of head.split(/[\s-]+/)) {
		const n = CARDINALS[word];
		if (n === undefined) return NaN;
		total = n === 100 || n === 1000 ? Math.max(total, 1) * n : total + n;
	}
	return total + half;
}

/** "twentieth" → 20, "twenty-second" → 22, "21st" → 21. */
export function ordinalValue(text: string): number {
	const t = text.toLowerCase();
	const [tens, ones] = t.split(/[\s-]+/);
	if (ORDINALS[t] === undefined && ones !== undefined) return CARDINALS[tens!]! + ORDINALS[ones]!;
	return ORDINALS[t] ?? parseInt(t, 10);
}

export const monthNumber = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')]!;
export const weekdayNumber = (word: string) => WEEKDAYS[word.toLowerCase().replace(/\.$/, '')]!;
/** The end of a word, a possessive allowed after it ("Monday's attack"). */
export const WORD_END = "(?![\\w-]|['’](?!s\\b))";

/** Spelled-out years, as transcripts of broadcasts say them: "nineteen ninety-four", "two thousand and one". */
export const SPELLED_YEAR = `(?:(?:nineteen|eighteen|twenty)[\\s-](?:hundred|oh[\\s-]${alt(ONES)}|${alt(TEENS)}|${alt(TENS)}(?:[\\s-]${alt(ONES)})?)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${alt(ONES)}|${alt(TEENS)}|twenty(?:[\\s-]${alt(ONES)})?))?)`;

/** "nineteen ninety-four" → 1994, "two thousand and one" → 2001, "nineteen oh five" → 1905. */
export function spelledYearValue(text: string): number {
	const words = text
		.toLowerCase()
		.split(/[\s-]+/)
		.filter((w) => w !== 'and');
	if (words[0] === 'two' && words[1] === 'thousand') return 2000 + words.slice(2).reduce((n, w) => n + (CARDINALS[w] ?? 0), 0);
	const century = CARDINALS[words[0]!]! * 100;
	const rest = words.slice(1).filter((w) => w !== 'oh' && w !== 'hundred');
	return century + rest.reduce((n, w) => n + (CARDINALS[w] ?? 0), 0);
}

const SINGLE_ORDINALS = Object.keys(ORDINALS).filter((w) => !w.includes('-'));
/** A day of the month as an ordinal word: "March eighth", "the twenty-first of June". */
export const DAY_ORDINAL_WORDS = `(?:(?:twenty|thirty)[\\s-]${alt(SINGLE_ORDINALS.filter((w) => ORDINALS[w]! < 10))}|${alt(SINGLE_ORDINALS)})`;

/** "night", "Mornings" → NI, MO. */
export const dayPartCode = (word: string) => DAY_PARTS[word.toLowerCase().replace(/s$/, '')]!;
/** "early", "mid", "late" → START, MID, END. */
export const positionModifier = (word: string | undefined) => (word ? (MODIFIERS[word.toLowerCase()] as 'START' | 'MID' | 'END') : undefined);
export const startsUpper = (word: string) => /^[A-Z]/.test(word);
