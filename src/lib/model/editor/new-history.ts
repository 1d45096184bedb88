/**
 * A history the editor is about to draft: its title, and the articles added to it one by one (pasted, or
 * read from files), each checked by the same rules as a single article's fields; then drafted as the
 * editor's state. What the start page holds is plain data, so it is kept in the browser as it is typed.
 */
import { kebab, uniqueId } from '../draft/ids';
import { extractTemporalExpressions } from '../extract/extract';
import type { HistoryArticle } from '../history/articles';
import { DEFAULT_HISTORY_EVENTS, historyDocument, type HistoryCandidate, type HistoryProgress } from '../history/document';
import { publisherOf } from '../history/mentions';
import { formatInteger } from '../text/format-number';
import { historyStateOf, reportingArticles } from './history-edits';
import { checkNewArticle, type NewArticleFaults, type NewArticleFields } from './new-article';
import type { ProgressText } from '../read/load-progress';
import type { HistoryState } from './state';

/** An article added to a new history, its fields as the start page holds them. */
export interface AddedArticle extends NewArticleFields {
	/** The id a JSON Lines file gave it; otherwise one is made from its title. */
	id?: string;
}

export interface NewHistoryFields {
	title: string;
	/** The publisher of the articles that name none (text files, pasted articles left blank). */
	publisher: string;
	articles: AddedArticle[];
}

export interface NewHistoryFaults {
	title?: string;
	publisher?: string;
	/** About the list as a whole: none added yet. */
	articles?: string;
	/** The faults of each article, in the list's order. */
	each: NewArticleFaults[];
}

/** Who published an article: its own publisher, else the history's, else the host of its address (as the history drafter credits it). */
export function publisherFor(article: AddedArticle, publisher: string): string {
	const url = article.url.trim();
	return article.publisher.trim() || publisher.trim() || (url ? (publisherOf({ id: '', published: '', text: '', url }) ?? '') : '');
}

/** An article's faults, its publisher read as the history's (or its address's host) where it names none. */
export function checkAddedArticle(article: AddedArticle, publisher: string): NewArticleFaults {
	const faults = checkNewArticle({ ...article, publisher: publisherFor(article, publisher) });
	if (faults.publisher) faults.publisher = 'Give who published it, or a publisher for the articles that name none.';
	return faults;
}

export function checkNewHistory(fields: NewHistoryFields): NewHistoryFaults {
	const faults: NewHistoryFaults = { each: fields.articles.map((article) => checkAddedArticle(article, fields.publisher)) };
	if (fields.title.trim() === '') faults.title = "Give the history's title: what the articles are about.";
	if (fields.articles.length === 0) faults.articles = 'Add the articles the history is drawn from: paste them one after another, or open files.';
	return faults;
}

export const hasNoFaults = (faults: NewHistoryFaults): boolean =>
	faults.title === undefined && faults.publisher === undefined && faults.articles === undefined && faults.each.every((each) => Object.keys(each).length === 0);

/** The articles as the history drafter reads them: each with an id of its own, and the history's publisher where it names none. */
export function historyArticlesOf(fields: NewHistoryFields): HistoryArticle[] {
	const taken = new Set<string>();
	return fields.articles.map((article) => {
		const id = uniqueId(
			kebab(article.id?.trim() || article.title)
				.slice(0, 60)
				.replace(/-+$/, '') || 'article',
			taken
		);
		taken.add(id);
		const url = article.url.trim();
		return {
			id,
			published: article.published,
			title: article.title.trim(),
			text: article.text,
			publisher: publisherFor(article, fields.publisher),
			language: article.language.trim() || 'en',
			...(url ? { url } : {}),
			...(article.licence ? { licence: article.licence } : {})
		};
	});
}

export interface DraftHistoryOptions {
	/** How many of the ranked events the timeline opens with; the rest are candidates held in reserve. */
	events?: number;
	onProgress?: (progress: HistoryProgress) => void;
	/** Told once the timeline's top events are drafted, before the other candidates are. */
	onTop?: (candidates: readonly HistoryCandidate[]) => void;
}

/** The history of fields that have no faults, drafted as the editor's state. */
export function draftHistoryState(fields: NewHistoryFields, options: DraftHistoryOptions = {}): HistoryState {
	const top = options.events ?? DEFAULT_HISTORY_EVENTS;
	const title = fields.title.trim();
	const draft = historyDocument(historyArticlesOf(fields), {
		id: kebab(title),
		title,
		events: top,
		...(options.onProgress ? { onProgress: options.onProgress } : {}),
		...(options.onTop ? { onTop: options.onTop } : {})
	});
	return historyStateOf(draft, top);
}

/** One of the timeline's top events as the page shows it while the candidates after it are drafted. */
export interface TopEvent {
	title: string;
	/** EDTF. */
	date: string;
	/** How many articles it quotes. */
	articles: number;
}

export const topEventsOf = (candidates: readonly HistoryCandidate[]): TopEvent[] =>
	candidates.map(({ event }) => ({ title: event.title, date: event.date.edtf, articles: reportingArticles(event).length }));

/**
 * How far drafting has got, for a progress bar that only moves forward: each article counts once as it is
 * read for its dates and once as it is drafted. Until reading ends, every article is counted as one to draft.
 */
export function describeHistoryProgress(progress: HistoryProgress, articles: number): ProgressText {
	const { phase, done, total } = progress;
	if (phase === 'reading') return { label: `Reading the dates in the articles: ${formatInteger(done)} of ${formatInteger(total)}`, value: done, max: total + articles };
	return { label: `Drafting events: ${formatInteger(done)} of ${formatInteger(total)} articles`, value: articles + done, max: articles + total };
}

/** An article of a JSON Lines file as the start page holds it; one that names no publisher is credited as the history's other such articles are. */
export function addedArticleOf(article: HistoryArticle): AddedArticle {
	return {
		id: article.id,
		title: article.title?.trim() || article.id,
		publisher: article.publisher?.trim() ?? '',
		language: article.language ?? 'en',
		published: article.published,
		url: article.url ?? '',
		text: article.text,
		...(article.licence ? { licence: article.licence } : {})
	};
}

/** A first line this long or longer is the article's first sentence, not its date line. */
const MAX_DATE_LINE = 60;

/**
 * The day an article's date line gives ("Tuesday, January 15, 2019" above the text, as Wikinews writes
 * it): its first line, when that line is a full date and nothing else. Undefined when it is not, and the
 * editor asks for the day instead.
 */
export function publicationDayOf(text: string): string | undefined {
	const line = text.trimStart().split('\n', 1)[0]!.trim();
	if (line === '' || line.length > MAX_DATE_LINE) return undefined;
	// A date line names its year, so any reference day reads it the same; one that does not ("Yesterday") is no date line.
	const { expressions } = extractTemporalExpressions(line, '2000-01-01');
	const date = expressions.find((e) => e.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(e.value) && e.text.includes(e.value.slice(0, 4)));
	if (!date || /[\p{L}\p{N}]/u.test(line.slice(0, date.start) + line.slice(date.end))) return undefined;
	return date.value;
}
