/**
 * The timeline document: the single source of truth for the validator (zod), the TypeScript types
 * (inferred below) and the published JSON Schema (generated from this file at /schema/timeline.v1.json).
 * Checks that JSON Schema cannot express (EDTF syntax, references between ids, excerpt anchoring) are
 * made by validateTimelineDocument, with the same kind of messages.
 */
import { z } from 'zod';
import { SITE_PATH } from './media';

// zod compiles its object parsers with `new Function` where it may; the site's Content-Security-Policy
// forbids that (no 'unsafe-eval'), and even zod's probe for it is reported as a violation. Its plain
// parsers are used everywhere instead, in Node too, so that every reader checks documents the same way.
z.config({ jitless: true });

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by single hyphens');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const isoDay = z.string().regex(/^-?\d{4,}-\d{2}-\d{2}$/, 'must be an ISO 8601 day, YYYY-MM-DD');

/**
 * A text file's name as a document's `article.textFile` gives it: a name in the document's own folder, never
 * a path (../../etc/passwd, /etc/passwd, a\b.txt), a URL (https://…, which the loader of `?src=` documents
 * would fetch from another host) or an escaped path (%2e%2e%2f).
 */
export const TEXT_FILE_NAME = /^[\w.-]+\.txt$/;

/** EDTF (ISO 8601-2) text; its full syntax is checked by the edtf parser during validation. */
const edtfText = z
	.string()
	.min(1, 'must not be empty')
	.regex(/^[-+0-9XYESu~?%./:TZ]+$/, 'must be an EDTF date such as 198X, 2024-03, 1979-12-24/1989-02-15 or 2003-02-14/..')
	.meta({
		description:
			'A date in the Extended Date/Time Format (ISO 8601-2): 198X (the 1980s), 2024-03, 1979-12-24/1989-02-15, 2003-02-14/.. (ongoing), 1979-12-24~ (approximate), Y-13800000000 (deep time).'
	});

const citationSchema = z
	.object({
		title: nonEmpty,
		publisher: nonEmpty.optional(),
		date: isoDay.optional(),
		url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
		note: nonEmpty.optional()
	})
	.strict()
	.meta({ description: 'A source: its title, and where known its publisher, date and URL.' });

const textQuoteSelectorSchema = z
	.object({
		type: z.literal('TextQuoteSelector'),
		exact: z.string().min(1, 'must not be empty'),
		prefix: z.string().optional(),
		suffix: z.string().optional(),
		article: kebabId.optional().meta({
			description: 'The id of the article in $.articles that the excerpt quotes: required in a document of many articles, absent in a document of one.'
		})
	})
	.strict()
	.meta({ description: 'A W3C Web Annotation TextQuoteSelector; it must match exactly one place in the text of its article.' });

const resolvedDateSchema = z
	.object({
		edtf: edtfText,
		approximate: z.boolean().optional().meta({ description: 'Approximate beyond what EDTF can mark, such as a time of day.' }),
		timeZone: nonEmpty.optional().meta({ description: 'A name for the offset of an EDTF date-time, such as "Kabul time".' }),
		method: z.enum(['stated', 'inferred', 'external']).meta({
			description: 'stated in the article, inferred from its context, or taken from an external source'
		}),
		note: nonEmpty.optional(),
		citations: z.array(citationSchema)
	})
	.strict();

const statedDateSchema = z
	.object({
		text: nonEmpty.meta({ description: "The article's own words for the date, such as 'in the 1980s'." }),
		edtf: edtfText.optional().meta({ description: 'What those words literally say, in EDTF (198X for "the 1980s").' })
	})
	.strict();

const alternativeSchema = z
	.object({
		value: nonEmpty,
		note: nonEmpty.optional(),
		citations: z.array(citationSchema).min(1, 'must cite at least one source')
	})
	.strict();

const disagreementSchema = z
	.object({
		about: nonEmpty.meta({ description: 'What the sources disagree on: "start date", "people killed".' }),
		alternatives: z.array(alternativeSchema).min(2, 'must list at least two alternatives')
	})
	.strict();

// The pattern says http(s) in the published JSON Schema too, where "format": "uri" would allow javascript:.
const httpUrl = z.url({ protocol: /^https?$/ }).regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\//);

const mediaSchema = z
	.object({
		url: z
			.union([httpUrl, z.string().regex(SITE_PATH)], {
				error: 'must be an http(s) URL, or a path on the site such as media/launch.jpg'
			})
			.meta({
				description:
					"An http(s) URL, or a path on the site that shows the timeline (media/launch.jpg), read from the site's root. Media on another host is shown as a link only; an image on the site itself (.png, .jpg, .jpeg, .gif, .webp, .svg, .avif) is shown too."
			}),
		caption: nonEmpty.optional().meta({ description: "What the media shows, in a few words: the link's text (its host name without one)." }),
		credit: nonEmpty.optional().meta({ description: 'Who made or holds the media: "Joe York/Southern Foodways Alliance".' })
	})
	.strict()
	.meta({ description: 'A picture, video, post or page about the event, linked with its caption and credit.' });

export const eventSchema = z
	.object({
		id: kebabId,
		title: nonEmpty,
		summary: nonEmpty,
		origin: z.enum(['article', 'context']).meta({
			description: 'article: the article mentions it; context: added by the editor (alluded to, or a later development)'
		}),
		category: kebabId.optional().meta({ description: 'The kind of event, one of $.categories; none when no kind fits.' }),
		lanes: z.array(kebabId).meta({
			description: 'The actors (people, organisations, places) the event is about, from $.lanes, its own lane first; none when it is about no one actor.'
		}),
		stated: statedDateSchema.optional(),
		date: resolvedDateSchema,
		disagreements: z.array(disagreementSchema).optional(),
		excerpts: z.array(textQuoteSelectorSchema),
		media: mediaSchema.optional(),
		updates: kebabId.optional().meta({ description: 'The id of an event whose state this later development changes.' })
	})
	.strict();

const labelled = z.object({ id: kebabId, label: nonEmpty }).strict();

const licenceSchema = z
	.object({
		name: nonEmpty.meta({ description: 'The licence as its licensor names it: "CC BY 2.5".' }),
		url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).meta({ description: "The licence's own page: https://creativecommons.org/licenses/by/2.5/." }),
		changes: nonEmpty.optional().meta({
			description: 'How the text here differs from the original, in a few words ("image captions left out"). Omit it when the text is the original unchanged.'
		})
	})
	.strict()
	.meta({
		description:
			"The licence the article is published under (Wikinews: CC BY 2.5). Its credit is shown wherever the article is: the title, linked to the article's url (required with a licence), the publisher, the licence, linked, and the changes, if any."
	});

const articleFields = {
	title: nonEmpty,
	publisher: nonEmpty,
	language: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or en-GB'),
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
	licence: licenceSchema.optional(),
	text: z.string().optional().meta({ description: 'The article text, verbatim. Give text or textFile.' }),
	textFile: z
		.string()
		.regex(TEXT_FILE_NAME, 'must be a .txt file name beside the document, not a path or URL')
		.optional()
		.meta({ description: 'A .txt file beside the document holding the article text, verbatim.' })
};

const asOfSchema = z
	.object({
		date: isoDay,
		method: z.enum(['stated', 'inferred', 'external']),
		note: nonEmpty.optional(),
		citations: z.array(citationSchema).optional()
	})
	.strict()
	.meta({ description: 'The day the article speaks from; ongoing spans end here.' });

export const articleSchema = z.object({ ...articleFields, asOf: asOfSchema }).strict();

export const sourceArticleSchema = z
	.object({
		id: kebabId.meta({ description: "The article's id, which its excerpts name." }),
		...articleFields,
		published: isoDay.meta({ description: 'The day the article was published: its relative dates count from it.' }),
		asOf: asOfSchema.optional()
	})
	.strict()
	.meta({ description: 'One of the articles a history is drawn from, with its own credit; it speaks as of its publication day unless asOf says otherwise.' });

export const timelineDocumentSchema = z
	.object({
		$schema: z.string().optional(),
		version: z.literal(1),
		id: kebabId,
		title: nonEmpty.optional().meta({ description: "The timeline's title: required with $.articles; a document of one article is titled by it." }),
		article: articleSchema.optional().meta({ description: 'The one article the timeline is drawn from. Give article or articles.' }),
		articles: z
			.array(sourceArticleSchema)
			.min(1, 'must hold at least one article')
			.optional()
			.meta({ description: 'The articles a history is drawn from, each with an id its excerpts name. Give article or articles.' }),
		lanes: z.array(labelled),
		categories: z.array(labelled),
		events: z.array(eventSchema).min(1, 'must hold at least one event')
	})
	.strict()
	.meta({
		title: 'Chronoscope timeline document',
		description: "An article's dated events, or a history's drawn from many articles, each resolved to an EDTF date and anchored to excerpts of the article texts.",
		oneOf: [{ required: ['article'] }, { required: ['articles'] }]
	});

export type Citation = z.infer<typeof citationSchema>;
export type ResolvedDate = z.infer<typeof resolvedDateSchema>;
export type StatedDate = z.infer<typeof statedDateSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type TimelineEventData = z.infer<typeof eventSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
/** An article of a history: its id, publication day and credit. */
export type SourceArticleData = z.infer<typeof sourceArticleSchema>;
export type Licence = z.infer<typeof licenceSchema>;
export type TimelineDocument = z.infer<typeof timelineDocumentSchema>;
/** A document of one article, as the drafter and the editor make it. */
export type ArticleTimelineDocument = TimelineDocument & { article: ArticleData; articles?: undefined };

/** The JSON Schema published with the site. */
export function timelineJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(timelineDocumentSchema, { io: 'input', target: 'draft-2020-12' });
}
