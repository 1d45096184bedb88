/** Files opened in the editor: read (model/read/open-files.ts), and a timeline made the editor's state. */
import { readOpenedFiles, type OpenedFile, type OpenedFormat, type OpenResult } from '../read/open-files';
import type { LoadReport } from '../read/parse-document';
import type { Fault } from '../document/faults';
import { historyStateOfDocument, stateOf } from './document';
import type { EditorWork } from './state';

export type EditorOpenResult =
	| Exclude<OpenResult, { kind: 'document' | 'history' }>
	/** A timeline or a history opened for editing; the paths of `faults` index `state.events` ($.events[2] is state.events[2]). */
	| { kind: 'document'; format: OpenedFormat; state: EditorWork; faults: Fault[] };

/** What the files opened together are, as the editor works on them; a timeline's events were published already, so each is accepted. */
export function openFiles(files: readonly OpenedFile[], report?: LoadReport): EditorOpenResult {
	const read = readOpenedFiles(files, report);
	if (read.kind === 'history') return { kind: 'document', format: 'chronoscope', state: historyStateOfDocument(read.document, read.texts), faults: read.faults };
	if (read.kind !== 'document') return read;
	return { kind: 'document', format: read.format, state: stateOf(read.document, read.text, 'accepted'), faults: read.faults };
}
