import { describe, expect, it } from 'vitest';
import { clauseSpans, sentenceSpans, spanAt } from '../../../src/lib/model/draft/sentences';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
	it.each([
		['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
		['after the U.S. exit. Then more.', ['after the U.S. exit.', 'Then more.']],
		['Mr. Putin met Dr. Smith in St. Petersburg.', ['Mr. Putin met Dr. Smith in St. Petersburg.']],
		['John F. Kennedy spoke. It was 3.5 hours.', ['John F. Kennedy spoke.', 'It was 3.5 hours.']],
		['He said "we must." Then he left.', ['He said "we must."', 'Then he left.']],
		['at 11 p.m. local time. Next.', ['at 11 p.m. local time.', 'Next.']],
		['A title line\n\nThe first paragraph.\nA second line', ['A title line', 'The first paragraph.', 'A second line']],
		['  \n\n  ', []]
	])('%j', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('clauseSpans', () => {
	const clauses = (text: string) => clauseSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
	it.each([
		['In March, IS-K fighters attacked a concert hall, killing over 140 people.', ['In March', 'IS-K fighters attacked a concert hall', 'killing over 140 people']],
		['On January 24, 2019, a bomb exploded.', ['On January 24, 2019', 'a bomb exploded']],
		['It cost 1,200 dollars; nobody paid.', ['It cost 1,200 dollars', 'nobody paid']],
		['The war (1979 – 1989) ended — at last.', ['The war', '1979 – 1989', 'ended', 'at last']]
	])('%j', (text, expected) => expect(clauses(text)).toEqual(expected));
});

describe('spanAt', () => {
	const spans = [
		{ start: 0, end: 4 },
		{ start: 6, end: 9 }
	];
	it.each([
		[0, 0],
		[3, 0],
		[4, undefined],
		[6, 1],
		[9, undefined]
	])('at %i is span %s', (at, index) => expect(spanAt(spans, at)).toBe(index === undefined ? undefined : spans[index]));
});
