import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutIndex, escapeHiddenInJson, escapeXml, isolated, markOf, safeHref, shownName, shownProse } from '../../../src/lib/model/text/untrusted-text';

/** Reads shown text back: every mark becomes its character again. */
const unmark = (shown: string) => shown.replace(/⟨U\+([0-9A-F]{4,6})⟩/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

/** Bidi controls and characters that draw nothing. */
const HIDDEN = [
	'\u202a',
	'\u202b',
	'\u202c',
	'\u202d',
	'\u202e',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u200e',
	'\u200f',
	'\u061c',
	'\u200b',
	'\u200c',
	'\u200d',
	'\u2060',
	'\ufeff',
	'\u00ad',
	'\u180e',
	'\u3164',
	'\u{E0041}',
	'\u{E0001}',
	'\u0000',
	'\u0007',
	'\u009b',
	'\ud800',
	'\udfff',
	'\uffff'
];
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** Strings rich in what the views must defuse: hidden characters, marks' own brackets, letters of joining scripts, emoji. */
const hostile = fc.string({
	unit: fc.oneof(
		fc.constantFrom(
			...HIDDEN,
			'⟨U+202E⟩',
			'⟨U+27E8⟩',
			'⟨U+',
			'⟨',
			'⟩',
			'U',
			'+',
			'2',
			'0',
			'E',
			'a',
			' ',
			'ب',
			'ی',
			'א',
			'क',
			'्',
			'ก',
			'👩',
			'🏴',
			'\u{E0067}',
			'\u{E007F}',
			'\ufe0f'
		),
		fc.string({ unit: 'grapheme', maxLength: 1 })
	),
	maxLength: 24
});

describe('shownName', () => {
	it('shows an override and a zero-width joiner between Latin letters as marks', () => {
		expect(shownName('Invoice\u202Efdp.exe')).toBe('Invoice⟨U+202E⟩fdp.exe');
		expect(shownName('Pa\u200Dris')).toBe('Pa⟨U+200D⟩ris');
		expect(shownName('Paris\u200B')).toBe('Paris⟨U+200B⟩');
		expect(shownName('tag\u{E0041}')).toBe('tag⟨U+E0041⟩');
		expect(shownName('soft\u00ADhyphen')).toBe('soft⟨U+00AD⟩hyphen');
	});

	it('keeps right-to-left text, and the joiners and selectors that shape letters and emoji', () => {
		for (const text of [
			'هجوم على قاعة كروكوس',
			'פיגוע באולם קונצרטים',
			'می\u200Cخواهم', // Persian: ZWNJ keeps two letters apart
			'क्\u200Dष', // Devanagari: ZWJ asks for a half form
			'👩\u200D🚀',
			'👍🏽',
			'❤\uFE0F',
			'🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', // Scotland's flag
			'ภาษา\u200Bไทย' // Thai: ZWSP marks a word break
		])
			expect(shownName(text)).toBe(text);
	});

	it('shows a joiner that joins nothing, and tags that are no flag', () => {
		expect(shownName('\u200D🚀')).toBe('⟨U+200D⟩🚀');
		expect(shownName('a\uFE0F')).toBe('a⟨U+FE0F⟩');
		expect(shownName('🏴\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}\u{E0020}\u{E007F}')).not.toContain('\u{E0069}');
		expect(shownName('ok\u{E0069}\u{E0067}\u{E007F}')).toBe('ok⟨U+E0069⟩⟨U+E0067⟩⟨U+E007F⟩');
	});

	it('shows a ⟨ that could be read as a mark as a mark itself, and leaves other brackets alone', () => {
		expect(shownName('⟨U+202E⟩')).toBe('⟨U+27E8⟩U+202E⟩');
		expect(shownName('⟨x⟩')).toBe('⟨x⟩');
	});

	it('for any string: no bidi control or invisible character shows, except one that shapes its neighbours', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				const shown = shownName(text);
				expect(shown).not.toMatch(BIDI_CONTROL);
				for (const char of shown.replace(/\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,7}\u{E007F}/gu, ''))
					if (INVISIBLE.test(char)) expect(['\u200b', '\u200c', '\u200d', '\ufe0e', '\ufe0f', '\u180b', '\u180c', '\u180d', '\u180f']).toContain(char);
			})
		);
	});

	it('for any two different strings, shows two different names (it can be read back)', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				expect(unmark(shownName(text))).toBe(text);
			})
		);
		fc.assert(
			fc.property(hostile, hostile, (a, b) => {
				if (a !== b) expect(shownName(a)).not.toBe(shownName(b));
			})
		);
	});

	it('leaves ordinary text as it is', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ 0123 ,.;:!?()“”’-—…éßøçАБВαβγ中文日本語'.split('')) }), (text) => {
				expect(shownName(text)).toBe(text);
			})
		);
	});
});

describe('shownProse', () => {
	it('shows overrides, embeddings, isolates and controls, and keeps the marks, joiners and soft hyphens prose uses', () => {
		expect(shownProse('not \u202Eytliug\u202C')).toBe('not ⟨U+202E⟩ytliug⟨U+202C⟩');
		expect(shownProse('a\u2067b\u2069')).toBe('a⟨U+2067⟩b⟨U+2069⟩');
		expect(shownProse('bell\u0007')).toBe('bell⟨U+0007⟩');
		expect(shownProse('hidden\u{E0068}\u{E0069}')).toBe('hidden⟨U+E0068⟩⟨U+E0069⟩');
		const prose = 'Bundes\u00ADtags\u00ADwahl. C++\u200F עברית. می\u200Cخواهم. Line\nbreak.';
		expect(shownProse(prose)).toBe(prose);
	});

	it('for any string: no override, embedding or isolate shows, and it reads back', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				expect(shownProse(text)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
				expect(unmark(shownProse(text))).toBe(text);
			})
		);
	});
});

describe('isolated', () => {
	it('holds right-to-left text between FSI and PDI, which nothing inside can close, and leaves other text alone', () => {
		expect(isolated('هجوم 2024!')).toBe('\u2068هجوم 2024!\u2069');
		expect(isolated('Attack 2024!')).toBe('Attack 2024!');
		fc.assert(
			fc.property(hostile, (text) => {
				const shown = isolated(shownName(text));
				const inner = shown.startsWith('\u2068') ? shown.slice(1, -1) : shown;
				if (inner !== shown) expect(shown.endsWith('\u2069')).toBe(true);
				expect(inner).not.toMatch(BIDI_CONTROL);
			})
		);
	});
});

describe('cutIndex', () => {
	it('never cuts a surrogate pair or a mark in two', () => {
		expect(cutIndex('ab👩cd', 3)).toBe(2);
		expect(cutIndex('ab⟨U+202E⟩cd', 6)).toBe(2);
		expect(cutIndex('ab⟨U+202E⟩cd', 11)).toBe(11);
		expect(cutIndex('a⟨b', 3)).toBe(3);
		fc.assert(
			fc.property(hostile, fc.nat(), (text, at) => {
				const shown = shownName(text);
				const cut = shown.slice(0, cutIndex(shown, at % (shown.length + 1)));
				expect(cut).not.toMatch(/[\ud800-\udbff]$/);
				expect(cut).not.toMatch(/⟨U\+[0-9A-F]{0,6}$/);
			})
		);
	});
});

describe('escapeXml', () => {
	it('escapes markup, and shows characters XML does not allow as marks', () => {
		expect(escapeXml(`</text><script>"'&`)).toBe('&#60;/text&#62;&#60;script&#62;&#34;&#39;&#38;');
		expect(escapeXml('a\u0001b\ud800c\uffffd\te')).toBe('a⟨U+0001⟩b⟨U+D800⟩c⟨U+FFFF⟩d\te');
		expect(markOf('\u{1F600}')).toBe('⟨U+1F600⟩');
	});

	it('for any string, gives only characters XML allows and no markup', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...HIDDEN, '<', '>', '&', '"', "'", ']]>'), fc.string({ unit: 'binary', maxLength: 1 })) }), (text) => {
				const escaped = escapeXml(text);
				expect(escaped).not.toMatch(/[<>"']/);
				// eslint-disable-next-line no-control-regex -- looking for exactly those
				expect(escaped).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\p{Cs}/u);
			})
		);
	});
});

describe('safeHref', () => {
	it('gives an http(s) URL, as the browser reads it', () => {
		expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
		expect(safeHref('HTTP://EXAMPLE.org')).toBe('http://example.org/');
		expect(safeHref('  https://example.org/x  ')).toBe('https://example.org/x');
	});

	it('gives nothing for any other scheme, a relative or broken URL, or one with credentials', () => {
		for (const url of [
			undefined,
			'',
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'java\nscript:alert(1)',
			'\u0001javascript:alert(1)',
			' javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
			'blob:https://example.org/1',
			'ftp://example.org/',
			'//evil.example/',
			'/local/path',
			'media/launch.jpg',
			'https://bank.example@evil.example/',
			'https://user:pass@example.org/',
			'http://'
		])
			expect(safeHref(url), String(url)).toBeUndefined();
	});

	it('for any string, gives nothing or an http(s) URL that parses to itself', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.webUrl(),
					fc.webUrl().map((url) => url.replace(/^https?/, 'javascript'))
				),
				(url) => {
					const href = safeHref(url);
					if (href === undefined) return;
					expect(href).toMatch(/^https?:\/\/[^/@]/);
					expect(new URL(href).href).toBe(href);
				}
			)
		);
	});
});

describe('escapeHiddenInJson', () => {
	it('writes overrides and invisible characters as escapes, and keeps the marks’ brackets and shaping joiners', () => {
		expect(escapeHiddenInJson(JSON.stringify({ title: 'Invoice\u202Efdp.exe ⟨U+1⟩ می\u200Cخواهم tag\u{E0041}' }))).toBe(
			'{"title":"Invoice\\u202efdp.exe ⟨U+1⟩ می\u200Cخواهم tag\\udb40\\udc41"}'
		);
	});

	it('for any data, gives JSON that reads back as the same data, with no bidi control in it', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.dictionary(hostile, hostile), (value, strings) => {
				const json = escapeHiddenInJson(JSON.stringify({ value, strings }, null, '\t'));
				expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, strings })));
				expect(json).not.toMatch(BIDI_CONTROL);
			})
		);
	});
});
