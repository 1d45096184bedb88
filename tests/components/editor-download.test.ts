/**
 * What the editor downloads to host anywhere: one timeline.json that `?src=` reads alone, every article's
 * text inside it and each licence kept, for the timeline of one article and for a history alike.
 */
import { describe, expect, it } from 'vitest';
import { hostedTimeline } from '../../src/lib/components/editor/download';
import { documentOf } from '../../src/lib/model/editor/document';
import { loadTimeline, formatFault } from '../../src/lib/model/document/timeline';
import type { EditorState } from '../../src/lib/model/editor/state';
import { historyEditorState } from '../fixtures/history';

const readBack = async (blob: Blob) => JSON.parse(await blob.text()) as ReturnType<typeof documentOf>;

describe('the timeline.json to host anywhere', () => {
	it('holds a history whole: each article with its text inline and its licence, read with no file beside it', async () => {
		const work = historyEditorState();
		const document = await readBack(hostedTimeline(work));
		expect(document.articles!.map((article) => [article.text, article.textFile, article.licence?.name])).toEqual(
			work.articles.map((article) => [article.text, undefined, article.licence?.name])
		);
		expect(loadTimeline(document, { file: 'timeline.json' }).faults.map(formatFault)).toEqual([]);
	});

	it("holds one article's text, its title and its licence", async () => {
		const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
		const work: EditorState = {
			version: 1,
			id: 'rain',
			article: { title: 'Rain at last', publisher: 'The Daily', language: 'en', url: 'https://example.org/rain', licence, asOf: { date: '2024-07-05', method: 'external' } },
			text: 'It rained.\nIn 2019 it rained.',
			events: [],
			lanes: [],
			categories: []
		};
		const document = await readBack(hostedTimeline(work));
		expect(document.article).toEqual({ ...work.article, text: work.text });
		expect(await hostedTimeline(work).text()).toMatch(/\n$/);
	});
});
