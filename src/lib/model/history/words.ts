/**
 * The words by which the history compares sentences: lower-case runs of letters and digits, Porter-stemmed
 * ("attacks", "attacked" → "attack"), without stop words and without the words that only say when
 * ("Monday", "yesterday", "2019"): mentions of one day all carry those, so they would make every
 * sentence of a day look alike.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const CALENDAR_WORDS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'today',
	'yesterday',
	'tomorrow',
	'tonight',
	'morning',
	'afternoon',
	'evening',
	'night',
	'day',
	'week',
	'weekend',
	'month',
	'year',
	'ago',
	'last',
	'next',
	'earlier',
	'later'
];

// "will", "not" and the like are missing from the package's list, and say as little here.
const SKIPPED: ReadonlySet<string> = new Set([...eng, ...CALENDAR_WORDS, 'will', 'not', 'its', 'says', 'told', 'according', 'also']);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/**
 * Stems of the words seen so far, one entry a distinct word: a collection repeats its words, and stemming
 * each anew took 40 % of the time words take over 300 articles.
 */
const STEMS = new Map<string, string>();

/** The compared words of a text, in order, each stemmed. */
export function contentWords(text: string): string[] {
	const words: string[] = [];
	for (const [raw] of text.matchAll(WORD)) {
		const word = raw.toLowerCase().replace(/['’]s$/, '');
		if (word.length < 2 || SKIPPED.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word)) continue;
		let stem = STEMS.get(word);
		if (stem === undefined) STEMS.set(word, (stem = stemmer(word)));
		words.push(stem);
	}
	return words;
}
