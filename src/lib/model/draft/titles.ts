/**
 * A short title for a drafted event, from the clause its date stands in: the clause without its date
 * words, without the conjunction that ties it to the sentence, and at most a dozen words long.
 */

/** Words that tie a clause to the rest of its sentence and say nothing of the event. */
const LEADING_CONNECTORS =
	/^(?:(?:and|but|or|so|yet|despite|although|though|while|whereas|where|when|whom?|which|as|since|after|before|because|following|until|if|also|then|however|nevertheless|meanwhile|in summary|moreover)\b[\s,]*)+/i;
/** Words a shortened title should not end on. */
const TRAILING_FUNCTION_WORDS = /(?:\s+(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|its|their|his|her|that|which|who|was|were|is|are|be|been|has|have|had))+$/i;

export const TITLE_WORDS = 12;

export function draftTitle(clause: string, dateWords: readonly string[]): string {
	let title = clause;
	// The date words go, and the possessive that made them a noun's ("Monday's bid").
	for (const words of dateWords) title = title.replace(new RegExp(`${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s\\b)?`), ' ');
	title = title
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:"'“”‘’-]+|[\s,;:"'“”‘’.-]+$/g, '')
		.replace(LEADING_CONNECTORS, '');
	const words = title.split(' ');
	if (words.length > TITLE_WORDS) title = words.slice(0, TITLE_WORDS).join(' ').replace(TRAILING_FUNCTION_WORDS, '');
	title = title.replace(/[\s,;:-]+$/, '').replace(/\s+([,.;:])/g, '$1');
	return title.charAt(0).toUpperCase() + title.slice(1);
}
