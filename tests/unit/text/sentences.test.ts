import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ABBREVIATIONS, endsSentence, isAbbreviation, sentenceSpans, spanAt, type Span } from '../../../src/lib/model/text/sentences';

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
		['  \n\n  ', []],
		// One list of abbreviations, as written: the weekday the engine knows, and "No." only with its capital.
		['The talks resume Thurs. Morning sessions are open.', ['The talks resume Thurs. Morning sessions are open.']],
		['She lives at No. 10 Downing Street.', ['She lives at No. 10 Downing Street.']],
		['He said no. Then he left.', ['He said no.', 'Then he left.']],
		['Is it over?! Nobody knows... Then it was.', ['Is it over?!', 'Nobody knows...', 'Then it was.']],
		['He asked "why?" and left.', ['He asked "why?" and left.']],
		['The B52. It flew.', ['The B52.', 'It flew.']],
		['Sales rose in 2003. The next year fell.', ['Sales rose in 2003.', 'The next year fell.']]
	])('%j', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('endsSentence', () => {
	// The character before the caret ends a sentence, or not.
	it.each([
		['It rained.^ Then', true],
		['It rained.^', true],
		['the U.S.^ exit', false],
		['the U.S.^ Army', false],
		['by Jan.^ 14', false],
		['by jan.^ 14', true],
		['3.^5 hours', false],
		['U.S.^-led', false],
		['why?^! No', false],
		['why?!^ No', true],
		['he said "we must.^" Then', true],
		['a line\n^and another', true],
		['a w^ord', false]
	])('%j: %s', (marked, expected) => expect(endsSentence(marked.replace('^', ''), marked.indexOf('^') - 1)).toBe(expected));

	it('is false beyond the text', () => expect(endsSentence('x', 5)).toBe(false));

	it('never ends a sentence at an abbreviation listed, whatever follows it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ABBREVIATIONS), fc.constantFrom('Putin', '5', 'Smith', 'Army'), (abbreviation, next) => {
				const text = `met ${abbreviation}. ${next}`;
				return !endsSentence(text, text.indexOf('. '));
			})
		);
	});
});

describe('isAbbreviation', () => {
	it.each([
		['Mr', true],
		['Sept', true],
		['Thurs', true],
		['F', true],
		['U.S', true],
		['p.m', true],
		['e.g', true],
		['no', false],
		['sat', false],
		['exit', false],
		['2003', false],
		['', false]
	])('%j: %s', (word, expected) => expect(isAbbreviation(word)).toBe(expected));
});

/** Text made of words, spaces, stops, quotes and line breaks: what a splitter meets. */
const prose = fc
	.array(fc.constantFrom('The', 'war', 'U.S.', 'Mr.', 'Jan.', 'ended', '2003', '3.5', '.', '. ', '? ', '!', '"', ')', ' ', ' ', '\n', 'F.', 'x', 'No.', 'no.'), { maxLength: 40 })
	.map((parts) => parts.join(''));

describe('the sentences of any text', () => {
	it('are trimmed, never empty, in order, without a line break, and hold every non-space character', () => {
		fc.assert(
			fc.property(prose, (text) => {
				const spans = sentenceSpans(text);
				let covered = 0;
				let previous = -1;
				for (const { start, end } of spans) {
					const body = text.slice(start, end);
					if (start < previous || end <= start || body !== body.trim() || body.includes('\n')) return false;
					previous = end;
					covered += body.replace(/\s/g, '').length;
				}
				return covered === text.replace(/\s/g, '').length;
			})
		);
	});

	it('end where endsSentence says, or at a line break or the end of the text', () => {
		fc.assert(
			fc.property(prose, (text) => {
				const spans = sentenceSpans(text);
				return spans.every(({ end }, i) => {
					const next = spans[i + 1];
					if (!next || text.slice(end, next.start).includes('\n')) return true;
					const lastStop = end - 1 - /["'”’)\]]*$/.exec(text.slice(0, end))![0].length;
					return endsSentence(text, lastStop);
				});
			})
		);
	});

	it('are the sentences they were made of, joined by spaces', () => {
		const sentence = fc
			.array(fc.constantFrom('the', 'war', 'Mr. Putin', 'the U.S. Army', 'on Jan. 5', 'at 11 p.m. local time', 'John F. Kennedy', '3.5', 'ended'), { minLength: 1, maxLength: 6 })
			.chain((words) => fc.constantFrom('.', '!', '?', '."').map((stop) => `It ${words.join(' ')}${stop}`));
		fc.assert(
			fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (made) => {
				expect(sentences(made.join(' '))).toEqual(made);
			})
		);
	});
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

	it('finds what a search from the start finds', () => {
		const ordered = fc
			.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 20 })
			.map((gaps) => gaps.reduce<Span[]>((all, [gap, length]) => [...all, { start: (all.at(-1)?.end ?? 0) + gap, end: (all.at(-1)?.end ?? 0) + gap + length }], []));
		fc.assert(fc.property(ordered, fc.nat(120), (spans, at) => spanAt(spans, at) === spans.find((s) => s.start <= at && at < s.end)));
	});
});
