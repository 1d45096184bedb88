import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE, titleFromWords } from '../../../src/lib/model/draft/titles';

/** The title of `sentence` for the date `words` in it (the first place they appear). */
const titleAt = (sentence: string, words: string) => {
	const start = sentence.indexOf(words);
	return titleFromWords(sentence, [{ start, end: start + words.length }]);
};

describe('a title from the clause its date belongs to', () => {
	it.each([
		['In March, IS-K fighters carried out a devastating attack', 'In March', 'IS-K fighters carry out a devastating attack'],
		['A car bomb was on Monday rammed into a military base in Maidan Shahr.', 'on Monday', 'Car bomb rammed into a military base in Maidan Shahr'],
		["Monday's bid for October elections failed", 'Monday', 'Bid for October elections fails'],
		[
			"The Soviet Union's invasion of Afghanistan in the 1980s left a legacy of conflict and mistrust",
			'in the 1980s',
			"Soviet Union's invasion of Afghanistan leaves a legacy of conflict"
		],
		['Roscosmos, the Russian space agency, announced the death of cosmonaut Alexei Leonov on Friday.', 'on Friday', 'Roscosmos announces the death of cosmonaut Alexei Leonov'],
		['Sputnik News reported Leonov, who died in Moscow, will be buried at the cemetery on Tuesday.', 'on Tuesday', 'Leonov to be buried at the cemetery'],
		['John Conyers, first elected to Congress in 1964, was born in Detroit in 1929.', 'in 1964', 'John Conyers first elected to Congress'],
		['John Conyers, first elected to Congress in 1964, was born in Detroit in 1929.', 'in 1929', 'John Conyers born in Detroit'],
		['Acting via his lawyers, Volodoymyr Zhukovskyy, 23, pleaded not guilty on Tuesday.', 'on Tuesday', 'Volodoymyr Zhukovskyy pleads not guilty'],
		['In Iowa, caucuses were held on February 3.', 'on February 3', 'Caucuses held in Iowa']
	])('%j, dated %j: %j', (sentence, words, title) => expect(titleAt(sentence, words)).toBe(title));

	it('takes the clause of its own date, not the one beside it', () => {
		const sentence = 'The state of emergency, which began on November 15, ended in Samoa on Sunday.';
		expect(titleAt(sentence, 'on November 15')).toBe('State of emergency begins');
		expect(titleAt(sentence, 'on Sunday')).toBe('State of emergency ends in Samoa');
	});

	it('reads past a participle inside the subject to the clause of a date put before it', () => {
		const sentence = 'On Sunday, the state of emergency begun on November 15 over a measles outbreak ended in Samoa.';
		const sunday = { start: 0, end: 9 };
		const start = sentence.indexOf('on November 15');
		const november = { start, end: start + 'on November 15'.length };
		expect(titleFromWords(sentence, [sunday, november])).toBe('State of emergency ends in Samoa');
		expect(titleFromWords(sentence, [november, sunday])).toBe('State of emergency begins over a measles outbreak');
	});

	it('keeps a particle with its verb, and reads what was said after a comma', () => {
		expect(titleAt('Michael Bloomberg dropped out on Wednesday.', 'on Wednesday')).toBe('Michael Bloomberg drops out');
		expect(titleAt('Al Jazeera reported on Thursday, coverage had risen to 55 percent.', 'on Thursday')).toBe('Al Jazeera says coverage rises to 55 percent');
	});

	it('titles what was said by what was said, with who said it', () => {
		expect(titleAt('Prime Minister Hubert Minnis said on Wednesday that twenty people have been confirmed killed.', 'on Wednesday')).toBe(
			'Prime Minister Hubert Minnis says twenty people confirmed killed'
		);
		expect(titleAt('“Twenty people were killed,” Minnis said on Wednesday.', 'on Wednesday')).toBe('Minnis says twenty people killed');
	});

	it('gives each date of a list its own item', () => {
		const sentence = 'Outbreaks of measles were declared in the Philippines on February 6, Tonga on October 22, and Fiji on November 7.';
		const all = ['on February 6', 'on October 22', 'on November 7'].map((words) => {
			const start = sentence.indexOf(words);
			return { start, end: start + words.length };
		});
		const title = (at: number) => titleFromWords(sentence, [all[at]!, ...all.filter((_, i) => i !== at)]);
		expect([title(0), title(1), title(2)]).toEqual([
			'Outbreaks of measles declared in the Philippines',
			'Outbreaks of measles declared in Tonga',
			'Outbreaks of measles declared in Fiji'
		]);
	});

	it('is at most about seventy characters, holds no date words, and never ends on a word that leans on what was cut', () => {
		const word = fc.constantFrom(
			'the',
			'council',
			'voted',
			'to',
			'close',
			'a',
			'school',
			'in',
			'Samoa',
			'and',
			'of',
			'after',
			'protests',
			'said',
			'that',
			'it',
			'would',
			',',
			'reopen'
		);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(word, { maxLength: 10 }), (before, after) => {
				const sentence = `${before.join(' ')} on Monday ${after.join(' ')}.`;
				const title = titleAt(sentence, 'on Monday');
				expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
				expect(title).not.toMatch(/\bMonday\b/);
				expect(title).not.toMatch(/\s(?:the|a|of|to|in|and|after|that)$/i);
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 1000) }
		);
	});
});
