import { describe, expect, it } from 'vitest';
import { describeLoadProgress } from '../../../src/lib/model/read/load-progress';

describe('the progress of a load, as the page says it', () => {
	it('gives bytes read of the total when the server states one, and no end to show when it does not', () => {
		expect(describeLoadProgress({ phase: 'reading', done: 12.3 * 1024 * 1024, total: 35 * 1024 * 1024 })).toEqual({
			label: 'Reading the document: 12.3 of 35.0 MB',
			value: 12.3 * 1024 * 1024,
			max: 35 * 1024 * 1024
		});
		expect(describeLoadProgress({ phase: 'reading', done: 1024 * 1024 })).toEqual({ label: 'Reading the document: 1.0 MB' });
	});

	it('counts events checked, and names the steps that have no count', () => {
		expect(describeLoadProgress({ phase: 'checking', done: 40_000, total: 100_000 })).toEqual({ label: 'Checking events: 40,000 of 100,000', value: 40_000, max: 100_000 });
		expect(describeLoadProgress({ phase: 'parsing' })).toEqual({ label: 'Reading the JSON…' });
		expect(describeLoadProgress({ phase: 'converting' })).toEqual({ label: 'Converting from TimelineJS3…' });
	});
});
