/**
 * An article being typed into a form (the one-article start page, a history's paste form), kept in the
 * browser under the form's key as it is typed, so that a reload loses nothing; read back as persist.ts
 * reads it, whatever the storage holds.
 */
import type { Licence } from '$lib/model/document/schema';
import type { ArticleFields } from '$lib/model/editor/new-article';
import { parseKeptArticle } from '$lib/model/editor/persist';

export interface KeptArticle {
	text: string;
	meta: ArticleFields;
	licence: Licence | undefined;
}

/** What the form kept under `key`; nothing where storage is refused. */
export function restoreArticle(key: string): ReturnType<typeof parseKeptArticle> {
	try {
		return parseKeptArticle(localStorage.getItem(key));
	} catch {
		return { meta: {} };
	}
}

/** Keeps the form's article under `key`; false where the browser refuses (storage off or full). */
export function keepArticle(key: string, article: KeptArticle): boolean {
	try {
		localStorage.setItem(key, JSON.stringify(article));
		return true;
	} catch {
		return false;
	}
}
