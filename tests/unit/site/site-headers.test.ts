import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/headers-file';
import { addressesOf, metaPolicyOf } from '../../../scripts/site-adapter.js';

describe('the _headers file', () => {
	const rules = parseHeadersFile(
		[
			'# a comment',
			'/*',
			'  Access-Control-Allow-Origin: *',
			'/t/',
			"  Content-Security-Policy: script-src 'self'",
			'/t/:id/embed/',
			'  X-Frame: one',
			'/t/*',
			'  X-Frame: two'
		].join('\r\n')
	);

	it('gives a path the headers of every rule that matches it, values of one name joined', () => {
		expect(headersFor(rules, '/t/')).toEqual({ 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': "script-src 'self'", 'X-Frame': 'two' });
		expect(headersFor(rules, '/t/x/embed/')).toEqual({ 'Access-Control-Allow-Origin': '*', 'X-Frame': 'one, two' });
		expect(headersFor(rules, '/t/x/y/embed/')).toEqual({ 'Access-Control-Allow-Origin': '*', 'X-Frame': 'two' });
		expect(headersFor(rules, '/embed/')).toEqual({ 'Access-Control-Allow-Origin': '*' });
	});

	it('matches an exact path exactly: its dots are not patterns', () => {
		const exact = parseHeadersFile('/index.html\n  A: b');
		expect(headersFor(exact, '/index.html')).toEqual({ A: 'b' });
		expect(headersFor(exact, '/indexxhtml')).toEqual({});
	});

	it('refuses a header outside a rule by its line', () => {
		expect(() => parseHeadersFile('  A: b')).toThrow('_headers, line 1');
		expect(() => parseHeadersFile('/x\n  no colon')).toThrow('_headers, line 2');
	});
});

describe("a built page's policy", () => {
	it('is read from its <meta> tag, unescaped', () => {
		const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a+b='; connect-src &amp;"><script>x</script>`;
		expect(metaPolicyOf(html)).toBe("script-src 'self' 'sha256-a+b='; connect-src &");
		expect(metaPolicyOf('<head></head>')).toBeUndefined();
	});

	it("is sent at the page's addresses, under the base path", () => {
		expect(addressesOf('index.html', '')).toEqual(['/', '/index.html']);
		expect(addressesOf('t/x/index.html', '/sub')).toEqual(['/sub/t/x/', '/sub/t/x/index.html']);
		expect(addressesOf('404.html', '')).toEqual(['/404', '/404.html']);
	});
});
