/** One thing wrong with a document: where (file, event, article, JSON path) and why. Kept apart from the validator so views can show faults without loading it. */
import { shownName } from '../text/untrusted-text';

export interface Fault {
	file: string;
	eventId?: string;
	/** The article of a history the fault is in: the one an event's excerpt quotes, or the one whose field is wrong. */
	articleId?: string;
	path: string;
	reason: string;
}

/**
 * A fault as one line. Its file, event id, path and reason quote the document, and the line is shown in the
 * page and printed by the CLI: every hidden character in it is shown as a mark, so that an override in a
 * bad id cannot turn the line (or the terminal's) around.
 */
export function formatFault(fault: Fault): string {
	const event = fault.eventId === undefined ? '' : ` event "${fault.eventId}"`;
	const article = fault.articleId === undefined ? '' : ` article "${fault.articleId}"`;
	const where = event + article;
	return shownName(`${fault.file}:${where} at ${fault.path}: ${fault.reason}`);
}
