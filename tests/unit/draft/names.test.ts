import { describe, expect, it } from 'vitest';
import { groupNames, namesIn } from '../../../src/lib/model/draft/names';

const names = (text: string) => namesIn(text, { start: 0, end: text.length }).map((n) => n.text);

describe('namesIn', () => {
	it.each([
		['In March, IS-K fighters attacked a Moscow concert hall.', ['IS-K', 'Moscow']],
		["The Soviet Union's invasion of Afghanistan in the 1980s left a legacy.", ['Soviet Union', 'Afghanistan']],
		['Russian President Vladimir Putin referred to the Taliban as allies.', ['Vladimir Putin', 'Taliban']],
		['Members of the House of Commons protested.', ['House of Commons']],
		['A spokesman said George Kimbrell of the Center for Biological Diversity agreed.', ['George Kimbrell', 'Center for Biological Diversity']]
	])('%j', (text, expected) => expect(names(text)).toEqual(expected));

	it('gives offsets into the whole text', () => {
		const text = 'First sentence. Then NASA launched it.';
		const [nasa] = namesIn(text, { start: 16, end: text.length });
		expect(text.slice(nasa!.start, nasa!.end)).toBe('NASA');
	});
});

describe('groupNames', () => {
	it("puts a person's surname in the lane of their full name, and other names in their own", () => {
		const text = 'President Vladimir Putin spoke. Putin said the Taliban are allies. Putin left Moscow.';
		const found = namesIn(text, { start: 0, end: text.length });
		const { lanes, laneOf } = groupNames(found);
		expect(lanes.map((l) => [l.id, l.label, l.mentions])).toEqual([
			['vladimir-putin', 'Vladimir Putin', 3],
			['taliban', 'Taliban', 1],
			['moscow', 'Moscow', 1]
		]);
		expect(new Set(found.filter((n) => n.text.includes('Putin')).map(laneOf)).size).toBe(1);
	});

	it('reads a name the lexicon does not know as a person when the article calls it by its surname, but not a council by "Council"', () => {
		const text = 'Volodoymyr Zhukovskyy was arrested. Zhukovskyy pleaded not guilty. Gwynedd Council met. The Council voted.';
		const { lanes } = groupNames(namesIn(text, { start: 0, end: text.length }));
		expect(lanes.find((l) => l.label === 'Volodoymyr Zhukovskyy')).toMatchObject({ kind: 'person', mentions: 2 });
		expect(lanes.find((l) => l.label === 'Gwynedd Council')).toMatchObject({ kind: 'organisation' });
	});

	it('reads a name after a title as a person, whatever the lexicon knows of it', () => {
		const text = 'President Recep Tayyip Erdoğan spoke.';
		expect(namesIn(text, { start: 0, end: text.length })).toMatchObject([{ text: 'Recep Tayyip Erdoğan', kind: 'person' }]);
	});

	it('puts initials in the lane of the name they stand for', () => {
		const text = 'The United Kingdom voted. The UK must leave. The U.S.-led coalition and the United States agreed.';
		const { lanes } = groupNames(namesIn(text, { start: 0, end: text.length }));
		expect(lanes.map((l) => [l.label, l.mentions])).toEqual([
			['United Kingdom', 2],
			['United States', 2]
		]);
	});
});
