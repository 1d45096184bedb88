/**
 * Rules for durations: "five weeks", "nearly two decades" (P20Y), "24-hour", "several years" (PXY), "the
 * past five years", "one to four months", "for years" (the unit alone, after its preposition). Ages
 * ("85 years old") are not marked, as TempEval-3's data does not mark them.
 */
import { unitOf, COUNT, UNIT, VAGUE, countValue } from '../patterns';
import { groups, type Reading, type Rule } from '../rule';

/** A count of a unit as a TIMEX3 duration; halves of a unit go down a unit ("half an hour" → PT30M). */
export function durationValue(count: number | 'X', unitWord: string): string {
	const unit = unitOf(unitWord);
	const prefix = unit.time ? 'PT' : 'P';
	if (count === 'X') return `${prefix}X${unit.letter}`;
	const n = count * unit.times;
	if (!Number.isInteger(n)) {
		// A fraction goes down a unit: 2½ years → P2Y6M, half an hour → PT30M, 1½ days → P1DT12H.
		const smaller: Record<string, [string, number, boolean]> = {
			Y: ['M', 12, false],
			M: ['D', 30, false],
			W: ['D', 7, false],
			D: ['H', 24, true],
			H: ['M', 60, true],
			'T-M': ['S', 60, true]
		};
		const step = smaller[unit.time && unit.letter === 'M' ? 'T-M' : unit.letter];
		const whole = Math.floor(n);
		const rest = (n - whole) * (step?.[1] ?? 0);
		if (step && Number.isInteger(rest)) {
			const head = whole ? `${whole}${unit.letter}` : '';
			if (unit.time || !step[2]) return `${prefix}${head}${rest}${step[0]}`;
			return `P${head}T${rest}${step[0]}`;
		}
	}
	return `${prefix}${n}${unit.letter}`;
}

const duration = (value: string, extra: Partial<Reading> = {}): Reading => ({ type: 'duration', value, ...extra });

/** Words before "a"/"an" + unit that make it a span ("for a year"); elsewhere "a year" is often a rate or a noun. */
const SPAN_BEFORE =
	/(?:\b(?:for|in|within|after|over|than|about|nearly|almost|around|least|last|past|first|next|only|just|half|some|spent|take|took|takes|taking|lasted|lasting|lasts|under|roughly|approximately|barely|once)|[(,])[\s\u00a0]+$/i;
/** "aged 84 years", "85 years old", "a 16-year-old": ages, which TempEval-3's data does not mark. */
const AGE_BEFORE = /\b(?:aged?|age\s+of)[\s\u00a0]+$/i;

export const DURATION_RULES: Rule[] = [
	{
		// "the past five years", "the last two weeks", "the next few months", "the first nine months", "the past week".
		name: 'span from now',
		pattern: `(?:the\\s+)?(?<rel>past|last|next|coming|previous|first|final|following|preceding|recent|latest)\\s+(?:(?<n>${COUNT}|a\\s+couple\\s+of)\\s+|(?<q>${VAGUE})\\s+)?(?<u>${UNIT})(?![\\w-])`,
		accept: (m) => {
			const g = groups(m);
			const rel = g.rel!.toLowerCase();
			const bareUnit = !g.n && !g.q;
			// Units are written in lower case: "a recent SEC filing" has no seconds in it.
			if (/^[A-Z]{2,}/.test(g.u!)) return false;
			if (rel === 'recent' && bareUnit && !/s$/i.test(g.u!)) return false;
			const the = /^the/i.test(m[0]);
			if (bareUnit) {
				// "the past week" is a span; "last week" and "the next day" are dates, found by the date rules.
				if (!the && rel !== 'recent') return false;
				if (/^(?:next|following|previous|preceding|first|final|latest)$/.test(rel)) return false;
				return !/^(?:day|quarter)$/i.test(g.u!);
			}
			if (g.n && /^an?$/i.test(g.n)) return false;
			return true;
		},
		read: (m) => {
			const g = groups(m);
			if (g.q || (!g.n && /s$/i.test(g.u!))) return duration(durationValue('X', g.u!));
			const n = !g.n ? 1 : /couple/i.test(g.n) ? 2 : countValue(g.n);
			return Number.isFinite(n) ? duration(durationValue(n, g.u!)) : null;
		}
	},
	{
		// "five weeks", "two decades", "24-hour", "five-year", "a year and a half", "85 years old", "16-year-old".
		name: 'counted',
		pattern: `(?<![\\w.,-])(?:(?<the>the|these|those)\\s+)?(?:(?<n0>${COUNT})\\s+(?:to|or)\\s+|(?<d0>\\d+)\\s*[-–]\\s*)?(?<n>${COUNT}|a\\s+couple\\s+of)(?<frac>\\s+1/2|\\s*½)?(?<sep>[\\s-]+)(?:(?:more|additional|further|extra)\\s+)?(?<u>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?<old>[\\s-]+old)?(?![\\w])`,
		accept: (m, text) => {
			const g = groups(m);
			if (g.old || AGE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return false;
			// A unit in capitals inside a sentence is a title's ("CBS's 60 Minutes").
			if (/^[A-Z]/.test(g.u!) && !/^[A-Z]/.test(g.n!)) return false;
			// "three-quarters", "a quarter of", "a second motion": fractions and ordinals, not spans.
			if (/^quarters?$/i.test(g.u!) && (g.sep!.includes('-') || /^(?:an?|\d{4})$/i.test(g.n!))) return false;
			if (/^seconds?$/i.test(g.u!) && /^an?$/i.test(g.n!) && !/^[\s\u00a0]+(?:later|earlier|ago|long)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)))
				return false;
			if (g.the && /^(?:an?|half\s+an?)$/i.test(g.n!.replace(/\s+/g, ' '))) return false;
			if (/^(?:an?|half\s+an?)$/i.test(g.n!.replace(/\s+/g, ' '))) {
				const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
				return SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^[\s\u00a0]*(?:long|later|earlier|ago|before|after)\b/i.test(after) || /^half/i.test(g.n!);
			}
			return true;
		},
		read: (m) => {
			const g = groups(m);
			const n = (/couple/i.test(g.n!) ? 2 : countValue(g.n!)) + (g.half || g.frac ? 0.5 : 0);
			if (!Number.isFinite(n) || n <= 0) return null;
			const first = g.n0 ?? g.d0;
			// "the nine months" keeps its determiner; "the five-year plan" is the plan's, not the span's.
			const start = g.the && (g.sep!.includes('-') || first) ? m.indices!.groups![first ? (g.n0 ? 'n0' : 'd0') : 'n']![0] : undefined;
			if (!first) return duration(durationValue(n, g.u!), start !== undefined ? { start } : {});
			// "one to four months", "3-5 days": both ends, in the unit said once.
			const [aStart, aEnd] = (m.indices!.groups!.n0 ?? m.indices!.groups!.d0)!;
			const a = countValue(first);
			return [
				{ type: 'duration', value: durationValue(a, g.u!), start: aStart, end: aEnd },
				{ type: 'duration', value: durationValue(n, g.u!), start: m.indices!.groups!.n![0] }
			];
		}
	},
	{
		// "several years", "a few days", "many months", "decades-long", "years-long".
		name: 'vague count',
		pattern: `(?:(?<q>${VAGUE})\\s+(?<u>${UNIT})|(?<u2>years|months|weeks|days|hours|minutes|decades|centuries)-long)(?![\\w-])`,
		accept: (m) => /s$/i.test(groups(m).u ?? groups(m).u2 ?? ''),
		read: (m) => duration(durationValue('X', (groups(m).u ?? groups(m).u2)!))
	},
	{
		// "for years", "in decades", "within hours": the unit alone, the preposition outside.
		name: 'bare plural',
		pattern: `(?<=\\b(?:for|in|within|over|after|lasting|lasted|take|takes|took)[\\s\\u00a0]+)(?<u>years|months|weeks|days|hours|minutes|decades|centuries)(?![\\w-])(?![\\s\\u00a0]+(?:of|ago|earlier|later|old)\\b)`,
		read: (m) => duration(durationValue('X', groups(m).u!))
	}
];
