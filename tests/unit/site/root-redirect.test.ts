import { describe, expect, it } from 'vitest';
import { namesView, redirectScriptSource } from '../../../src/lib/model/site/root-redirect';

/** Runs the script at a URL, loaded by an element naming `target`; what it passed to location.replace, if anything. */
function run(url: string, target: string | null = './t/putin-taliban-allies/'): string | undefined {
	const { search, hash } = new URL(url);
	let replaced: string | undefined;
	const location = { search, hash, replace: (to: string) => (replaced = to) };
	const document = { currentScript: { getAttribute: (name: string) => (name === 'data-target' ? target : null) } };
	new Function('location', 'document', 'URLSearchParams', redirectScriptSource())(location, document, URLSearchParams);
	return replaced;
}

describe('links to the view that / used to open', () => {
	it('are the ones with a parameter of that view', () => {
		expect(namesView('?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31')).toBe(true);
		expect(namesView('?lanes=category')).toBe(true);
		expect(namesView('?src=https://example.org/t.json')).toBe(true);
		expect(namesView('?theme=dark')).toBe(true);
		expect(namesView('')).toBe(false);
		expect(namesView('?utm_source=newsletter')).toBe(false);
	});

	it('are sent on to the view with the same query and hash, by /root-redirect.js', () => {
		expect(run('http://x/?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31')).toBe(
			'./t/putin-taliban-allies/?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31'
		);
		expect(run('http://x/?context=hide#top')).toBe('./t/putin-taliban-allies/?context=hide#top');
		expect(run('http://x/')).toBeUndefined();
		expect(run('http://x/?utm_source=newsletter')).toBeUndefined();
	});

	it('stay on the shelf when the script element names no target', () => {
		expect(run('http://x/?theme=dark', null)).toBeUndefined();
	});
});
