import type { TimelineEvent } from './timeline';

/**
 * Time order: start, then end, then id. Ids are kebab-case ASCII, so comparing code units orders them as
 * localeCompare would, without depending on the reader's locale and about ten times faster at 100,000.
 * In a module of its own so that what imports it (the synthetic generator) does not pull in the validator.
 */
export function byTimeOrder(a: TimelineEvent, b: TimelineEvent): number {
	return a.date.start - b.date.start || a.date.end - b.date.end || compareIds(a.data.id, b.data.id);
}

/** The tie-break of time order: ids by code unit. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
