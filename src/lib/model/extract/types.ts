/** What the extraction engine finds: TIMEX3 expressions (TimeML 1.2.1, as TempEval-3 normalises them). */

export type TimexType = 'date' | 'time' | 'duration' | 'set';

export type TimexMod = 'APPROX' | 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS';

/** The word just before an expression that tells how an event relates to it ("since 2003"); outside the extent. */
export type Signal = 'since' | 'until' | 'before' | 'after' | 'from' | 'to' | 'between' | 'and' | 'by' | 'in' | 'on' | 'at' | 'during' | 'for' | 'within' | 'throughout';

export interface TemporalExpression {
	/** UTF-16 offsets into the text. */
	start: number;
	end: number;
	text: string;
	type: TimexType;
	/** The TIMEX3 value: `2024-03`, `198`, `P20Y`, `PRESENT_REF`, `2019-W04`, `2019-SU`, `XXXX-WXX-5`. */
	value: string;
	/** The value as EDTF, where EDTF can say it; for an open span ("since 2003") the span the event covers. */
	edtf?: string;
	mod?: TimexMod;
	/** The preposition or conjunction before the expression, when it says how an event relates to it. */
	signal?: Signal;
	/** For one end of a range ("from 1963 to 1974", "1979–1989"), the index of the other end in the result. */
	rangeWith?: number;
}

export interface ExtractionResult {
	published: string;
	expressions: TemporalExpression[];
}
