/**
 * What the editor shows of its document: the faults by event and field, and a preview of the events that
 * have none, so one unfinished event does not blank the whole preview.
 */
import { loadTimeline, type Fault, type Timeline } from '../document/timeline';
import { normaliseForMatching, type NormalisedText } from '../document/anchor';
import { normaliseLineEndings } from '../text/line-endings';
import type { TimelineDocument } from '../document/schema';
import { documentOf } from './document';
import type { EditorWork } from './state';

/** `$.events[3].date.edtf` → index 3 and field `date.edtf`; a fault outside the events has no index. */
export function faultField(fault: Fault): { index?: number; field: string } {
	const m = /^\$\.events\[(\d+)\](?:\.?(.*))?$/.exec(fault.path);
	if (!m) return { field: fault.path.replace(/^\$\.?/, '') };
	return { index: Number(m[1]), field: (m[2] ?? '').replace(/\[(\d+)\]/g, '.$1') };
}

export interface Checked {
	document: TimelineDocument;
	faults: Fault[];
	/** The faults of each event, by its id, and the rest (the articles', the document's). */
	faultsByEvent: Map<string, Fault[]>;
	otherFaults: Fault[];
	/** The timeline of every event without a fault, or none when the document itself is at fault. */
	preview?: Timeline;
	/** How many events the preview leaves out for their faults. */
	hidden: number;
}

/**
 * The texts the last check made ready for matching, by text: the editor checks its document after every
 * change, and its texts (a history's run to megabytes) do not change with it.
 */
let normalisedBefore = new Map<string, NormalisedText>();

/**
 * Makes an article's text ready for the checks to come (a history's texts, while the history is drafted),
 * so that the first check of a large history need not make them all at once.
 */
export function prepareForChecking(text: string): void {
	const ready = normaliseLineEndings(text);
	if (!normalisedBefore.has(ready)) normalisedBefore.set(ready, normaliseForMatching(ready));
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameFields = (a: object | undefined, b: object | undefined) =>
	a === b ||
	(a !== undefined && b !== undefined && sameItems(Object.keys(a), Object.keys(b)) && Object.entries(a).every(([key, value]) => (b as Record<string, unknown>)[key] === value));

/** Whether two documents the editor made are the same: made of the same objects (documentOf shares them with the state). */
function sameDocument(a: TimelineDocument, b: TimelineDocument): boolean {
	return (
		a.id === b.id &&
		a.title === b.title &&
		sameFields(a.article, b.article) &&
		sameItems(a.articles ?? [], b.articles ?? []) &&
		sameItems(a.lanes, b.lanes) &&
		sameItems(a.categories, b.categories) &&
		sameItems(a.events, b.events)
	);
}

/**
 * The document the state publishes, checked, with its preview. `previous`, the check before, is kept
 * when the document is the same (a change to an event not published: a rejected one, a candidate in
 * reserve), so that its preview is not drawn again.
 */
export function checkState(state: EditorWork, file = 'timeline.json', previous?: Checked): Checked {
	const document = documentOf(state);
	if (previous && sameDocument(previous.document, document)) return previous;
	// Only this check's texts are kept for the next: a text no longer checked is let go.
	const before = normalisedBefore;
	const normalisedNow = new Map<string, NormalisedText>();
	const normalise = (text: string) => {
		const made = normalisedNow.get(text) ?? before.get(text) ?? normaliseForMatching(text);
		normalisedNow.set(text, made);
		return made;
	};
	normalisedBefore = normalisedNow;
	const { faults, timeline } = loadTimeline(document, { file, normalise });
	const faultsByEvent = new Map<string, Fault[]>();
	const otherFaults: Fault[] = [];
	for (const fault of faults) {
		const { index } = faultField(fault);
		const id = index === undefined ? undefined : document.events[index]?.id;
		if (id === undefined) otherFaults.push(fault);
		else faultsByEvent.set(id, [...(faultsByEvent.get(id) ?? []), fault]);
	}
	let preview = timeline;
	let hidden = 0;
	if (!preview && otherFaults.length === 0) {
		const events = document.events.filter((e) => !faultsByEvent.has(e.id));
		hidden = document.events.length - events.length;
		if (events.length > 0) preview = loadTimeline({ ...document, events, lanes: document.lanes, categories: document.categories }, { file, normalise }).timeline;
	}
	return { document, faults, faultsByEvent, otherFaults, hidden, ...(preview ? { preview } : {}) };
}
