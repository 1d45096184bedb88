/**
 * The draft as files: zipped in a folder named after the timeline, as data/ holds them (timeline.json and
 * article.txt for one article; for a history, timeline.json and each article's text as `<article id>.txt`);
 * or as one timeline.json holding its texts, to be hosted anywhere and opened by `?src=`.
 */
import { strToU8, zipSync } from 'fflate';
import type { TimelineDocument } from '$lib/model/document/schema';
import { articleTextFile, documentOf } from '$lib/model/editor/document';
import { isHistoryState, type EditorWork } from '$lib/model/editor/state';
import { escapeHiddenInJson } from '$lib/model/text/untrusted-text';

/** A document as its file holds it: the same data, its overrides and invisible characters written as \u escapes so that the file shows as it is. */
const documentJson = (document: TimelineDocument): string => `${escapeHiddenInJson(JSON.stringify(document, null, '\t'))}\n`;

export function draftZip(work: EditorWork): Blob {
	const folder = work.id;
	const texts = isHistoryState(work) ? work.articles.map((article) => [articleTextFile(article), article.text] as const) : [['article.txt', work.text] as const];
	const document = isHistoryState(work) ? documentOf(work, { textFiles: true }) : documentOf(work, { textFile: 'article.txt' });
	const files = {
		[`${folder}/timeline.json`]: strToU8(documentJson(document)),
		...Object.fromEntries(texts.map(([name, text]) => [`${folder}/${name}`, strToU8(text)]))
	};
	return new Blob([zipSync(files)], { type: 'application/zip' });
}

/** The draft as one timeline.json with every text inline: `?src=` fetches the document alone, never a file beside it. */
export function hostedTimeline(work: EditorWork): Blob {
	return new Blob([documentJson(documentOf(work))], { type: 'application/json' });
}
