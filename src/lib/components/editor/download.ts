/**
 * The draft as files, in a folder named after the timeline, zipped, as data/ holds them: timeline.json and
 * article.txt for one article; for a history, timeline.json and each article's text as `<article id>.txt`.
 */
import { strToU8, zipSync } from 'fflate';
import { articleTextFile, documentOf } from '$lib/model/editor/document';
import { isHistoryState, type EditorWork } from '$lib/model/editor/state';
import { escapeHiddenInJson } from '$lib/model/text/untrusted-text';

export function draftZip(work: EditorWork): Blob {
	const folder = work.id;
	const texts = isHistoryState(work) ? work.articles.map((article) => [articleTextFile(article), article.text] as const) : [['article.txt', work.text] as const];
	const document = isHistoryState(work) ? documentOf(work, { textFiles: true }) : documentOf(work, { textFile: 'article.txt' });
	const files = {
		// The same data, its overrides and invisible characters written as \u escapes so that the file shows as it is.
		[`${folder}/timeline.json`]: strToU8(`${escapeHiddenInJson(JSON.stringify(document, null, '\t'))}\n`),
		...Object.fromEntries(texts.map(([name, text]) => [`${folder}/${name}`, strToU8(text)]))
	};
	return new Blob([zipSync(files)], { type: 'application/zip' });
}
