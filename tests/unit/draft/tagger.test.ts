import { describe, expect, it } from 'vitest';
import { tagText } from '../../../src/lib/model/draft/tagger';

const tags = (text: string) => Object.fromEntries(tagText(text).map((t) => [t.text, [t.pos, t.lemma]]));

describe('tagText', () => {
	it('reads a verb before a determiner, an adjective between a determiner and its noun, and a noun after a number where news English trips the model', () => {
		const read = tags("Costco's store in Canberra also limited the allowed amount to two packs last week.");
		expect(read.limited).toEqual(['VERB', 'limit']);
		expect(read.allowed?.[0]).toBe('ADJ');
		expect(read.packs).toEqual(['NOUN', 'pack']);
		expect(tags('Authorities seized 16 skulls and two live jackals.').live?.[0]).toBe('ADJ');
		expect(tags('The government began a planned two-day shutdown.').planned?.[0]).toBe('ADJ');
	});

	it('leaves an adjective before its noun, and a verb before its object, as they are', () => {
		expect(tags('The limited edition sold out.').limited?.[0]).toBe('ADJ');
		expect(tags('The police arrested the two men.').arrested?.[0]).toBe('VERB');
	});

	it('keeps a word whole where the model splits it at a letter it does not know', () => {
		expect(tagText('Erdoğan spoke in İstanbul and Zürich.').map((t) => t.text)).toEqual(['Erdoğan', 'spoke', 'in', 'İstanbul', 'and', 'Zürich', '.']);
		expect(tagText("They don't know.").map((t) => t.text)).toEqual(['They', 'do', "n't", 'know', '.']);
	});

	it('gives every token its offsets in the text', () => {
		const text = 'Protesters marched on Monday.';
		for (const t of tagText(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
});
