/**
 * An article the editor is about to draft from: its text and details as typed on the start page, checked
 * by the document schema's own rules for each field (so the two cannot drift), with messages that say
 * what to type rather than what is wrong with the data.
 */
import { formatInteger } from '../text/format-number';
import { articleSchema, type Licence } from '../document/schema';
import { draftState } from './edits';
import { MAX_DRAFTED_ARTICLE_CHARACTERS } from './found';
import { checkLicence, type LicenceFaults } from './licence';
import type { EditorState } from './state';

/** An article's details as the editor's fields hold them, before and after drafting. */
export interface ArticleFields {
	title: string;
	publisher: string;
	language: string;
	/** YYYY-MM-DD */
	published: string;
	url: string;
}

export interface NewArticleFields extends ArticleFields {
	text: string;
	/** The licence the article is published under, if it is under one (licence.ts). */
	licence?: Licence;
}

export type NewArticleFaults = Partial<Record<keyof ArticleFields | 'text', string>> & LicenceFaults;

const article = articleSchema.shape;

export function checkNewArticle(fields: NewArticleFields): NewArticleFaults {
	const faults: NewArticleFaults = {};
	if (fields.text.trim() === '') faults.text = "Paste the article's text here, or open a .txt file.";
	else if (fields.text.length > MAX_DRAFTED_ARTICLE_CHARACTERS)
		faults.text = `This text is ${formatInteger(fields.text.length)} characters long; the editor drafts articles of up to ${formatInteger(MAX_DRAFTED_ARTICLE_CHARACTERS)} characters (a long news article has about 30,000). Paste one article at a time.`;
	if (!article.title.safeParse(fields.title.trim()).success) faults.title = "Give the article's title.";
	if (!article.publisher.safeParse(fields.publisher.trim()).success) faults.publisher = 'Give who published it.';
	if (!article.asOf.shape.date.safeParse(fields.published).success) faults.published = 'Give the day it was published: dates such as “in March” count from it.';
	if (!article.language.safeParse(fields.language.trim()).success) faults.language = 'Give a language tag such as en or en-GB.';
	if (fields.url.trim() !== '' && !article.url.safeParse(fields.url.trim()).success) faults.url = 'Give the address as it starts, with https:// or http://, or leave it empty.';
	return { ...faults, ...checkLicence(fields.licence, fields.url) };
}

/** The draft of a new article whose fields have no faults: its title is the title field's, whatever the text begins with. */
export function draftNewArticle(fields: NewArticleFields): EditorState {
	const url = fields.url.trim();
	return draftState({
		text: fields.text,
		published: fields.published,
		article: {
			title: fields.title.trim(),
			publisher: fields.publisher.trim(),
			language: fields.language.trim(),
			...(url ? { url } : {}),
			...(fields.licence ? { licence: fields.licence } : {})
		}
	});
}
