/** The faults of one event, by the field they name, as the event's form shows them. */
import { faultField } from '$lib/model/editor/check';
import type { Fault } from '$lib/model/document/faults';

export function faultsOfField(faults: readonly Fault[] | undefined, field: string): string | undefined {
	const reasons = (faults ?? []).filter((fault) => {
		const name = faultField(fault).field;
		return name === field || name.startsWith(`${field}.`);
	});
	return reasons.length ? reasons.map((f) => f.reason).join('; ') : undefined;
}
