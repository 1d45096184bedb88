/**
 * The tense of the words around a date, which places a date said without its year or week ("In March",
 * "Friday"): the verb just before it, else its clause, else, for a date put first, the clause it is put
 * before. Beyond that a sentence says little: news mixes tenses freely across clauses.
 */
import type { Direction } from './calendar';
import { FUTURE_MARKERS, NOT_PAST, PAST_MARKERS } from './lexicon';
import { alt } from './patterns';
import { endsSentence } from '../text/sentences';

const FUTURE = new RegExp(`(?:^|[^\\w'’])${alt(FUTURE_MARKERS)}(?![\\w])`, 'i');
const WOULD = /(?:^|[^\w])would(?![\w])/i;
// An -ed word after a form of "be" is a passive participle ("to be returned by Jan. 14"), which says no tense.
const PAST_WORD = new RegExp(`(?:^|[^\\w'’-])(?:${alt(PAST_MARKERS)}|(?<!\\b(?:be|been|being|is|are|am|get|gets)\\s+)(?!${alt(NOT_PAST)}(?![\\w]))[a-z]{2,}ed)(?![\\w'’-])`);
const REPORTED = /(?:^|[^\w'’-])(?:said|told|reported|announced|added|noted|stated|claimed|confirmed|explained|indicated|warned|estimated|predicted|ruled)(?![\w'’-])/i;
const PUT_OFF_TO = /\b(?:rescheduled|postponed|moved|delayed|pushed\s+back|put\s+off|deferred|adjourned)\b[^.;:!?]{0,60}\b(?:to|until|till)[\s\u00a0]+$/i;
/** A clause ends at punctuation; a date's tense is read first in its own clause. */
const CLAUSE_BREAK = /[,;:()"“”—–]/;
const CLAUSE_REACH = 120;
const SENTENCE_REACH = 400;

function clauseBounds(text: string, start: number, end: number): [number, number] {
	let from = start;
	const floor = Math.max(0, start - CLAUSE_REACH);
	while (from > floor && !CLAUSE_BREAK.test(text[from - 1]!) && !endsSentence(text, from - 1)) from--;
	let to = end;
	const ceiling = Math.min(text.length, end + CLAUSE_REACH);
	while (to < ceiling && !CLAUSE_BREAK.test(text[to]!) && !endsSentence(text, to)) to++;
	return [from, to];
}

function sentenceEndAfter(text: string, at: number): number {
	const ceiling = Math.min(text.length, at + SENTENCE_REACH);
	let i = at;
	while (i < ceiling && !endsSentence(text, i)) i++;
	return i;
}

/** The first word that says a tense in a stretch of text: "will" or a past form, whichever comes first. */
function firstTense(stretch: string): Direction {
	const future = FUTURE.exec(stretch) ?? WOULD.exec(stretch);
	const past = PAST_WORD.exec(stretch);
	if (future && (!past || future.index < past.index)) return 'future';
	return past ? 'past' : 'unknown';
}

/** Which way an underspecified date at this offset looks: back, forward, or to its nearest occurrence. */
export function tenseAt(text: string, at: number): Direction {
	// "since March" looks back whatever the sentence goes on to say.
	if (/\bsince[\s\u00a0]+(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(Math.max(0, at - 16), at))) return 'past';
	// The day something is put off to lies ahead of its putting off: "rescheduled its primary to June 2".
	if (PUT_OFF_TO.test(text.slice(Math.max(0, at - 80), at))) return 'future';
	// The verb just before the date dates it, a reporting verb too: "announced Wednesday", "ruled Tuesday that …".
	const justBefore = /(?:\S+\s+){0,3}$/.exec(
		text
			.slice(Math.max(0, at - 40), at)
			.split(CLAUSE_BREAK)
			.at(-1)!
	)![0];
	if (FUTURE.test(justBefore)) return 'future';
	if (PAST_WORD.test(justBefore) || REPORTED.test(justBefore)) return 'past';
	const [from, to] = clauseBounds(text, at, at + 1);
	const clause = text.slice(from, to);
	if (FUTURE.test(clause) || WOULD.test(clause)) return 'future';
	if (PAST_WORD.test(clause)) return 'past';
	// A date put first ("On Tuesday, the league will …", "In March, IS-K fighters carried out …") takes
	// the tense of the clause it is put before.
	const fronted = (from === 0 || endsSentence(text, from - 1) || /\n\s*$/.test(text.slice(Math.max(0, from - 2), from))) && text[to] === ',';
	if (fronted) return firstTense(text.slice(to, sentenceEndAfter(text, to)));
	// Beyond that a sentence says little about a date's tense.
	return 'unknown';
}
