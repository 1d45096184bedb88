/**
 * The cells of a TimelineJS3 sheet read the way TimelineJS reads them: whole numbers that may carry
 * thousands separators ("-4,510,000,000"), and clock times such as 14:30, 2:30 PM or 1430.
 */

/** A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** A whole number, spaces and commas dropped; undefined when the cell holds anything else. */
export function readWholeNumber(cell: string): number | undefined {
	const cleaned = cell.replace(/[\s,]+/g, '');
	return /^-?\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}

const CLOCK = /^(\d{1,2})(?:[:.]?(\d{2}))?(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:([ap])\.?\s*m\.?)?$/i;

/** A time of day, 24-hour or with AM/PM; seconds are read and dropped. Undefined when it is no time of day. */
export function readClockTime(cell: string): { hour: number; minute: number } | undefined {
	const match = CLOCK.exec(cell.trim());
	if (!match) return undefined;
	let hour = Number(match[1]);
	const minute = Number(match[2] ?? 0);
	const period = match[4]?.toLowerCase();
	if (period) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (period === 'p' ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || Number(match[3] ?? 0) > 59) return undefined;
	return { hour, minute };
}
