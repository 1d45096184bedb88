/**
 * Drafting a timeline from an article: one event per dated expression that names something that happened
 * (candidates.ts says which those are, and why the others are not). The same date named again beside the
 * same actor adds an excerpt to the event rather than a second event; each event gets its title (from
 * titles.ts, quotations.ts, or the noun of what happened), lanes from the names it shares with other
 * events, a category, and a note on how its date was read (dating.ts).
 */
import { normaliseForMatching, type TextRange } from '../document/anchor';
import { extractTemporalExpressions } from '../extract/extract';
import type { TemporalExpression } from '../extract/types';
import type { ArticleTimelineDocument, TimelineEventData } from '../document/schema';
import { categorise, CATEGORY_RULES } from './categories';
import { eventId, kebab } from './ids';
import { groupNames, namesOf, type LaneSuggestion, type Name } from './names';
import { uniqueSelector } from './selectors';
import { sentenceSpans, spanAt, type Span } from '../text/sentences';
import { BUILDING_NOUNS, joinTokens, ORGANISATION_NOUNS, sentenceCase, titleFromWords, titleOfReading, withinLimit } from './titles';
import { tagText, tokensIn, type Token } from './tagger';
import { DAY, findCandidates, readingTokens, sentenceBody, type Candidate, type SkippedExpression } from './candidates';
import { dateAsSaid, dateNote, farBefore } from './dating';
import { quotationTitle, redateQuotations } from './quotations';

export { skippedExpressions, type SkippedExpression } from './candidates';

export interface DraftInput {
	text: string;
	/** The publication date, YYYY-MM-DD: the day relative dates count from and the timeline's as-of date. */
	published: string;
	title: string;
	publisher: string;
	language?: string;
	url?: string;
	/** The document's id; by default made from the title. */
	id?: string;
	/** Name the text by a file beside the document (`article.txt`) instead of holding it inline. */
	textFile?: string;
	/** The expressions, when the caller has them already. */
	expressions?: readonly TemporalExpression[];
}

export interface DraftedEvent {
	event: TimelineEventData;
	/** Indices into `expressions` of the words this event was drafted from. */
	expressions: number[];
	/** Why an editor should check this event before publishing it ("far before the article's other events"), if they should. */
	doubt?: string;
}

export interface Draft {
	document: ArticleTimelineDocument;
	expressions: readonly TemporalExpression[];
	events: DraftedEvent[];
	skipped: SkippedExpression[];
}

const MAX_LANES_PER_EVENT = 3;
/** An excerpt longer than this is cut to the words around its date. */
const MAX_EXCERPT = 200;
/** A name that ends in a word for a building ("Bontddu Hall", "Tupua Tamasese Meaole Hospital"). */
const BUILDING_NAME = new RegExp(`\\s(?:${[...BUILDING_NOUNS].join('|')})$`, 'i');

function excerptRange(text: string, clause: Span, stated: TextRange): TextRange {
	if (clause.end - clause.start <= MAX_EXCERPT) return clause;
	const reach = Math.max(0, Math.floor((MAX_EXCERPT - (stated.end - stated.start)) / 2));
	let start = Math.max(clause.start, stated.start - reach);
	let end = Math.min(clause.end, stated.end + reach);
	start = text.slice(start, stated.start).search(/(?<=\s)\S/) >= 0 && start > clause.start ? start + text.slice(start, stated.start).search(/(?<=\s)\S/) : start;
	const tail = text.slice(stated.end, end);
	if (end < clause.end && /\s/.test(tail)) end = stated.end + tail.replace(/\s+\S*$/, '').length;
	return { start, end };
}

/** Nouns that name what happened to their owner, and the headline of it ("its creation in 1950" → "created"). */
const EVENT_NOUNS: Record<string, string> = {
	creation: 'created',
	founding: 'founded',
	foundation: 'founded',
	establishment: 'established',
	formation: 'formed',
	construction: 'built',
	completion: 'completed',
	opening: 'opens',
	closure: 'closes',
	inauguration: 'inaugurated',
	launch: 'launched',
	death: 'dies',
	birth: 'born',
	marriage: 'marries',
	retirement: 'retires',
	resignation: 'resigns',
	arrest: 'arrested',
	release: 'released',
	election: 'elected',
	appointment: 'appointed',
	debut: 'debuts',
	independence: 'gains independence',
	assassination: 'assassinated',
	execution: 'executed',
	discovery: 'discovered'
};

/**
 * "The seat has, since its creation in 1950, always elected …": the date is the creation's, whatever the
 * clause around it says; titled by whose it was and what happened to it ("Blyth Valley created").
 */
function nominalEventTitle(text: string, tokens: readonly Token[], candidate: Candidate, nameFor: (pronoun: Token) => string | undefined): string | undefined {
	if (!/^(?:in|on)\s/i.test(text.slice(candidate.stated.start, candidate.stated.end))) return undefined;
	const at = tokens.findIndex((t) => t.start === candidate.stated.start);
	const noun = tokens[at - 1];
	const owner = tokens[at - 2];
	const happened = noun && EVENT_NOUNS[noun.text.toLowerCase()];
	if (!happened || !owner) return undefined;
	let name: string | undefined;
	if (owner.pos === 'PRON' && /^(?:its|his|her|their)$/i.test(owner.text)) name = nameFor(owner);
	else if (owner.pos === 'PART' && /^['’]s$/.test(owner.text)) {
		let from = at - 3;
		while (from > 0 && tokens[from - 1]!.pos === 'PROPN') from--;
		if (tokens[at - 3]?.pos === 'PROPN') name = joinTokens(tokens.slice(from, at - 2));
	}
	return name ? sentenceCase(`${name} ${happened}`) : undefined;
}

/** Content words, for telling whether two mentions of a date are one event. */
const contentWords = (tokens: readonly Token[]) => new Set(tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'VERB').map((t) => t.lemma));

function overlap(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.min(a.size, b.size);
}

export function draftTimeline(input: DraftInput): Draft {
	const { text, published } = input;
	const expressions = input.expressions ?? extractTemporalExpressions(text, published).expressions;
	const sentences = sentenceSpans(text);
	const tokens = tagText(text);
	const skipped: SkippedExpression[] = [];
	const candidates = findCandidates(text, expressions, { tokens, sentences }, skipped);
	for (const candidate of candidates) {
		const words = text.slice(candidate.stated.start, candidate.stated.end);
		candidate.edtf = dateAsSaid(words, candidate.edtf, published);
	}
	const saidOn = redateQuotations(text, candidates, expressions, published, sentences);

	const datesOverlap = (n: Name) => expressions.some((e) => e.start < n.end && n.start < e.end);
	// The names of each sentence, found once: for lanes, and for the pronouns that stand for them.
	const namesBySentence = new Map<number, Name[]>();
	const namesOfSentence = (sentence: Span): Name[] => {
		let names = namesBySentence.get(sentence.start);
		if (!names) namesBySentence.set(sentence.start, (names = namesOf(text, tokensIn(tokens, sentence.start, sentence.end)).filter((n) => !datesOverlap(n))));
		return names;
	};
	const allNames = sentences.flatMap(namesOfSentence);
	const { lanes: allLanes, laneOf } = groupNames(allNames);
	const mainPerson = allLanes.filter((l) => l.kind === 'person').sort((a, b) => b.mentions - a.mentions)[0];
	// The subjects of the clauses read, in text order, for "it": none a pronoun itself.
	const subjectsInOrder = candidates
		.flatMap((c) => [c.reading?.subject ?? [], c.reading?.said?.subject ?? []])
		.filter((s) => s.length > 0 && !(s.length === 1 && s[0]!.pos === 'PRON'))
		.sort((a, b) => a.at(-1)!.end - b.at(-1)!.end);
	/** The name a pronoun stands for: "he" or "she" a person named nearby, "it" or "they" the subject before it. */
	const nameFor = (pronoun: Token): string | undefined => {
		// A possessive stands for whom its pronoun would: "his" for "he", "its" for "it".
		const lower = ({ his: 'he', its: 'it', their: 'they' } as Record<string, string>)[pronoun.text.toLowerCase()] ?? pronoun.text.toLowerCase();
		const before = allNames.filter((n) => n.end <= pronoun.start);
		if (lower === 'he' || lower === 'she' || lower === 'him' || lower === 'her') {
			// Of the people named in this sentence and the two before, the one the article is most about; in a
			// tie, the first named in the nearest sentence (what a sentence is about).
			const people = before.filter((n) => laneOf(n).kind === 'person');
			const at = spanAt(sentences, pronoun.start);
			const window = [at, ...sentences.filter((s) => s.end <= pronoun.start).reverse()].slice(0, 3).filter((s): s is Span => s !== undefined);
			const near = window.flatMap((s) => people.filter((n) => n.start >= s.start && n.end <= s.end).map(laneOf));
			const best = near.reduce<LaneSuggestion | undefined>((chosen, lane) => (!chosen || lane.mentions > chosen.mentions ? lane : chosen), undefined);
			// Someone named once nearby (a witness) is less likely "he" than the person the article is about.
			if (best && best.mentions < 2 && mainPerson && mainPerson.mentions >= 3) return mainPerson.label;
			return (best ?? (people.at(-1) ? laneOf(people.at(-1)!) : mainPerson))?.label;
		}
		// "The Boeing company … and its Starliner craft": "its" is first what its own sentence has named.
		if (/^its$/i.test(pronoun.text)) {
			const sentence = spanAt(sentences, pronoun.start);
			const named = sentence ? before.find((n) => n.start >= sentence.start && laneOf(n).kind !== 'person') : undefined;
			if (named) return laneOf(named).label;
		}
		// "The hotel": the building the article is about, named with a word for a building ("Bontddu Hall").
		if (BUILDING_NOUNS.has(lower)) {
			const buildings = before.filter((n) => BUILDING_NAME.test(n.text));
			const most = buildings.map(laneOf).reduce<LaneSuggestion | undefined>((chosen, lane) => (!chosen || lane.mentions > chosen.mentions ? lane : chosen), undefined);
			return most?.label;
		}
		// "The band": the organisation named last, a few sentences back at most.
		if (ORGANISATION_NOUNS.has(lower)) {
			// Of those named nearby, one that was the first name of its sentence (its subject, most often).
			const near = before.filter((n) => laneOf(n).kind === 'organisation' && n.end > pronoun.start - 400);
			const first = near.filter((n) => namesOfSentence(spanAt(sentences, n.start) ?? { start: n.start, end: n.end })[0] === n);
			const chosen = first.at(-1) ?? near.at(-1);
			return chosen ? laneOf(chosen).label : undefined;
		}
		if (lower === 'they' || lower === 'it') {
			// "It" is what the clause before was about: the last subject that is not itself a pronoun.
			const subject = subjectsInOrder.filter((s) => s.at(-1)!.end <= pronoun.start && s.at(-1)!.end > pronoun.start - 400).at(-1);
			if (subject) return joinTokens(subject.filter((t, i) => !(i === 0 && /^(?:the|a|an)$/i.test(t.text))));
			const last = before.filter((n) => n.kind !== 'person' && n.end > pronoun.start - 300).at(-1);
			return last ? laneOf(last).label : undefined;
		}
		return undefined;
	};

	const namesOfCandidate = (c: Candidate): { subject: LaneSuggestion[]; others: LaneSuggestion[] } => {
		const names = namesOfSentence(c.sentence);
		const within = (tokens: readonly Token[]) => names.filter((n) => tokens.some((t) => t.start < n.end && n.start < t.end));
		const reading = c.reading?.said && !c.reading.subject.length ? c.reading.said : c.reading;
		let subject = reading ? within(reading.subject).map(laneOf) : [];
		if (reading && subject.length === 0 && reading.subject.length === 1 && reading.subject[0]!.pos === 'PRON') {
			const name = nameFor(reading.subject[0]!);
			const lane = allLanes.find((l) => l.label === name);
			if (lane) subject = [lane];
		}
		// A clause with no subject of its own ("Since seizing it in 2021, the Taliban …") is about its sentence's first name.
		if (reading && reading.subject.length === 0 && names.length > 0) subject = [laneOf(names[0]!)];
		const words = c.reading ? readingTokens(c.reading) : tokensIn(tokens, c.clause.start, c.clause.end);
		const inClause = within(words).map(laneOf);
		return { subject: [...new Set(subject)], others: [...new Set(inClause)].filter((l) => !subject.includes(l)) };
	};

	// One event per thing that happened on a date: the same date said again of the same subject, in the
	// same sentence, or by a name for the day ("Super Tuesday"), adds an excerpt to the event.
	interface Merged {
		candidate: Candidate;
		names: { subject: LaneSuggestion[]; others: LaneSuggestion[] };
		words: Set<string>;
		more: Candidate[];
	}
	const merged: Merged[] = [];
	const wordsOf = (c: Candidate) => contentWords(tokensIn(tokens, c.clause.start, c.clause.end).filter((t) => !(t.start < c.stated.end && c.stated.start < t.end)));
	for (const candidate of candidates) {
		const names = namesOfCandidate(candidate);
		const words = wordsOf(candidate);
		// A clock time with no day in its sentence is an hour of the day the article has been telling.
		const sameDay = candidate.clockOnly
			? merged.findLast((m) => DAY.test(m.candidate.edtf.slice(0, 10)) && candidate.edtf.startsWith(`${m.candidate.edtf.slice(0, 10)}T`))
			: undefined;
		const same =
			sameDay ??
			merged.find(
				(m) =>
					m.candidate.edtf === candidate.edtf &&
					(m.candidate.sentence.start === candidate.sentence.start ||
						candidate.namedDay ||
						m.candidate.namedDay ||
						(names.subject.length > 0 && names.subject.some((l) => m.names.subject.includes(l)) && (DAY.test(candidate.edtf.slice(0, 10)) || overlap(words, m.words) >= 0.3)) ||
						overlap(words, m.words) >= 0.5)
			);
		if (same) {
			same.more.push(candidate);
			// A name for the day says less than the clause that tells what happened on it.
			if (same.candidate.namedDay && !candidate.namedDay) [same.candidate, same.more[same.more.length - 1]] = [candidate, same.candidate];
		} else merged.push({ candidate, names, words, more: [] });
	}

	// Lanes are the actors several events are about; an event's own subject comes first.
	const eventsOfLane = new Map<LaneSuggestion, number>();
	for (const m of merged) for (const lane of new Set([...m.names.subject, ...m.names.others])) eventsOfLane.set(lane, (eventsOfLane.get(lane) ?? 0) + 1);
	const shared = (lane: LaneSuggestion) => (eventsOfLane.get(lane) ?? 0) > 1;

	const doubtful = farBefore(
		merged.map((m) => m.candidate.edtf),
		published
	);
	const normalised = normaliseForMatching(text);
	const usedIds = new Set<string>();
	const usedLanes = new Map<string, { id: string; label: string }>();
	const usedCategories = new Set<string>();
	const events: DraftedEvent[] = merged.map(({ candidate, names, more }) => {
		const statedWords = text.slice(candidate.stated.start, candidate.stated.end);
		const clauseText = text.slice(candidate.clause.start, candidate.clause.end);
		const sentenceText = text.slice(candidate.sentence.start, candidate.sentence.end);
		const sentenceNames = namesOfSentence(candidate.sentence);
		const actor = sentenceNames.length ? laneOf(sentenceNames[0]!).label : mainPerson?.label;
		const clauseDates = expressions
			.filter((e) => e.start >= candidate.clause.start && e.end <= candidate.clause.end)
			.map((e) => ({ start: e.start - candidate.clause.start, end: e.end - candidate.clause.start }));
		const title =
			withinLimit(quotationTitle(text, tokens, sentences, candidate, nameFor) ?? '') ||
			withinLimit(nominalEventTitle(text, tokens, candidate, nameFor) ?? '') ||
			(candidate.reading ? titleOfReading(candidate.reading, { nameFor, ...(actor ? { actor } : {}) }) : '') ||
			titleFromWords(clauseText, clauseDates) ||
			statedWords;
		const id = eventId(title, usedIds);
		usedIds.add(id);
		const category = categorise(clauseText, sentenceText);
		if (category) usedCategories.add(category.id);
		const eventLanes = [...names.subject, ...names.others].filter(shared).slice(0, MAX_LANES_PER_EVENT);
		for (const lane of eventLanes) usedLanes.set(lane.id, { id: lane.id, label: lane.label });
		const excerpts = [candidate, ...more].map((c) => uniqueSelector(text, normalised, excerptRange(text, sentenceBody(text, c.sentence), c.stated)));
		const said = saidOn.get(candidate);
		const event: TimelineEventData = {
			id,
			title,
			summary: sentenceText.trim(),
			origin: 'article',
			...(category ? { category: category.id } : {}),
			lanes: eventLanes.map((l) => l.id),
			stated: { text: statedWords, edtf: candidate.edtf },
			date: {
				edtf: candidate.edtf,
				...(candidate.approximate ? { approximate: true } : {}),
				method: candidate.method,
				note: dateNote(statedWords, candidate, published, said),
				citations: []
			},
			excerpts
		};
		// Only a bare number can be a misread count: "On March 18, 1965" in an obituary is history.
		const doubt =
			doubtful(candidate.edtf) && /^\d{3,4}$/.test(expressions[candidate.expressions[0]!]!.text)
				? `${candidate.edtf.slice(0, 4)} is years before every other event of an article about ${published.slice(0, 4)}: is “${statedWords}” a date here?`
				: undefined;
		return { event, expressions: [candidate, ...more].flatMap((c) => c.expressions), ...(doubt ? { doubt } : {}) };
	});

	// A date line at the top that is the publication date states it; otherwise the date is the editor's.
	const dateLine = skipped.some((s) => s.reason === "the article's date line" && expressions[s.expression]?.value === published);
	const asOf = dateLine
		? { date: published, method: 'stated' as const, note: 'The date line at the top of the article gives it.' }
		: { date: published, method: 'external' as const, note: 'The publication date, as given when the timeline was drafted.', citations: [] };
	const categories = CATEGORY_RULES.filter((c) => usedCategories.has(c.id)).map(({ id, label }) => ({ id, label }));
	const document: ArticleTimelineDocument = {
		version: 1,
		id: input.id ?? (kebab(input.title).split('-').slice(0, 8).join('-') || 'timeline'),
		article: {
			title: input.title,
			publisher: input.publisher,
			language: input.language ?? 'en',
			...(input.url ? { url: input.url } : {}),
			...(input.textFile ? { textFile: input.textFile } : { text }),
			asOf
		},
		lanes: [...usedLanes.values()],
		categories,
		events: events.map((e) => e.event)
	};
	return { document, expressions, events, skipped };
}
