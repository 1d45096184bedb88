/** How far loading a document has got, and how the page says so. */
import { formatInteger } from '../text/format-number';

export type LoadProgress =
	/** Bytes of the document read, of its total when the server states one. */
	| { phase: 'reading'; done: number; total?: number }
	| { phase: 'parsing' | 'converting' }
	/** Events checked against the schema and beyond it. */
	| { phase: 'checking'; done: number; total: number };

export interface ProgressText {
	/** What is happening, with its figures: "Reading the document: 12.3 of 35.0 MB". */
	label: string;
	/** For a progress bar; absent when the end is not known. */
	value?: number;
	max?: number;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function describeLoadProgress(progress: LoadProgress): ProgressText {
	switch (progress.phase) {
		case 'reading':
			return progress.total === undefined
				? { label: `Reading the document: ${megabytes(progress.done)} MB` }
				: { label: `Reading the document: ${megabytes(progress.done)} of ${megabytes(progress.total)} MB`, value: progress.done, max: progress.total };
		case 'parsing':
			return { label: 'Reading the JSON…' };
		case 'converting':
			return { label: 'Converting from TimelineJS3…' };
		case 'checking':
			return { label: `Checking events: ${formatInteger(progress.done)} of ${formatInteger(progress.total)}`, value: progress.done, max: progress.total };
	}
}
