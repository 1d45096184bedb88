/**
 * The editor's work as saved in the browser: its state and when it was saved, under one key. What is
 * read back is checked before use, so a saved record from another version, or a damaged one, is
 * reported rather than crashing the editor or being taken for work.
 */
import type { EditorState } from './state';

export const STORAGE_KEY = 'chronoscope:editor:v1';

export interface SavedWork {
	state: EditorState;
	savedAt: string;
	/** The tab that saved it, so a tab can tell its own saves from another's. */
	tab: string;
}

export function serialise(work: SavedWork): string {
	return JSON.stringify(work);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSaved(raw: string | null): { work?: SavedWork; problem?: string } {
	if (raw === null) return {};
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { problem: 'The work saved in this browser is damaged and cannot be read.' };
	}
	const state = isObject(value) ? value.state : undefined;
	if (
		!isObject(value) ||
		!isObject(state) ||
		state.version !== 1 ||
		typeof state.text !== 'string' ||
		!isObject(state.article) ||
		!Array.isArray(state.events) ||
		!Array.isArray(state.lanes) ||
		!Array.isArray(state.categories)
	) {
		return { problem: 'The work saved in this browser is from another version of the editor and cannot be opened.' };
	}
	return { work: { state: state as unknown as EditorState, savedAt: String(value.savedAt ?? ''), tab: String(value.tab ?? '') } };
}

/** Whether a storage error means the browser's storage is full. */
export function isQuotaError(error: unknown): boolean {
	return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));
}
