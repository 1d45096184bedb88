/** One thing wrong with a document: where (file, event, JSON path) and why. Kept apart from the validator so views can show faults without loading it. */
export interface Fault {
	file: string;
	eventId?: string;
	path: string;
	reason: string;
}

export function formatFault(fault: Fault): string {
	const where = fault.eventId === undefined ? '' : ` event "${fault.eventId}"`;
	return `${fault.file}:${where} at ${fault.path}: ${fault.reason}`;
}
