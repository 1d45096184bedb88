/**
 * The licence an article is published under, as the editor's licence field offers it: a choice of the
 * common ones, named and linked as their licensors write them (the bundled Wikinews timelines' "CC BY 2.5"
 * among them), or another typed by hand, and what was changed from the original. The field shows the
 * article's licence as it is: the choice is read from it, never kept beside it.
 */
import { articleSchema, type Licence } from '../document/schema';

export const COMMON_LICENCES = [
	{ choice: 'cc-by-4.0', label: 'CC BY 4.0', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
	{ choice: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0', licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' } },
	{ choice: 'cc-by-2.5', label: 'CC BY 2.5 (Wikinews)', licence: { name: 'CC BY 2.5', url: 'https://creativecommons.org/licenses/by/2.5/' } },
	{ choice: 'cc0', label: 'CC0 (public domain)', licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' } }
] as const;

/** What the field's list offers: no licence, one of the common licences, or another typed by hand. */
export type LicenceChoice = 'none' | 'other' | (typeof COMMON_LICENCES)[number]['choice'];

/** Which of the list's entries the article's licence is: a common licence by its name and address, else another. */
export function licenceChoiceOf(licence: Licence | undefined): LicenceChoice {
	if (!licence) return 'none';
	return COMMON_LICENCES.find((common) => common.licence.name === licence.name && common.licence.url === licence.url)?.choice ?? 'other';
}

/**
 * The licence once another entry of the list is chosen: what was changed stays said; "other" starts with
 * an empty name and address for the editor to type.
 */
export function chooseLicence(choice: LicenceChoice, licence: Licence | undefined): Licence | undefined {
	if (choice === 'none') return undefined;
	const changes = licence?.changes === undefined ? {} : { changes: licence.changes };
	const common = COMMON_LICENCES.find((entry) => entry.choice === choice);
	return { ...(common ? common.licence : { name: '', url: '' }), ...changes };
}

/** The licence with what was changed from the original, in a few words; none said when the field is blank. */
export function withChanges(licence: Licence, changes: string): Licence {
	const rest: Licence = { name: licence.name, url: licence.url };
	return changes.trim() === '' ? rest : { ...rest, changes };
}

/** The faults of a licence, by the field that shows each: its name, its address, and the article's address its credit links to. */
export interface LicenceFaults {
	licenceName?: string;
	licenceUrl?: string;
	licenceChanges?: string;
	/** The article's own address, which a licensed article's credit links to. */
	url?: string;
}

const licenceShape = articleSchema.shape.licence.unwrap().shape;

/**
 * A licence's faults, by the document schema's rules for each field (so the two cannot drift), with
 * messages that say what to type; `articleUrl` is the article's address as its field holds it.
 */
export function checkLicence(licence: Licence | undefined, articleUrl: string): LicenceFaults {
	if (!licence) return {};
	const faults: LicenceFaults = {};
	if (!licenceShape.name.safeParse(licence.name).success) faults.licenceName = "Give the licence's name as its licensor writes it, such as CC BY-NC 4.0.";
	if (!licenceShape.url.safeParse(licence.url).success) faults.licenceUrl = "Give the address of the licence's own page, starting with https:// or http://.";
	if (licence.changes !== undefined && !licenceShape.changes.safeParse(licence.changes).success) faults.licenceChanges = 'Say what was changed, or leave it empty.';
	if (articleUrl.trim() === '') faults.url = "A licence's credit links to the original: give the article's address, or choose no licence.";
	return faults;
}
