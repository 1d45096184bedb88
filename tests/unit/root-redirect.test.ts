import { describe, expect, it } from 'vitest';
import { namesView, redirectScript } from '../../src/lib/model/root-redirect';

/** Runs the inline script at a URL; what it passed to location.replace, if anything. */
function run(url: string, target = './t/putin-taliban-allies/'): string | undefined {
	const { search, hash } = new URL(url);
	let replaced: string | undefined;
	const location = { search, hash, replace: (to: string) => (replaced = to) };
	new Function('location', 'URLSearchParams', redirectScript(target).replace(/^<script>|<\/script>$/g, ''))(location, URLSearchParams);
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

	it('are sent on to the view with the same query and hash, by the inline script', () => {
		expect(run('http://x/?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31')).toBe(
			'./t/putin-taliban-allies/?event=crocus-city-hall-attack&from=2021-01-01&to=2024-12-31'
		);
		expect(run('http://x/?context=hide#top')).toBe('./t/putin-taliban-allies/?context=hide#top');
		expect(run('http://x/')).toBeUndefined();
		expect(run('http://x/?utm_source=newsletter')).toBeUndefined();
	});

	it('cannot close the script element it is written in', () => {
		expect(redirectScript('</script><script>alert(1)//').slice(0, -'</script>'.length)).not.toContain('</script>');
	});
});
