/**
 * Undo and redo over immutable states: each change pushes the state it replaces, so undoing restores it
 * exactly. The oldest states are dropped past a limit, so a long session does not grow without end.
 */

export interface History<T> {
	readonly past: readonly T[];
	readonly present: T;
	readonly future: readonly T[];
	/** The group of the last change: typing on in the same field replaces it rather than adding a step. */
	readonly group?: string;
}

export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/** Makes `next` the present; a change in the same `group` as the last one joins it (one undo step per field typed in). */
export function record<T>(history: History<T>, next: T, group?: string, limit = HISTORY_LIMIT): History<T> {
	if (next === history.present) return history;
	const extra = group === undefined ? {} : { group };
	if (group !== undefined && group === history.group && history.future.length === 0) return { ...history, present: next };
	return { past: [...history.past, history.present].slice(-limit), present: next, future: [], ...extra };
}

export function undo<T>(history: History<T>): History<T> {
	const previous = history.past.at(-1);
	if (history.past.length === 0) return history;
	return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
	if (history.future.length === 0) return history;
	const [next, ...future] = history.future;
	return { past: [...history.past, history.present], present: next as T, future };
}

/**
 * Every state of the history, past, present and future, changed by `change` (to record what is true of
 * them all, such as ids published). The change ends the group: typing on afterwards is a step of its own.
 */
export function mapHistory<T>(history: History<T>, change: (state: T) => T): History<T> {
	const present = change(history.present);
	const past = history.past.map(change);
	const future = history.future.map(change);
	const same = (a: readonly T[], b: readonly T[]) => a.every((state, i) => state === b[i]);
	if (present === history.present && same(past, history.past) && same(future, history.future)) return history;
	return { past, present, future };
}
