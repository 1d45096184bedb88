import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorExcerpt, anchorInNormalised, normaliseForMatching, type TextQuoteSelector } from '../../../src/lib/model/document/anchor';
import { excerptInContext } from '../../../src/lib/model/document/excerpt-context';

const quote = (exact: string, extra: Partial<TextQuoteSelector> = {}): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, ...extra });
const TEXT = 'Putin called the Taliban “allies”. The Taliban’s rule began in 2021.\nIn 2021,   the U.S. left.';

describe('anchorExcerpt', () => {
	it('finds a unique excerpt and gives its range in the original text', () => {
		const result = anchorExcerpt(TEXT, quote('The Taliban’s rule'));
		expect(result.status).toBe('unique');
		if (result.status !== 'unique') return;
		expect(TEXT.slice(result.range.start, result.range.end)).toBe('The Taliban’s rule');
	});

	it('reports an excerpt that matches nowhere', () => {
		expect(anchorExcerpt(TEXT, quote('the Kremlin'))).toEqual({ status: 'missing', matches: 0 });
	});

	it('reports an ambiguous excerpt with the number of matches', () => {
		expect(anchorExcerpt(TEXT, quote('2021'))).toEqual({ status: 'ambiguous', matches: 2 });
		expect(anchorExcerpt(TEXT, quote('Taliban'))).toEqual({ status: 'ambiguous', matches: 2 });
	});

	it('lets a prefix or suffix pick one of several matches', () => {
		const bySuffix = anchorExcerpt(TEXT, quote('2021', { suffix: ',' }));
		const byPrefix = anchorExcerpt(TEXT, quote('2021', { prefix: 'began in ' }));
		expect(bySuffix.status).toBe('unique');
		expect(byPrefix.status).toBe('unique');
		if (bySuffix.status !== 'unique' || byPrefix.status !== 'unique') return;
		expect(bySuffix.range.start).toBeGreaterThan(byPrefix.range.start);
		expect(anchorExcerpt(TEXT, quote('2021', { prefix: 'ended in ' })).status).toBe('missing');
	});

	it('matches straight quotes against curly ones and the other way round', () => {
		const straight = anchorExcerpt(TEXT, quote('the Taliban "allies"'));
		expect(straight.status).toBe('unique');
		if (straight.status === 'unique') expect(TEXT.slice(straight.range.start, straight.range.end)).toBe('the Taliban “allies”');
		expect(anchorExcerpt("don't", quote('don’t')).status).toBe('unique');
		expect(anchorExcerpt(TEXT, quote("The Taliban's rule")).status).toBe('unique');
	});

	it('treats any run of white space, line breaks included, as one space', () => {
		const result = anchorExcerpt(TEXT, quote('2021. In 2021, the U.S.'));
		expect(result.status).toBe('unique');
		if (result.status === 'unique') expect(TEXT.slice(result.range.start, result.range.end)).toBe('2021.\nIn 2021,   the U.S.');
	});

	it('is strict about everything else: case and punctuation count', () => {
		expect(anchorExcerpt(TEXT, quote('the taliban’s rule')).status).toBe('missing');
		expect(anchorExcerpt(TEXT, quote('the U.S left')).status).toBe('missing');
	});

	it('finds any unique substring of a random text at its own place', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '“', '"', 'x'), minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (text, i, j) => {
				const start = i % text.length;
				const end = start + 1 + (j % (text.length - start));
				const exact = text.slice(start, end);
				const result = anchorExcerpt(text, quote(exact));
				if (result.status !== 'unique') return; // repeated substrings are ambiguous by design
				expect(result.range.start).toBeLessThanOrEqual(start + 1);
				expect(anchorExcerpt(text.slice(result.range.start, result.range.end), quote(exact)).status).toBe('unique');
			})
		);
	});
});

/** Normalisation as first written, a character and a regular expression at a time: the oracle for the linear one. */
function normaliseOneByOne(input: string): { text: string; origin: number[] } {
	const folds: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"' };
	let text = '';
	const origin: number[] = [];
	let inSpace = false;
	for (let i = 0; i < input.length; i++) {
		const char = input[i]!;
		if (/\s/.test(char)) {
			if (!inSpace) {
				text += ' ';
				origin.push(i);
			}
			inSpace = true;
			continue;
		}
		inSpace = false;
		text += folds[char] ?? char;
		origin.push(i);
	}
	origin.push(input.length);
	return { text, origin };
}

describe('normaliseForMatching', () => {
	it('takes as white space exactly what /\\s/ does, every code unit tried', () => {
		for (let code = 0; code <= 0xffff; code++) {
			const text = `a${String.fromCharCode(code)}b`;
			const normalised = normaliseForMatching(text).text;
			if (normalised !== normaliseOneByOne(text).text) expect(normalised, `U+${code.toString(16)}`).toBe(normaliseOneByOne(text).text);
		}
	});

	it('folds quotes and runs of white space as it always has, and remembers where each character came from', () => {
		const unit = fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', '“', '”', '‘', '’', '′', '″', '"', "'", '\ud83d', '\ude00', 'é');
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
				expect(normaliseForMatching(text)).toEqual(normaliseOneByOne(text));
			})
		);
	});
});

describe('anchorInNormalised', () => {
	it('anchors many selectors of the same words against one text as each would be anchored alone', () => {
		const text = 'In 2021 the talks began. In 2021, the “talks” ended. By 2022 the talks were over.';
		const normalised = normaliseForMatching(text);
		const selectors = [
			quote('2021'),
			quote('2021', { suffix: ',' }),
			quote('2021', { prefix: 'In ' }),
			quote('talks'),
			quote('"talks"'),
			quote('talks', { prefix: 'By 2022 the ' }),
			quote('2021', { prefix: 'x' })
		];
		for (let round = 0; round < 2; round++) {
			for (const selector of selectors) expect(anchorInNormalised(normalised, selector)).toEqual(anchorExcerpt(text, selector));
		}
		expect(anchorInNormalised(normalised, quote('2021', { prefix: 'Now In ' })).status).toBe('missing');
		// A prefix longer than the text before a match is not found at the text's start instead.
		expect(anchorExcerpt('aab', quote('a', { prefix: 'aa' })).status).toBe('missing');
	});
});

describe('excerptInContext', () => {
	it('widens an excerpt to its sentence', () => {
		const result = anchorExcerpt(TEXT, quote('rule began'));
		if (result.status !== 'unique') throw new Error('expected a match');
		expect(excerptInContext(TEXT, result.range)).toEqual({ before: 'The Taliban’s ', exact: 'rule began', after: ' in 2021.' });
	});

	it('cuts a long sentence at a word and marks the cut', () => {
		const text = `${'word '.repeat(40)}target ${'tail '.repeat(40)}end.`;
		const result = anchorExcerpt(text, quote('target'));
		if (result.status !== 'unique') throw new Error('expected a match');
		const context = excerptInContext(text, result.range, 20);
		expect(context.before.startsWith('…')).toBe(true);
		expect(context.after.endsWith('…')).toBe(true);
		expect(context.before.length).toBeLessThanOrEqual(21);
	});
});

describe('segmentArticle', async () => {
	const { segmentArticle } = await import('../../../src/lib/model/document/article-segments');
	const { loadTimeline } = await import('../../../src/lib/model/document/timeline');
	const { seedDocument, seedText } = await import('../helpers');
	const timeline = loadTimeline(seedDocument(), { file: 'seed', text: seedText() }).timeline!;
	const paragraphs = segmentArticle(timeline);

	it('keeps the text byte for byte, paragraph by paragraph', () => {
		expect(paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n')).toBe(seedText());
	});

	it('links every excerpt of every event to a run', () => {
		const linked = new Set(paragraphs.flatMap((p) => p.runs.flatMap((r) => r.refs.map((ref) => `${ref.eventId}#${ref.excerpt}`))));
		const expected = timeline.events.flatMap((e) => e.excerpts.map((_, i) => `${e.data.id}#${i}`));
		expect([...linked].sort()).toEqual(expected.sort());
	});

	it('gives a shared excerpt to both of its events', () => {
		const run = paragraphs.flatMap((p) => p.runs).find((r) => r.text === 'officially banned in Russia since 2003')!;
		expect(run.refs.map((ref) => ref.eventId).sort()).toEqual(['taliban-ban-suspended', 'taliban-banned-in-russia']);
	});
});
