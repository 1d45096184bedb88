/**
 * What the editor shows of its document: the faults by event and field, and a preview of the events that
 * have none, so one unfinished event does not blank the whole preview.
 */
import { loadTimeline, type Fault, type Timeline } from '../document/timeline';
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

export function checkState(state: EditorWork, file = 'timeline.json'): Checked {
	const document = documentOf(state);
	const { faults, timeline } = loadTimeline(document, { file });
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
		if (events.length > 0) preview = loadTimeline({ ...document, events, lanes: document.lanes, categories: document.categories }, { file }).timeline;
	}
	return { document, faults, faultsByEvent, otherFaults, hidden, ...(preview ? { preview } : {}) };
}
