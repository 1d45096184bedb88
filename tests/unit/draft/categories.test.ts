import { describe, expect, it } from 'vitest';
import { categorise } from '../../../src/lib/model/draft/categories';

describe('categorise', () => {
	it.each([
		['IS-K fighters carried out a devastating attack on a Moscow concert hall', '', 'conflict'],
		['the group being officially banned in Russia', '', 'law'],
		['Johnson became prime minister', '', 'politics'],
		['the earthquake struck the south coast', '', 'disaster'],
		['the rocket lifted off', 'SpaceX launched its first crewed mission.', 'science'],
		['he said so', 'The remarks were made during a meeting in Astana.', 'diplomacy'],
		['it happened', 'Nothing else is said.', undefined],
		['Warren withdraws from the race', '', 'politics'],
		['an Australian medical mission arrives', '', undefined]
	])('%j (in %j) is %s', (clause, sentence, id) => expect(categorise(clause, sentence)?.id).toBe(id));
});
