/**
 * A whole number grouped in thousands as en-GB writes it ("100,000"). Written out rather than through
 * toLocaleString, whose first call loads the browser's number formatting, a noticeable part of a page's
 * start for a count in a heading.
 */
export function formatInteger(value: number): string {
	if (!Number.isSafeInteger(value)) return value.toLocaleString('en-GB');
	const digits = String(Math.abs(value));
	let grouped = digits.slice(0, digits.length % 3 || 3);
	for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
	return value < 0 ? `-${grouped}` : grouped;
}
