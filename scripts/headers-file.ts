/**
 * The `_headers` file as Netlify and Cloudflare Pages read it: rules of a path pattern (a line at the
 * margin) and its headers (indented `Name: value` lines). A request gets the headers of every rule whose
 * pattern matches its path; a header named by several rules gets their values joined by ", ". Patterns
 * are exact paths, with `*` for any rest and `:name` for one segment. `#` starts a comment line.
 */
export interface HeaderRule {
	pattern: RegExp;
	headers: [name: string, value: string][];
}

function patternOf(path: string): RegExp {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/** The rules of a `_headers` file; a header line outside a rule, or one without a colon, is refused by line number. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: patternOf(line.trim()), headers: [] });
			return;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 0) throw new Error(`_headers, line ${index + 1}: expected "Name: value" under a path`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	});
	return rules;
}

/** The headers for a request's path (without its query). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}
