import { describe, expect, it } from 'vitest';
import { draftTitle } from '../../../src/lib/model/draft/titles';

describe('draftTitle', () => {
	it.each([
		['where the Taliban have held power since 2021', ['since 2021'], 'The Taliban have held power'],
		['In March, IS-K fighters carried out a devastating attack', ['In March'], 'IS-K fighters carried out a devastating attack'],
		["Monday's bid for October elections failed", ['Monday'], 'Bid for October elections failed'],
		[
			"The Soviet Union's invasion of Afghanistan in the 1980s left a legacy of conflict and mistrust",
			['in the 1980s'],
			"The Soviet Union's invasion of Afghanistan left a legacy of conflict"
		],
		['despite the group being officially banned in Russia since 2003', ['since 2003'], 'The group being officially banned in Russia']
	])('%j without %j', (clause, words, expected) => expect(draftTitle(clause, words)).toBe(expected));
});
