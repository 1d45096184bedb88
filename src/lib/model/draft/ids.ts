/** Ids for what a draft and the editor make: kebab-case, from words, and unique among those taken. */

export function kebab(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'lane'
	);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}

/** An event's id from the first words of its title or excerpt. */
export function eventId(words: string, taken: ReadonlySet<string>): string {
	return uniqueId(kebab(words.split(/\s+/).slice(0, 6).join(' ')), taken);
}
