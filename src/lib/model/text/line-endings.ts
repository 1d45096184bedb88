/** Line endings as every reader takes them. */
/** The text with every CRLF and lone CR made LF, so that a text saved on Windows (or an old Mac) reads and anchors as the same text saved elsewhere. */
export function normaliseLineEndings(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
