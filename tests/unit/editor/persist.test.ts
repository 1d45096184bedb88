import { describe, expect, it } from 'vitest';
import { isQuotaError, parseSaved, serialise } from '../../../src/lib/model/editor/persist';
import type { EditorState } from '../../../src/lib/model/editor/state';

const state: EditorState = {
	version: 1,
	id: 'x',
	article: { title: 'T', publisher: 'P', language: 'en', asOf: { date: '2024-07-05', method: 'external' } },
	text: 'In 2019 it rained.',
	events: [],
	lanes: [],
	categories: []
};

describe('saved work', () => {
	it('reads back what was saved', () => {
		expect(parseSaved(serialise({ state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' }))).toEqual({ work: { state, savedAt: '2026-12-01T10:00:00.000Z', tab: 'a' } });
	});

	it.each([
		[null, {}],
		['{"state":', { problem: 'The work saved in this browser is damaged and cannot be read.' }],
		['{"state":{"version":2}}', { problem: 'The work saved in this browser is from another version of the editor and cannot be opened.' }],
		['[]', { problem: 'The work saved in this browser is from another version of the editor and cannot be opened.' }]
	])('%j is %j', (raw, expected) => expect(parseSaved(raw)).toEqual(expected));

	it('tells a full storage from other errors', () => {
		expect(isQuotaError(new DOMException('exceeded', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError(new Error('The quota has been exceeded.'))).toBe(true);
		expect(isQuotaError(new Error('SecurityError'))).toBe(false);
	});
});
