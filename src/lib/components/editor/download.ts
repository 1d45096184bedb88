/** The draft as files: timeline.json and article.txt in a folder named after the timeline, zipped, as data/ holds them. */
import { strToU8, zipSync } from 'fflate';
import { documentOf } from '$lib/model/editor/document';
import type { EditorState } from '$lib/model/editor/state';
import { escapeHiddenInJson } from '$lib/model/text/untrusted-text';

export function draftZip(state: EditorState): Blob {
	const document = documentOf(state, { textFile: 'article.txt' });
	const files = {
		// The same data, its overrides and invisible characters written as \u escapes so that the file shows as it is.
		[`${state.id}/timeline.json`]: strToU8(`${escapeHiddenInJson(JSON.stringify(document, null, '\t'))}\n`),
		[`${state.id}/article.txt`]: strToU8(state.text)
	};
	return new Blob([zipSync(files)], { type: 'application/zip' });
}
