import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../src/lib/model/extract/tense';

describe('the tense around a date', () => {
	// The date is the word in brackets; the brackets are taken out before reading.
	const cases: [string, 'past' | 'future' | 'unknown'][] = [
		['Police said the bomb exploded [Friday].', 'past'],
		['The talks will resume on [Tuesday].', 'future'],
		['The ruling, announced [Wednesday], will be appealed.', 'past'],
		['On [Tuesday], the league will hold a rally.', 'future'],
		['In [March], IS-K fighters carried out an attack.', 'past'],
		['The boy should go home by [Jan.] 14, the agency decided.', 'future'],
		['He was ordered to be returned by [Jan.] 14.', 'future'],
		['The dividend is payable [Jan.] 2.', 'future'],
		['The next meeting is in [December].', 'unknown'],
		['The troops have been on patrol since [March] and were scheduled to return.', 'past'],
		['In [January], a week after the vote, a bomb killed two.', 'past'],
		['The accession was planned for early [March].', 'future'],
		['Maryland rescheduled most of its primary races to [June] 2.', 'future'],
		['The vote was postponed until [Tuesday].', 'future'],
		['The court moved the hearing, held in [May], to a larger room.', 'past']
	];
	it.each(cases)('%s → %s', (marked, expected) => {
		const at = marked.indexOf('[');
		expect(tenseAt(marked.replace(/[[\]]/g, ''), at)).toBe(expected);
	});
});
