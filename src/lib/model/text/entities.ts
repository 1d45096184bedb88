/** Character references in HTML and XML text (TimelineJS3's HTML, TimeML's XML): named, decimal and hexadecimal. */

// A Map, not an object: "&constructor;" must stay as written, not become Object's constructor.
const ENTITIES = new Map(
	Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
		mdash: '—',
		ndash: '–',
		hellip: '…',
		rsquo: '’',
		lsquo: '‘',
		rdquo: '”',
		ldquo: '“'
	})
);

/** A character reference: "&amp;", "&#233;", "&#x2014;". */
export const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/** The character a reference stands for, or the reference itself when it stands for none. For String.replace with ENTITY. */
export function decodeEntity(entity: string, name: string): string {
	if (name[0] === '#') {
		const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
	}
	return ENTITIES.get(name.toLowerCase()) ?? entity;
}
