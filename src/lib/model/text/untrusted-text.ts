/**
 * Text and links from a document, made safe to show. A document may come from anyone (?src=, a converted
 * TimelineJS3 sheet, the editor), and its strings are shown beside each other: in the list, the tooltip,
 * the chart's labels and the exported SVG. Two things could mislead a reader there:
 *
 * - characters that are invisible, or that reorder the text around them (bidi overrides, embeddings and
 *   isolates), could make one event's title look like another's, or turn "not guilty" around;
 * - a link could run script (javascript:), load data: or open a host other than the one it names
 *   (http://bank.example@evil.example/).
 *
 * Names (titles, labels, publishers, captions) show every such character as a visible mark, ⟨U+202E⟩,
 * so that two names that differ never look alike; prose (summaries, excerpts, the article) shows only the
 * characters that reorder text or are not text at all, and keeps the soft hyphens, joiners and marks that
 * real prose uses. Characters that shape what is seen are kept in both: a joiner between two letters of a
 * script that joins them (Persian's ZWNJ, Devanagari's ZWJ), an emoji's joiners and variation selectors,
 * and a flag's tag sequence. Right-to-left text is never escaped: the views isolate it (<bdi>, dir="auto",
 * or FSI…PDI in plain text) so that it reads naturally and does not reorder its neighbours.
 */

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: plain text's <bdi>. */
const FSI = '\u2068';
const PDI = '\u2069';

/** What opens a mark; a ⟨ from the data that could be read as a mark's start is itself shown as one. */
const MARK_OPEN = '⟨';
const MARK_CLOSE = '⟩';

/**
 * Every character a name may not show as it is, and a ⟨ that could be read as a mark, each matched alone;
 * a flag's whole tag sequence comes first, so that it is matched (and kept) whole.
 */
const NAME_HIDDEN =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what must not show as they are
	/\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,7}\u{E007F}|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufff9-\ufffb\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Noncharacter_Code_Point}\p{Cs}]|⟨(?=U\+)/gu;

/** The characters prose may not show as they are: controls, embeddings, overrides and isolates, smuggled tags. */
const PROSE_HIDDEN =
	// eslint-disable-next-line no-control-regex -- as above
	/\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,7}\u{E007F}|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\u{E0000}-\u{E007F}\p{Noncharacter_Code_Point}\p{Cs}]|⟨(?=U\+)/gu;

/** Letters and marks of the scripts in which ZWJ and ZWNJ change how neighbouring letters are drawn. */
const JOINING_LETTER =
	/^(?=[\p{L}\p{M}])[\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Mand}\p{scx=Phag}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Tibt}]$/u;
/** Letters and marks of the scripts written without spaces, where a zero-width space marks where a line may break. */
const UNSPACED_LETTER = /^(?=[\p{L}\p{M}])[\p{scx=Thai}\p{scx=Laoo}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Tibt}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const EMOJI_BEFORE_JOINER = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI = /^\p{Emoji}$/u;
const IDEOGRAPH = /^\p{Ideographic}$/u;
const MONGOLIAN = /^\p{scx=Mong}$/u;

/** The character (whole code point) that ends before `index`, or '' at the start. */
function charBefore(text: string, index: number): string {
	if (index === 0) return '';
	const low = text.charCodeAt(index - 1);
	const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 && /[\ud800-\udbff]/.test(text[index - 2]!) ? index - 2 : index - 1;
	return text.slice(start, index);
}

/** The character (whole code point) that starts at `index`, or '' at the end. */
function charAt(text: string, index: number): string {
	const code = text.codePointAt(index);
	return code === undefined ? '' : String.fromCodePoint(code);
}

/** Whether a hidden character shapes what its neighbours look like here, and so is kept. */
function shapes(char: string, before: string, after: string): boolean {
	switch (char) {
		case '\u200c':
		case '\u200d':
			return (JOINING_LETTER.test(before) && JOINING_LETTER.test(after)) || (char === '\u200d' && EMOJI_BEFORE_JOINER.test(before) && PICTOGRAPH.test(after));
		case '\u200b':
			return UNSPACED_LETTER.test(before) && UNSPACED_LETTER.test(after);
		case '\ufe0e':
		case '\ufe0f':
			return EMOJI.test(before);
		case '\u180b':
		case '\u180c':
		case '\u180d':
		case '\u180f':
			return MONGOLIAN.test(before);
	}
	const code = char.codePointAt(0)!;
	return code >= 0xe0100 && code <= 0xe01ef && IDEOGRAPH.test(before);
}

/** A character as a visible mark: ⟨U+202E⟩. */
export function markOf(char: string): string {
	return `${MARK_OPEN}U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}${MARK_CLOSE}`;
}

function reveal(text: string, hidden: RegExp, mark: (char: string) => string = markOf): string {
	hidden.lastIndex = 0;
	if (!hidden.test(text)) return text;
	return text.replace(hidden, (match: string, offset: number) => {
		if (match.length > 2) return match; // a flag's tag sequence
		if (match === MARK_OPEN) return mark(match);
		return shapes(match, charBefore(text, offset), charAt(text, offset + match.length)) ? match : mark(match);
	});
}

/** A character as JSON's escape: \u202e, or a surrogate pair's two. */
function jsonEscapeOf(char: string): string {
	if (char === MARK_OPEN) return char;
	let escaped = '';
	for (let i = 0; i < char.length; i++) escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
	return escaped;
}

/**
 * JSON text (JSON.stringify's) with every character a name would show as a mark written as a \u escape:
 * the same data, but a text editor, a diff or a terminal shows the file as it is, with no override turning
 * its lines around and no invisible character in a title.
 */
export function escapeHiddenInJson(json: string): string {
	return reveal(json, NAME_HIDDEN, jsonEscapeOf);
}

/**
 * A name from a document (an event's title, a lane's label, a publisher, a caption, an id) as shown: every
 * invisible character, bidi control and non-character shown as a visible ⟨U+XXXX⟩ mark, except where it
 * shapes the letters or emoji around it. Two different names never come out the same (a ⟨ that could be
 * read as a mark's start is shown as one, ⟨U+27E8⟩); right-to-left letters are kept as they are.
 */
export function shownName(text: string): string {
	return reveal(text, NAME_HIDDEN);
}

/**
 * Prose from a document (a summary, a note, an excerpt, the article) as shown: control characters, bidi
 * embeddings, overrides and isolates, and tag characters outside a flag shown as marks; the soft hyphens,
 * zero-width spaces, joiners and directional marks that prose in many languages uses are kept.
 */
export function shownProse(text: string): string {
	return reveal(text, PROSE_HIDDEN);
}

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the scripts of their blocks). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Shown text in plain text, where no <bdi> can isolate it (the chart's labels on the canvas and in the
 * SVG, a line of the SVG's header): between FSI and PDI, so that its own first letter sets its direction
 * and it neither takes nor gives its neighbours'. Shown text holds no PDI of its own, so it cannot end the
 * isolate early. Text without right-to-left letters is left as it is: isolating it would change nothing.
 */
export function isolated(shown: string): string {
	return RIGHT_TO_LEFT.test(shown) ? `${FSI}${shown}${PDI}` : shown;
}

/** A name from a document as plain text shows it among other words: shown (shownName), then isolated. */
export function isolatedName(text: string): string {
	return isolated(shownName(text));
}

/**
 * Where shown text may be cut (with "…") at or before `index`: not between the halves of a surrogate pair,
 * nor inside a mark, which would leave half a character or a mark that reads as another.
 */
export function cutIndex(shown: string, index: number): number {
	let cut = index;
	const code = shown.charCodeAt(cut - 1);
	if (code >= 0xd800 && code <= 0xdbff) cut--;
	const open = shown.lastIndexOf(MARK_OPEN, cut - 1);
	if (open !== -1 && /^⟨U\+[0-9A-F]{0,6}$/.test(shown.slice(open, cut)) && shown.indexOf(MARK_CLOSE, open) >= cut) cut = open;
	return cut;
}

/** XML 1.0's characters: anything else makes the document unreadable, even as a character reference. */
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text as XML character data or an attribute value: markup escaped, and any character XML does not allow
 * (a control character, a lone surrogate, U+FFFE) shown as a mark, so that the file always parses.
 */
export function escapeXml(text: string): string {
	return text.replace(NOT_XML, markOf).replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A link from a document as an href, or undefined: only an absolute http(s) URL with no user name or
 * password (http://bank.example@evil.example/ names one host and opens another). Parsed as the browser
 * will parse it (which drops tabs and newlines, so "java\nscript:" is javascript:), and given back in that
 * form, so that what was checked is what opens.
 */
export function safeHref(url: string | undefined): string | undefined {
	if (!url) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
	if (parsed.username || parsed.password || !parsed.hostname) return undefined;
	return parsed.href;
}

/** The rel of every link whose href comes from a document: the page it opens gets no hold on this one, nor its address. */
export const DATA_LINK_REL = 'noopener noreferrer';

/**
 * What a fault's reason quotes of the document (a date, a value, a cell): whole, unless it is long enough
 * to drown the reason (the fuzzer's megabyte of digits), then its first 57 characters and "…".
 */
export function clippedForFault(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
