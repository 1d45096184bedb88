import { describe, expect, it } from 'vitest';
import { sentenceQuality } from '../../../src/lib/model/history/quality';

describe('how fit a sentence is to stand alone', () => {
	it('takes a complete declarative sentence of a reader’s length as it is', () => {
		expect(sentenceQuality('On Wednesday, the United States House of Representatives impeached President Donald Trump.')).toBe(1);
		expect(sentenceQuality('Organisers said about a million people marched in London on Saturday, demanding a new public vote on Brexit."')).toBe(1);
	});

	it('refuses questions, fragments, bare quotations and lines of a few words', () => {
		for (const unfit of [
			'Will the House vote on Tuesday?',
			'and then the House voted on Tuesday.',
			'The House voted on Tuesday, and',
			'Today, I am leaving the race for the same reason: to defeat Donald Trump [...]',
			'The House voted on Tuesday to impeach him, and the Senate…',
			'“We will rebuild,” the mayor said.',
			'"We will rebuild everything we lost on Monday."',
			'Friday, January 4, 2019',
			'It rained Monday.'
		])
			expect(sentenceQuality(unfit), unfit).toBe(0);
	});

	it('counts a sentence that leans on the one before, or a very short or long one, for less', () => {
		const plain = sentenceQuality('The House voted on Tuesday to impeach the President of the United States.');
		expect(sentenceQuality('He said the House voted on Tuesday to impeach the President of the United States.')).toBeLessThan(plain);
		expect(sentenceQuality('The House voted on Tuesday.')).toBeLessThan(plain);
		expect(sentenceQuality(`The House voted on Tuesday ${'and again '.repeat(30)}to impeach him.`)).toBeLessThan(plain);
	});

	it('keeps a quotation that is followed by what happened', () => {
		expect(sentenceQuality('"This is a sad day," said the mayor, after the bridge over the river collapsed on Monday evening.')).toBeGreaterThan(0);
	});
});
