import { describe, expect, it } from 'vitest';
import { clauseSpans } from '../../../src/lib/model/draft/clauses';

describe('clauseSpans', () => {
	const clauses = (text: string) => clauseSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
	it.each([
		['In March, IS-K fighters attacked a concert hall, killing over 140 people.', ['In March', 'IS-K fighters attacked a concert hall', 'killing over 140 people']],
		['On January 24, 2019, a bomb exploded.', ['On January 24, 2019', 'a bomb exploded']],
		['By May 5, 2020, and September 11, 2021, it was over.', ['By May 5, 2020', 'and September 11, 2021', 'it was over']],
		['It cost 1,200 dollars; nobody paid.', ['It cost 1,200 dollars', 'nobody paid']],
		['The war (1979 – 1989) ended — at last.', ['The war', '1979 – 1989', 'ended', 'at last']]
	])('%j', (text, expected) => expect(clauses(text)).toEqual(expected));
});
