/**
 * The articles a history is drafted from, one JSON object a line (JSON Lines), as `npm run history` reads
 * them: `{"id", "published", "title"?, "url"?, "text"}`, and, for a history document's credits,
 * `"publisher"?`, `"language"?` and `"licence"?` (`{"name", "url", "changes"?}`). Each line is checked by a zod schema, so that a
 * fault names the line and the field ("line 7: \"published\" must be a day, YYYY-MM-DD").
 */
import { z } from 'zod';
import { parseDay } from '../extract/calendar';

// As in document/schema.ts: zod's compiled parsers use `new Function`, which the site's
// Content-Security-Policy forbids; a worker drafting histories in the browser must use the plain ones.
z.config({ jitless: true });

export interface HistoryArticle {
	id: string;
	/** The publication day, YYYY-MM-DD: what the article's relative dates count from. */
	published: string;
	title?: string;
	url?: string;
	text: string;
	publisher?: string;
	/** A BCP 47 tag; English when not given. */
	language?: string;
	licence?: { name: string; url: string; changes?: string };
}

/** A missing field and a field of the wrong type say so differently. */
const expected = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`);

const articleSchema = z.object({
	id: z.string({ error: expected('a string') }).refine((id) => id.trim() !== '', 'must not be empty'),
	published: z.string({ error: expected('a day, YYYY-MM-DD') }).refine((day) => parseDay(day) !== undefined, 'must be a day, YYYY-MM-DD'),
	title: z.string({ error: expected('a string') }).optional(),
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
	text: z.string({ error: expected('a string') }).refine((text) => text.trim() !== '', 'must not be empty'),
	publisher: z.string({ error: expected('a string') }).optional(),
	language: z
		.string({ error: expected('a string') })
		.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or en-GB')
		.optional(),
	licence: z
		.object({
			name: z.string({ error: expected('a string') }).min(1, 'must not be empty'),
			url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
			changes: z.string({ error: expected('a string') }).optional()
		})
		.optional()
});

export interface LineFault {
	/** 1-based. */
	line: number;
	message: string;
}

export type ReadArticles = { articles: HistoryArticle[] } | { fault: LineFault };

/** One line's article, or what is wrong with it. */
export function readArticleLine(line: string): HistoryArticle | { message: string } {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (error) {
		return { message: `is not JSON (${(error as Error).message})` };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return { message: 'must be a JSON object' };
	const parsed = articleSchema.safeParse(value);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	return { message: `"${issue.path.join('.')}" ${issue.message}` };
}

/**
 * Every article of a JSON Lines text, in order, or the first fault. Blank lines are skipped; ids must be
 * unique, since a history's events cite articles by id.
 */
export function readArticles(text: string): ReadArticles {
	const articles: HistoryArticle[] = [];
	const lineOfId = new Map<string, number>();
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		if (lines[i]!.trim() === '') continue;
		const read = readArticleLine(lines[i]!);
		if ('message' in read) return { fault: { line: i + 1, message: read.message } };
		const seen = lineOfId.get(read.id);
		if (seen !== undefined) return { fault: { line: i + 1, message: `"id" ${JSON.stringify(read.id)} is already the id of line ${seen}` } };
		lineOfId.set(read.id, i + 1);
		articles.push(read);
	}
	return { articles };
}
