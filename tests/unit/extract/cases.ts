import { expect } from 'vitest';
import { extractTemporalExpressions, type TemporalExpression } from '../../../src/lib/model/extract';

/** One row of a rule's table: a sentence, its publication date, and what it should yield. */
export type Case = [sentence: string, published: string, expected: Partial<TemporalExpression>[]];

const shown = ({ text, type, value, mod, edtf }: TemporalExpression) => ({ text, type, value, ...(mod ? { mod } : {}), ...(edtf ? { edtf } : {}) });

export function expectFinds([sentence, published, expected]: Case): void {
	const found = extractTemporalExpressions(sentence, published).expressions.map(shown);
	expect(found).toHaveLength(expected.length);
	expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
}
