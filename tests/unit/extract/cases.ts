import { describe, expect, it } from 'vitest';
import { extractTemporalExpressions } from '../../../src/lib/model/extract/extract';
import type { TemporalExpression } from '../../../src/lib/model/extract/types';

/** The publication date most tables read against: Friday 5 July 2024, the seed article's. */
export const P = '2024-07-05';

/** One row of a rule's table: a sentence, its publication date, and what it should yield. */
export type Case = [sentence: string, published: string, expected: Partial<TemporalExpression>[]];

const shown = ({ text, type, value, mod, edtf }: TemporalExpression) => ({ text, type, value, ...(mod ? { mod } : {}), ...(edtf ? { edtf } : {}) });

function expectFinds([sentence, published, expected]: Case): void {
	const found = extractTemporalExpressions(sentence, published).expressions.map(shown);
	expect(found).toHaveLength(expected.length);
	expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
}

/** A rule module's table: one test per row. */
export function ruleTable(name: string, cases: Case[]): void {
	describe(name, () => {
		it.each(cases)('%s (published %s)', (...row) => expectFinds(row));
	});
}
