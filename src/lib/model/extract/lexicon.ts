/**
 * Normalisation tables: the words of temporal expressions and what they stand for. The rules (rules/) say
 * where the words may stand; these tables say what they mean, so each can be read and tested on its own.
 */

/** Month names and abbreviations (with or without a full stop) → month 1–12. */
// prettier-ignore
export const MONTHS: Record<string, number> = {
	january: 1, jan: 1,
	february: 2, feb: 2,
	march: 3, mar: 3,
	april: 4, apr: 4,
	may: 5,
	june: 6, jun: 6,
	july: 7, jul: 7,
	august: 8, aug: 8,
	september: 9, sept: 9, sep: 9,
	october: 10, oct: 10,
	november: 11, nov: 11,
	december: 12, dec: 12
};

/** Weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7). */
// prettier-ignore
export const WEEKDAYS: Record<string, number> = {
	monday: 1, mon: 1,
	tuesday: 2, tue: 2, tues: 2,
	wednesday: 3, wed: 3,
	thursday: 4, thu: 4, thur: 4, thurs: 4,
	friday: 5, fri: 5,
	saturday: 6, sat: 6,
	sunday: 7, sun: 7
};

/** Cardinal numbers in words. Compounds ("twenty-five", "twenty five") are summed by `numberValue`. */
// prettier-ignore
export const CARDINALS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
	hundred: 100, thousand: 1000, a: 1, an: 1, single: 1, dozen: 12
};

/** Ordinals in words → number ("the twentieth century", "the first quarter"). */
// prettier-ignore
export const ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
	twentieth: 20, 'twenty-first': 21, thirtieth: 30, 'thirty-first': 31
};

/** Words that count without saying how many: the value gets an X ("several years" → PXY). */
export const VAGUE_QUANTITIES = ['a few', 'few', 'several', 'many', 'some', 'numerous', 'countless', 'a couple of', 'a number of'] as const;

/** Decades in words → their first year in the century ("the eighties"). */
export const DECADE_WORDS: Record<string, number> = {
	twenties: 20,
	thirties: 30,
	forties: 40,
	fifties: 50,
	sixties: 60,
	seventies: 70,
	eighties: 80,
	nineties: 90
};

/** A unit of time: its TIMEX3 letter, whether the letter goes after a T, and how many of the base unit it is. */
export interface Unit {
	letter: string;
	time: boolean;
	/** A decade is 10 years, a century 100: TempEval-3 writes them in years ("two decades" → P20Y). */
	times: number;
}

// prettier-ignore
export const UNITS: Record<string, Unit> = {
	second: { letter: 'S', time: true, times: 1 },
	minute: { letter: 'M', time: true, times: 1 },
	hour: { letter: 'H', time: true, times: 1 },
	day: { letter: 'D', time: false, times: 1 },
	night: { letter: 'D', time: false, times: 1 },
	week: { letter: 'W', time: false, times: 1 },
	weekend: { letter: 'WE', time: false, times: 1 },
	fortnight: { letter: 'W', time: false, times: 2 },
	month: { letter: 'M', time: false, times: 1 },
	// A quarter is three months: durations have no quarters ("the next three quarters" → P9M).
	quarter: { letter: 'M', time: false, times: 3 },
	year: { letter: 'Y', time: false, times: 1 },
	decade: { letter: 'Y', time: false, times: 10 },
	century: { letter: 'Y', time: false, times: 100 },
	millennium: { letter: 'Y', time: false, times: 1000 }
};

/** Plural and spelling variants → the unit's name in UNITS. */
// prettier-ignore
export const UNIT_FORMS: Record<string, string> = {
	second: 'second', seconds: 'second', sec: 'second', secs: 'second',
	minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
	hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
	day: 'day', days: 'day',
	night: 'night', nights: 'night',
	week: 'week', weeks: 'week',
	weekend: 'weekend', weekends: 'weekend',
	fortnight: 'fortnight', fortnights: 'fortnight',
	month: 'month', months: 'month',
	quarter: 'quarter', quarters: 'quarter',
	year: 'year', years: 'year', yr: 'year', yrs: 'year',
	decade: 'decade', decades: 'decade',
	century: 'century', centuries: 'century',
	millennium: 'millennium', millennia: 'millennium', millenniums: 'millennium'
};

/** The first month of each season's TIMEX3 code (northern hemisphere, meteorological: winter starts in December). */
export const SEASON_FIRST_MONTHS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "last", "this", "next" before a year, a quarter or a year's month → how many years from the reference. */
export const YEARS_FROM_REFERENCE: Record<string, number> = { last: -1, this: 0, next: 1 };

/** Seasons → TIMEX3 code. */
export const SEASONS: Record<string, { code: string }> = {
	spring: { code: 'SP' },
	summer: { code: 'SU' },
	autumn: { code: 'FA' },
	fall: { code: 'FA' },
	winter: { code: 'WI' }
};

/**
 * Holidays that fall on a fixed day of the Western calendar, or are computed from Easter or from a
 * month's nth weekday (US Thanksgiving, the fourth Thursday of November).
 */
export type Holiday = ({ month: number; day: number } | { easter: number } | { month: number; weekday: number; nth: number; plus?: number }) & {
	/** Held only in even years: "Election Day" unqualified is the federal one (2020's, not 2019's). */
	evenYears?: true;
};
export const HOLIDAYS: Record<string, Holiday> = {
	"new year's day": { month: 1, day: 1 },
	"new year's eve": { month: 12, day: 31 },
	"valentine's day": { month: 2, day: 14 },
	"st. patrick's day": { month: 3, day: 17 },
	"saint patrick's day": { month: 3, day: 17 },
	halloween: { month: 10, day: 31 },
	'christmas eve': { month: 12, day: 24 },
	'christmas day': { month: 12, day: 25 },
	christmas: { month: 12, day: 25 },
	'boxing day': { month: 12, day: 26 },
	'easter sunday': { easter: 0 },
	'easter monday': { easter: 1 },
	easter: { easter: 0 },
	'good friday': { easter: -2 },
	// US Election Day: the Tuesday after the first Monday of November, of an even year for federal elections.
	'election day': { month: 11, weekday: 1, nth: 1, plus: 1, evenYears: true },
	'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
	thanksgiving: { month: 11, weekday: 4, nth: 4 }
};

/** Parts of a day → TIMEX3 code ("Friday night" → 2024-07-05TNI). */
export const DAY_PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Adverbs and adjectives of frequency → the set's period. */
export const FREQUENCIES: Record<string, string> = {
	hourly: 'PT1H',
	daily: 'P1D',
	nightly: 'P1D',
	weekly: 'P1W',
	fortnightly: 'P2W',
	biweekly: 'P2W',
	monthly: 'P1M',
	quarterly: 'P3M',
	annually: 'P1Y',
	yearly: 'P1Y',
	biannually: 'P6M',
	biennially: 'P2Y'
};

/** Modifiers inside an expression's extent → TIMEX3 mod. */
export const MODIFIERS: Record<string, import('./types').TimexMod> = {
	early: 'START',
	'the start of': 'START',
	'the beginning of': 'START',
	'the dawn of': 'START',
	'the turn of': 'START',
	mid: 'MID',
	'the middle of': 'MID',
	'the height of': 'MID',
	late: 'END',
	'the end of': 'END',
	'the close of': 'END',
	about: 'APPROX',
	around: 'APPROX',
	approximately: 'APPROX',
	roughly: 'APPROX',
	nearly: 'APPROX',
	almost: 'APPROX',
	some: 'APPROX',
	'close to': 'APPROX',
	'more than': 'MORE_THAN',
	// Bare "over" is left out: "over three years" is as often "during" as "more than".
	'just over': 'MORE_THAN',
	'well over': 'MORE_THAN',
	'upwards of': 'MORE_THAN',
	'less than': 'LESS_THAN',
	'fewer than': 'LESS_THAN',
	under: 'LESS_THAN',
	'at least': 'EQUAL_OR_MORE',
	'no less than': 'EQUAL_OR_MORE',
	'at most': 'EQUAL_OR_LESS',
	'no more than': 'EQUAL_OR_LESS',
	'up to': 'EQUAL_OR_LESS'
};

/** Time-zone names and abbreviations a clock time may carry ("20:00 Moscow time", "3:22 p.m. EDT"). */
export const ZONES = [
	'UTC',
	'GMT',
	'Z',
	'EST',
	'EDT',
	'CST',
	'CDT',
	'MST',
	'MDT',
	'PST',
	'PDT',
	'AKST',
	'AKDT',
	'HST',
	'AST',
	'ADT',
	'BST',
	'CET',
	'CEST',
	'EET',
	'EEST',
	'WET',
	'WEST',
	'IST',
	'MSK',
	'JST',
	'KST',
	'AEST',
	'AEDT',
	'ACST',
	'AWST',
	'NZST',
	'NZDT',
	'PKT',
	'AFT',
	'SGT',
	'HKT'
] as const;

/** Words that put what a sentence reports in the future, so an underspecified date in it looks forward. */
export const FUTURE_MARKERS = [
	'will',
	"'ll",
	'shall',
	'should',
	'must',
	'has to',
	'have to',
	'going to',
	'plans to',
	'plan to',
	'planning to',
	'planned to',
	'planned for',
	'set for',
	'as soon as',
	'as early as',
	'ahead of',
	'set to',
	'scheduled',
	'is to',
	'are to',
	'to be',
	'expected to',
	'expects to',
	'intends to',
	'is due',
	'are due',
	'upcoming',
	'deadline',
	'expire',
	'expires',
	'effective',
	'payable'
] as const;

/**
 * Past-tense verbs that are not -ed forms, and words of the past; with the -ed forms they put a clause in
 * the past. Reporting verbs ("said", "reported") are left out: they date the report, not what it reports.
 */
// prettier-ignore
export const PAST_MARKERS = [
	'was', 'were', 'had', 'did', 'ago', 'took', 'began', 'came', 'went', 'made', 'held', 'won', 'lost', 'fell',
	'rose', 'left', 'met', 'gave', 'got', 'saw', 'became', 'struck', 'hit', 'killed', 'died', 'broke', 'ran',
	'sent', 'spent', 'built', 'led', 'fought', 'flew', 'grew', 'knew', 'set', 'shot', 'sold', 'stood', 'wrote',
	'arrived', 'arose', 'ate', 'bore', 'beat', 'bent', 'bit', 'bled', 'blew', 'bought', 'brought', 'caught',
	'chose', 'clung', 'crept', 'dealt', 'drew', 'drank', 'drove', 'dug', 'fed', 'felt', 'fled', 'flung',
	'forbade', 'forgot', 'forgave', 'froze', 'hid', 'hung', 'kept', 'knelt', 'laid', 'lent', 'lit', 'meant',
	'paid', 'rode', 'rang', 'sank', 'sought', 'shook', 'shone', 'sang', 'sat', 'slept', 'slid', 'spoke', 'spun',
	'sprang', 'stole', 'stuck', 'stung', 'swore', 'swept', 'swam', 'swung', 'taught', 'tore', 'thought',
	'threw', 'understood', 'woke', 'wore', 'wept', 'withdrew', 'overtook', 'undertook', 'upheld', 'withheld'
] as const;
/** -ed words that are not past tenses of what a clause reports. */
export const NOT_PAST = [
	'reported',
	'announced',
	'added',
	'noted',
	'stated',
	'claimed',
	'confirmed',
	'explained',
	'indicated',
	'warned',
	'estimated',
	'expected',
	'scheduled',
	'planned',
	'based',
	'related',
	'united',
	'armed',
	'called',
	'named',
	'limited',
	'concerned',
	'interested',
	'advanced',
	'supposed',
	'detailed',
	'proposed',
	'needed',
	'speed',
	'need',
	'feed',
	'seed',
	'red',
	'bed',
	'led'
] as const;
