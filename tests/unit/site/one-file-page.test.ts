import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../../../src/lib/model/document/schema';
import { loadTimeline } from '../../../src/lib/model/document/timeline';
import {
	PAGE_DATA_ID,
	jsonForScript,
	oneFilePage,
	readPageData,
	scriptForHtml,
	selfContainedDocument,
	styleForHtml,
	type OneFilePageParts
} from '../../../src/lib/model/site/one-file-page';
import { history } from '../../fixtures/history';
import { seedDocument, seedText } from '../helpers';

const SITE = 'https://timelines.example/chronoscope/';
const HOSTILE = '</script><script>alert(1)</script><!-- <script> </SCRIPT ><style></style>';

/** The seed as the site holds it: its article in article.txt, beside the document. */
const seed = () => seedDocument() as unknown as TimelineDocument;

/** The elements of one kind in a page, as an HTML parser reads their text: up to the first closing tag. */
function elements(html: string, tag: 'script' | 'style'): { attributes: string; text: string }[] {
	const found: { attributes: string; text: string }[] = [];
	const open = new RegExp(`<${tag}\\b([^>]*)>`, 'gi');
	for (let match = open.exec(html); match; match = open.exec(html)) {
		const start = match.index + match[0].length;
		const end = html.slice(start).search(new RegExp(`</${tag}[\\s/>]`, 'i'));
		found.push({ attributes: match[1] ?? '', text: html.slice(start, start + end) });
		open.lastIndex = start + end;
	}
	return found;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");

function parts(overrides: Partial<OneFilePageParts> = {}): OneFilePageParts {
	return {
		title: 'Putin Says Taliban ‘Our Allies’ — Chronoscope',
		script: 'document.body.dataset.ran = "yes";',
		style: 'body { margin: 0 }',
		data: { document: selfContainedDocument(seed(), [seedText()], SITE), site: SITE },
		...overrides
	};
}

describe('the document a one-file page holds', () => {
	it('has its article inline instead of a file beside it, and still validates to the same timeline', () => {
		const document = selfContainedDocument(seed(), [seedText()], SITE);
		expect(document.article).not.toHaveProperty('textFile');
		expect(document.article?.text).toBe(seedText());
		const contained = loadTimeline(JSON.parse(JSON.stringify(document)), { file: 'page' });
		const original = loadTimeline(seedDocument(), { file: 'seed', text: seedText() });
		expect(contained.faults).toEqual([]);
		expect(contained.timeline!.events.map((event) => [event.data.id, event.date, event.excerpts])).toEqual(
			original.timeline!.events.map((event) => [event.data.id, event.date, event.excerpts])
		);
	});

	it('keeps a history’s articles, each with its text, whether inline or given beside it', () => {
		const given = history() as unknown as TimelineDocument;
		const [first, ...others] = given.articles!;
		const { text, ...named } = first!;
		const document = selfContainedDocument({ ...given, articles: [{ ...named, textFile: 'first.txt' }, ...others] }, [text], SITE);
		expect(document.articles!.map((article) => article.text)).toEqual(given.articles!.map((article) => article.text));
		expect(document.articles!.some((article) => 'textFile' in article)).toBe(false);
		expect(loadTimeline(document, { file: 'page' }).faults).toEqual([]);
	});

	it('refuses an article whose text is not at hand, rather than writing a page that cannot show it', () => {
		expect(() => selfContainedDocument(seed(), [], SITE)).toThrow('the text of article 1 (article.txt) is not at hand');
	});

	it('makes media at a path on the site an address on it, linked from the page and never loaded; media elsewhere stays as it is', () => {
		const document = seed();
		const [first, second] = document.events;
		document.events = [
			{ ...first!, media: { url: 'media/launch.jpg', caption: 'The launch' } },
			{ ...second!, media: { url: 'https://example.org/a.png' } },
			...document.events.slice(2)
		];
		const contained = selfContainedDocument(document, [seedText()], SITE);
		expect(contained.events[0]!.media).toEqual({ url: 'https://timelines.example/chronoscope/media/launch.jpg', caption: 'The launch' });
		expect(contained.events[1]!.media).toEqual({ url: 'https://example.org/a.png' });
	});
});

describe('JSON inside a script element', () => {
	it('holds no character that could end the element or open a comment, and reads back as it was', () => {
		const json = jsonForScript({ title: HOSTILE, amp: 'a & b > c', separators: '\u2028\u2029' });
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toEqual({ title: HOSTILE, amp: 'a & b > c', separators: '\u2028\u2029' });
	});

	it('reads back as it was, whatever the text', () => {
		fc.assert(
			// Any text, and text made of the characters that close elements and open comments.
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'</script>!--&\u2028"\\S') })), (text) => {
				const json = jsonForScript({ text });
				expect(json).not.toMatch(/[<>&]/);
				expect(JSON.parse(json)).toEqual({ text });
			})
		);
	});
});

describe('script and style text made safe to stand inline', () => {
	it('closes no element early and opens no comment, and the script still means the same', () => {
		const code = 'globalThis.inline = ["</script>", `</SCRIPT >`, "<!-- x -->", /<\\/script>/.source, /a<!--b/u.test("a<!--b")];';
		const safe = scriptForHtml(code);
		expect(safe).not.toMatch(/<\/script|<!--/i);
		const run = (text: string) => {
			new Function(text)();
			return (globalThis as { inline?: unknown }).inline;
		};
		expect(run(safe)).toEqual(run(code));
		expect(run(safe)).toEqual(['</script>', '</SCRIPT >', '<!-- x -->', '<\\/script>', true]);
	});

	it('leaves no closing style tag in a stylesheet', () => {
		expect(styleForHtml('a::after { content: "</style><script>x()</script>" }')).toBe('a::after { content: "<\\/style><script>x()</script>" }');
	});
});

describe('the one-file page', () => {
	it('holds one script and one stylesheet, allowed by the hashes of exactly their text as it stands', async () => {
		const html = await oneFilePage(parts({ script: 'var x = "</script>";', style: 'p::before { content: "</style>" }' }));
		const scripts = elements(html, 'script');
		expect(scripts.map((script) => script.attributes)).toEqual([` type="application/json" id="${PAGE_DATA_ID}"`, '']);
		const [style] = elements(html, 'style');
		expect(elements(html, 'style')).toHaveLength(1);
		const policy = policyOf(html)!;
		expect(policy).toContain(`script-src ${sha256(scripts[1]!.text)};`);
		expect(policy).toContain(`style-src ${sha256(style!.text)};`);
		expect(scripts[1]!.text).toBe('var x = "<\\/script>";');
	});

	it('allows nothing from any host: no inline script or style but its own, no eval, no form, no base, no plugin', async () => {
		const policy = policyOf(await oneFilePage(parts()))!;
		const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
		expect(directives['default-src']).toEqual(["'none'"]);
		expect(directives['script-src']).toHaveLength(1);
		expect(directives['script-src']![0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
		expect(directives['img-src']).toEqual(['data:', 'blob:']);
		expect(directives['worker-src']).toEqual(['blob:']);
		expect(directives['base-uri']).toEqual(["'none'"]);
		expect(directives['form-action']).toEqual(["'none'"]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives).not.toHaveProperty('connect-src');
		expect(policy).not.toMatch(/https?:|\*|'self'|unsafe-eval/);
		expect(policy).not.toContain('unsafe-inline');
	});

	it('carries its document whole, and no text of the document can close its data block or add an element', async () => {
		const document = seed();
		document.events[0] = { ...document.events[0]!, title: HOSTILE, summary: `${HOSTILE} & more` };
		const data = { document: selfContainedDocument(document, [`${seedText()}\n${HOSTILE}`], SITE), site: SITE };
		const html = await oneFilePage(parts({ title: HOSTILE, data }));
		const scripts = elements(html, 'script');
		expect(scripts).toHaveLength(2);
		expect(elements(html, 'style')).toHaveLength(1);
		expect(html.match(/<script/gi)).toHaveLength(2);
		expect(readPageData(scripts[0]!.text)).toEqual(JSON.parse(JSON.stringify(data)));
		expect(html).toContain('<title>&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;!-- &#60;script&#62; &#60;/SCRIPT &#62;&#60;style&#62;&#60;/style&#62;</title>');
	});

	it("shows the site's icon from a data: address, which asks no host for it", async () => {
		const html = await oneFilePage(parts({ icon: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" fill="#1d4f91"/></svg>' }));
		expect(html).toContain('<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Crect');
	});

	it('has a size of the viewer and the document, and little more', async () => {
		const script = readFileSync('src/lib/model/site/one-file-page.ts', 'utf8');
		const given = parts({ script });
		const html = await oneFilePage(given);
		expect(html.length - script.length - jsonForScript(given.data).length).toBeLessThan(1000);
	});
});

describe("the page's data, as the viewer reads it", () => {
	it('is the document and the site, or a sentence saying why not', () => {
		expect(readPageData(jsonForScript({ document: { id: 'x' }, site: SITE }))).toEqual({ document: { id: 'x' }, site: SITE });
		expect(readPageData(undefined)).toEqual({ problem: 'This page holds no timeline.' });
		expect(readPageData('[]')).toEqual({ problem: 'This page holds no timeline.' });
		expect(readPageData('{"document": {"id": "x"}}')).toEqual({ document: { id: 'x' }, site: '' });
		expect(readPageData('{')).toEqual({ problem: expect.stringMatching(/^This page's timeline is not JSON \(/) });
	});
});
