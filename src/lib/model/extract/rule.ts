/**
 * What a rule is. A rule finds one kind of expression with a pattern, may turn a match away on its own
 * text (`accept`), and reads the value of the matches that survive in text order (`read`), when the
 * reference time, the tense of the sentence and the dates the text has already named are known.
 */
import type { Day, Direction } from './calendar';
import type { TimexMod, TimexType } from './types';

export interface Reading {
	type: TimexType;
	value: string;
	mod?: TimexMod;
	/** Offsets into the text, when a reading covers less than the match or a match holds two (a range). */
	start?: number;
	end?: number;
}

export interface Context {
	/** The publication date. */
	readonly reference: Day;
	/** Past or future: which way an underspecified date in the sentence at this offset looks. */
	direction(at: number): Direction;
	/** The last date the text named before this point, for "the following day" and "ten years later". */
	anchor(): string | undefined;
	/** The last day (YYYY-MM-DD) the text named shortly before this offset, for a clock time with no date of its own. */
	dayBefore(at: number): string | undefined;
	readonly text: string;
}

export interface Rule {
	name: string;
	/** Flags g, d and i are added. */
	pattern: string;
	accept?(m: RegExpExecArray, text: string): boolean;
	read(m: RegExpExecArray, context: Context): Reading | Reading[] | null;
}

export type Groups = Record<string, string | undefined>;
export const groups = (m: RegExpExecArray): Groups => m.groups ?? {};
