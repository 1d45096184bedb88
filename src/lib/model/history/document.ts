/**
 * A history as a timeline document of many articles: the ranked events of draftHistory, each made a
 * document event that cites every article reporting it. Its words come from the single-article drafter
 * (draftTimeline), run on each article that reports a chosen event: the drafted event whose date is the
 * mention's own words gives the excerpt in that article, and the representative mention's gives the
 * event's title, summary, stated date, lanes and category. A mention the drafter did not take for an event
 * (a point of reference, "ahead of Tuesday's vote") is not one here either, so an event that is only
 * such mentions is left among the candidates.
 */
import type { Licence, SourceArticleData, TimelineDocument, TimelineEventData } from '../document/schema';
import { draftTimeline, type Draft, type DraftedEvent } from '../draft/draft';
import { eventId, kebab, uniqueId } from '../draft/ids';
import type { TemporalExpression } from '../extract/types';
import type { HistoryArticle } from './articles';
import { excerptIdentity } from '../document/articles';
import { draftHistory, type History, type HistoryEvent } from './history';
import { publisherOf, type Mention } from './mentions';

export interface HistoryDocumentOptions {
	id: string;
	title: string;
	/** How many events the timeline holds, from the top of the ranking; the rest are candidates. */
	events?: number;
	/** The publisher of articles that name none (else their address's host). */
	publisher?: string;
	/** Each article's text is named as a file beside the document (`<article id>.txt`) rather than held inline. */
	textFiles?: boolean;
	/** Told after each article is read for its dates, and after each is drafted to title events: how far drafting has got. */
	onProgress?: (progress: HistoryProgress) => void;
	/**
	 * Told once the document's events (the top of the ranking) are made, before the other candidates are:
	 * they need only the articles that report them drafted, so a page can show them while the rest are.
	 */
	onTop?: (candidates: readonly HistoryCandidate[]) => void;
}

/** How far drafting a history has got: its articles read for their dates, then drafted to title its events. */
export interface HistoryProgress {
	phase: 'reading' | 'drafting';
	done: number;
	/** Every article is read; those that report a day are drafted (each once, when an event first needs it). */
	total: number;
}

/** A history event as the document gives it, with where it stands in the ranking. */
export interface HistoryCandidate {
	event: TimelineEventData;
	/** The history event it was made from: its day, score and every mention. */
	source: HistoryEvent;
}

export interface HistoryDraft {
	document: TimelineDocument;
	history: History;
	/** The document's events first (as ranked), then every other event the drafter could title, ranked. */
	candidates: HistoryCandidate[];
	/** The article id of each input article in the document (kebab-case and unique), in the input's order. */
	articleIds: string[];
	/** The lanes and categories of every candidate, the document's and those only candidates beyond it have. */
	labels: { lanes: Labelled[]; categories: Labelled[] };
}

/** An article id as long as this is cut, at a word: it names the article's text file too. */
const MAX_ARTICLE_ID = 80;

/** The document's id for an article: its own in kebab-case, cut at a word when very long. */
function articleIdOf(given: string): string {
	const id = /[a-z0-9]/i.test(given) ? kebab(given) : 'article';
	if (id.length <= MAX_ARTICLE_ID) return id;
	const cut = id.slice(0, MAX_ARTICLE_ID + 1);
	return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1));
}

type Labelled = { id: string; label: string };

/** At most this many lanes per event, as in a one-article draft. */
const MAX_LANES = 3;
/** By default a history's timeline holds its top events, the rest staying candidates. */
export const DEFAULT_HISTORY_EVENTS = 40;

interface ArticleWork {
	article: HistoryArticle;
	id: string;
	/** The temporal expressions found in its text when its dates were read. */
	expressions?: readonly TemporalExpression[];
	draft?: Draft;
	/** The drafted event of each temporal expression it was drafted from, by the expression's start. */
	eventAt?: Map<number, DraftedEvent>;
}

function articleData(work: ArticleWork, options: HistoryDocumentOptions): SourceArticleData {
	const { article, id } = work;
	const licence: Licence | undefined = article.licence;
	return {
		id,
		title: article.title?.trim() || id,
		publisher: article.publisher?.trim() || options.publisher || publisherOf(article) || 'Unknown publisher',
		language: article.language ?? 'en',
		...(article.url ? { url: article.url } : {}),
		...(licence ? { licence } : {}),
		...(options.textFiles ? { textFile: `${id}.txt` } : { text: article.text }),
		published: article.published
	};
}

type DraftedWork = ArticleWork & Required<Pick<ArticleWork, 'draft' | 'eventAt'>>;

/** The article's one-article draft, made when an event first needs it; `ondrafted` is told when one is made. */
function drafted(work: ArticleWork, ondrafted: () => void): DraftedWork {
	if (!work.draft) {
		const { article, expressions } = work;
		work.draft = draftTimeline({
			text: article.text,
			published: article.published,
			title: article.title ?? work.id,
			publisher: article.publisher ?? '',
			...(expressions ? { expressions } : {})
		});
		ondrafted();
		work.eventAt = new Map();
		for (const event of work.draft.events) for (const index of event.expressions) work.eventAt.set(work.draft.expressions[index]!.start, event);
	}
	return work as DraftedWork;
}

/** Lanes and categories across the articles, one id per label. */
class Labels {
	readonly lanes = new Map<string, Labelled>();
	readonly categories = new Map<string, Labelled>();
	#ids = { lanes: new Set<string>(), categories: new Set<string>() };

	idOf(kind: 'lanes' | 'categories', label: string): string {
		const key = label.toLowerCase();
		const known = this[kind].get(key);
		if (known) return known.id;
		const id = uniqueId(kebab(label), this.#ids[kind]);
		this.#ids[kind].add(id);
		this[kind].set(key, { id, label });
		return id;
	}
}

/** A document event from a history event, or undefined when the drafter took none of its mentions for an event. */
function documentEvent(event: HistoryEvent, works: ReadonlyMap<string, ArticleWork>, labels: Labels, taken: Set<string>, ondrafted: () => void): TimelineEventData | undefined {
	const matches: { mention: Mention; work: DraftedWork; drafted: DraftedEvent }[] = [];
	for (const mention of event.mentions) {
		const work = drafted(works.get(mention.article)!, ondrafted);
		const found = work.eventAt.get(mention.expression.start);
		if (found) matches.push({ mention, work, drafted: found });
	}
	if (matches.length === 0) return undefined;
	const representative = matches.find((m) => m.mention === event.representative) ?? matches[0]!;
	const excerpts: TimelineEventData['excerpts'] = [];
	const seen = new Set<string>();
	for (const { work, drafted: one } of matches) {
		for (const selector of one.event.excerpts) {
			const excerpt = { ...selector, article: work.id };
			const key = excerptIdentity(excerpt);
			if (seen.has(key)) continue;
			seen.add(key);
			excerpts.push(excerpt);
		}
	}
	// An event's lanes: those its reports name most often, its representative's first.
	const laneCounts = new Map<string, number>();
	for (const { work, drafted: one } of [representative, ...matches]) {
		for (const lane of one.event.lanes) {
			const label = work.draft.document.lanes.find((l) => l.id === lane)?.label;
			if (label) laneCounts.set(label, (laneCounts.get(label) ?? 0) + 1);
		}
	}
	const lanes = [...laneCounts].sort((a, b) => b[1] - a[1]).slice(0, MAX_LANES);
	const { title, summary, stated, date, category } = representative.drafted.event;
	const categoryLabel = category && representative.work.draft.document.categories.find((c) => c.id === category)?.label;
	const id = eventId(title, taken);
	taken.add(id);
	return {
		id,
		title,
		summary,
		origin: 'article',
		...(categoryLabel ? { category: labels.idOf('categories', categoryLabel) } : {}),
		lanes: lanes.map(([label]) => labels.idOf('lanes', label)),
		...(stated ? { stated } : {}),
		date,
		excerpts
	};
}

/** The history of `articles`, as a timeline document of its top events and the ranked candidates beyond them. */
export function historyDocument(articles: readonly HistoryArticle[], options: HistoryDocumentOptions): HistoryDraft {
	const { onProgress, onTop } = options;
	const history = draftHistory(articles, { onArticleRead: (done, total) => onProgress?.({ phase: 'reading', done, total }) });
	const articleIds: string[] = [];
	const taken = new Set<string>();
	const works = new Map<string, ArticleWork>();
	for (const article of articles) {
		const id = uniqueId(articleIdOf(article.id), taken);
		taken.add(id);
		articleIds.push(id);
		const expressions = history.expressions.get(article.id);
		works.set(article.id, { article, id, ...(expressions ? { expressions } : {}) });
	}
	const reporting = new Set(history.events.flatMap((event) => event.articles)).size;
	let drafts = 0;
	const ondrafted = () => onProgress?.({ phase: 'drafting', done: ++drafts, total: reporting });
	const labels = new Labels();
	const eventIds = new Set<string>();
	const candidates: HistoryCandidate[] = [];
	const top = options.events ?? DEFAULT_HISTORY_EVENTS;
	let toldTop = false;
	for (const source of history.events) {
		const event = documentEvent(source, works, labels, eventIds, ondrafted);
		if (event) candidates.push({ event, source });
		if (!toldTop && candidates.length === top) {
			toldTop = true;
			onTop?.(candidates.slice());
		}
	}
	if (!toldTop) onTop?.(candidates.slice());
	const shown = candidates.slice(0, top);
	const events = shown.map((c) => c.event);
	const usedLanes = new Set(events.flatMap((e) => e.lanes));
	const usedCategories = new Set(events.map((e) => e.category));
	const document: TimelineDocument = {
		version: 1,
		id: options.id,
		title: options.title,
		articles: articles.map((article) => articleData(works.get(article.id)!, options)),
		lanes: [...labels.lanes.values()].filter((lane) => usedLanes.has(lane.id)),
		categories: [...labels.categories.values()].filter((category) => usedCategories.has(category.id)),
		events
	};
	return { document, history, candidates, articleIds, labels: { lanes: [...labels.lanes.values()], categories: [...labels.categories.values()] } };
}
