/**
 * Copies a text the page shows in a field (an embed code, a link) to the clipboard; where the browser gives
 * no clipboard (an insecure origin, a sandbox), selects the field's text for the reader to copy.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null | undefined): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		field?.select();
		document.execCommand('copy');
	}
}
