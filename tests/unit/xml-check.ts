/**
 * A strict reader of the XML the exports write, for tests: elements, attributes in double quotes, text and
 * character references, and nothing else (no CDATA, comment, processing instruction or DOCTYPE, which the
 * exports never write). It throws on anything a parser would reject (a stray "<", "&", a character XML does
 * not allow, tags that do not nest) and gives the tree to walk.
 */
export interface XmlElement {
	name: string;
	attributes: Map<string, string>;
	children: XmlElement[];
	/** The element's own text, references decoded, without its children's. */
	text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
	if (NOT_XML.test(raw)) throw new Error(`a character XML does not allow, near ${where}`);
	if (raw.includes('<')) throw new Error(`a "<" in text or a value, near ${where}`);
	return raw.replace(/&([^;]*);|&/g, (match, body: string | undefined) => {
		if (body === undefined) throw new Error(`a bare "&" near ${where}`);
		const numeric = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(body);
		if (numeric) {
			const char = String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
			if (NOT_XML.test(char)) throw new Error(`a reference to a character XML does not allow, near ${where}`);
			return char;
		}
		const named = ENTITIES[body];
		if (named === undefined) throw new Error(`an unknown entity &${body}; near ${where}`);
		return named;
	});
}

/** The document's root element; throws if the text is not well-formed XML of the kind the exports write. */
export function parseXml(xml: string): XmlElement {
	let at = 0;
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	while (at < xml.length) {
		const open = xml.indexOf('<', at);
		const text = xml.slice(at, open === -1 ? xml.length : open);
		const parent = stack.at(-1);
		if (parent) parent.text += decode(text, at);
		else if (text.trim() !== '') throw new Error(`text outside the root element near ${at}`);
		if (open === -1) break;
		at = open + 1;
		if (xml[at] === '/') {
			const name = NAME.exec(xml.slice(at + 1))?.[0];
			const element = stack.pop();
			if (!name || element?.name !== name) throw new Error(`</${name}> does not close <${element?.name}> near ${at}`);
			at += 1 + name.length;
			if (xml[at] !== '>') throw new Error(`a malformed end tag near ${at}`);
			at++;
			continue;
		}
		const name = NAME.exec(xml.slice(at))?.[0];
		if (!name) throw new Error(`"<" starts no element near ${at}`);
		at += name.length;
		const element: XmlElement = { name, attributes: new Map(), children: [], text: '' };
		for (;;) {
			const space = /^\s*/.exec(xml.slice(at))![0].length;
			at += space;
			if (xml.startsWith('/>', at) || xml[at] === '>') break;
			if (space === 0) throw new Error(`no space before an attribute near ${at}`);
			const attribute = /^([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(xml.slice(at));
			if (!attribute) throw new Error(`a malformed attribute near ${at}`);
			if (element.attributes.has(attribute[1]!)) throw new Error(`a repeated attribute ${attribute[1]} near ${at}`);
			element.attributes.set(attribute[1]!, decode(attribute[2]!, at));
			at += attribute[0].length;
		}
		if (stack.length) stack.at(-1)!.children.push(element);
		else if (root) throw new Error(`a second root element near ${at}`);
		else root = element;
		if (xml.startsWith('/>', at)) at += 2;
		else {
			at++;
			stack.push(element);
		}
	}
	if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
	if (!root) throw new Error('no root element');
	return root;
}

/** The element and everything under it, in document order. */
export function* walk(element: XmlElement): Generator<XmlElement> {
	yield element;
	for (const child of element.children) yield* walk(child);
}
