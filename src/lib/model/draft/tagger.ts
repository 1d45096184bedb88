/**
 * The words of an article with their parts of speech, read once by the wink-nlp library and its English
 * web model (Universal POS tags and lemmas): what the drafter reads a clause's verb, subject and object
 * from. wink is chosen over compromise, which the drafter used before, because it tags more accurately
 * and about fifteen times as fast (docs/extraction.md gives the figures).
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type PartOfSpeech =
	'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
	/** UTF-16 offsets into the text. */
	start: number;
	end: number;
	text: string;
	pos: PartOfSpeech;
	/** The dictionary form, lower-case ("said" → "say"). */
	lemma: string;
	/** A number the tagger reads as a count ("1720 had been discharged"), not a date. */
	count: boolean;
}

let reader: WinkMethods | undefined;

/** Every word and mark of `text`, in order, with offsets into it. */
export function tagText(text: string): Token[] {
	reader ??= winkNLP(model);
	const its = reader.its;
	const doc = reader.readDoc(text);
	const words = doc.tokens().out(its.value) as string[];
	const tags = doc.tokens().out(its.pos) as PartOfSpeech[];
	const lemmas = doc.tokens().out(its.lemma as ItsFunction<string>) as string[];
	const kinds = doc.entities().out(its.detail) as unknown as { type: string }[];
	const spans = doc.entities().out(its.span) as unknown as [number, number][];
	const counts = new Set<number>();
	kinds.forEach(({ type }, e) => {
		if (type !== 'CARDINAL') return;
		const [first, last] = spans[e]!;
		for (let i = first; i <= last; i++) counts.add(i);
	});
	const tokens: Token[] = [];
	let at = 0;
	/** A capitalised word at the start of a sentence that is a common noun in lower case ("Protesters marched"). */
	const commonNoun = (word: string): { lemma: string } | undefined => {
		const lower = word.toLowerCase();
		const seen = reader!.readDoc(lower);
		const pos = seen.tokens().out(its.pos) as PartOfSpeech[];
		const lemma = seen.tokens().out(its.lemma as ItsFunction<string>) as string[];
		return pos.length === 1 && pos[0] === 'NOUN' ? { lemma: lemma[0] ?? lower } : undefined;
	};
	words.forEach((word, i) => {
		// wink keeps each token's text as written; finding it from where the last one ended gives its offsets.
		const start = text.indexOf(word, at);
		if (start < 0) return;
		const end = start + word.length;
		at = end;
		let pos = tags[i] ?? 'X';
		let lemma = (lemmas[i] ?? word).toLowerCase();
		const previous = tokens.at(-1);
		const startsSentence = !previous || /^[.!?\n]/.test(previous.text) || previous.pos === 'SPACE';
		if (pos === 'PROPN' && startsSentence && /^\p{Lu}\p{Ll}+s$/u.test(word)) {
			const noun = commonNoun(word);
			if (noun && noun.lemma !== word.toLowerCase()) [pos, lemma] = ['NOUN', noun.lemma];
		}
		// The model splits a word at a letter it does not know ("Erdoğan" → "Erdo", "ğ", "an"): one word again.
		if (
			previous &&
			previous.end === start &&
			/\p{L}$/u.test(previous.text) &&
			/^\p{L}/u.test(word) &&
			(pos === 'X' || previous.pos === 'X' || /[^\p{ASCII}]/u.test(previous.text + word))
		) {
			const text = previous.text + word;
			tokens[tokens.length - 1] = { ...previous, end, text, pos: previous.pos === 'X' ? pos : previous.pos, lemma: text.toLowerCase() };
			return;
		}
		tokens.push({ start, end, text: word, pos, lemma, count: counts.has(i) });
	});
	retagHeadlineSlips(tokens, (word) => {
		const seen = reader!.readDoc(`they ${word.toLowerCase()} it`);
		return ((seen.tokens().out(its.lemma as ItsFunction<string>) as string[])[1] ?? word).toLowerCase();
	});
	return tokens;
}

const OBJECT_DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|these|those)$/i;

/**
 * Corrects the model where news English trips it and the drafter would read the wrong clause: "limited the
 * amount" (an adjective before a determiner is a verb), "the allowed amount", "two live jackals" (a verb
 * between a determiner or a number and its noun is an adjective), "two packs" (a verb in -s after a number
 * is a plural noun).
 */
function retagHeadlineSlips(tokens: Token[], verbLemma: (word: string) => string): void {
	tokens.forEach((t, i) => {
		const before = tokens[i - 1];
		const after = tokens[i + 1];
		if (t.pos === 'ADJ' && /ed$/i.test(t.text) && after && OBJECT_DETERMINER.test(after.text) && before && ['NOUN', 'PROPN', 'PRON', 'ADV'].includes(before.pos)) {
			tokens[i] = { ...t, pos: 'VERB', lemma: verbLemma(t.text) };
		} else if (
			t.pos === 'VERB' &&
			((before?.pos === 'DET' && /ed$/i.test(t.text) && ['NOUN', 'ADJ', 'NUM'].includes(after?.pos ?? '')) ||
				(before?.pos === 'NUM' && !/(?:ed|ing)$/i.test(t.text) && after?.pos === 'NOUN'))
		) {
			tokens[i] = { ...t, pos: 'ADJ' };
		} else if (
			t.pos === 'VERB' &&
			/[^s]s$/i.test(t.text) &&
			before?.pos === 'NUM' &&
			!before.text.match(/^\d{4}$/) &&
			!(after && (OBJECT_DETERMINER.test(after.text) || after.pos === 'PRON'))
		) {
			tokens[i] = { ...t, pos: 'NOUN', lemma: t.text.toLowerCase().replace(/s$/, '') };
		}
	});
}

/** The tokens inside `[start, end)`. `tokens` is in text order. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid]!.end <= start) lo = mid + 1;
		else hi = mid;
	}
	const inside: Token[] = [];
	for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) if (tokens[i]!.start >= start) inside.push(tokens[i]!);
	return inside;
}
