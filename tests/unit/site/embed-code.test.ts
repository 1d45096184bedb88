import { describe, expect, it } from 'vitest';
import { checkHostedAddress, embedCode, srcAddresses } from '../../../src/lib/model/site/embed-code';

describe('the embed code', () => {
	it('is the iframe of the embed view, named after the timeline, and the script that sizes it', () => {
		expect(embedCode('https://site.example/t/a/embed/?theme=light', 'https://site.example/embed.js', 'Cosmonaut dies')).toBe(
			'<iframe src="https://site.example/t/a/embed/?theme=light" title="Timeline: Cosmonaut dies" style="width:100%;height:520px;border:0" loading="lazy"></iframe>\n' +
				'<script src="https://site.example/embed.js" async></script>'
		);
	});

	it('escapes the title for HTML, shows its hidden characters, and shortens a long one', () => {
		const code = embedCode('https://site.example/embed/', 'https://site.example/embed.js', `"A" <b>&</b>\u202E${'x'.repeat(400)}`);
		const title = /title="([^"]*)"/.exec(code)![1]!;
		expect(title).toMatch(/^Timeline: &#34;A&#34; &#60;b&#62;&#38;&#60;\/b&#62;/);
		expect(title).not.toContain('\u202E');
		expect(title.endsWith('…')).toBe(true);
		expect(title.length).toBeLessThan(400);
	});
});

describe('the addresses of a timeline.json hosted elsewhere', () => {
	it('open it by ?src= in the embed view and the full view, under the base path, its address encoded whole', () => {
		expect(srcAddresses('https://site.example/sub/', 'https://files.example.org/t/timeline.json?v=2&x=1')).toEqual({
			embed: 'https://site.example/sub/embed/?src=https%3A%2F%2Ffiles.example.org%2Ft%2Ftimeline.json%3Fv%3D2%26x%3D1',
			view: 'https://site.example/sub/?src=https%3A%2F%2Ffiles.example.org%2Ft%2Ftimeline.json%3Fv%3D2%26x%3D1'
		});
	});

	it('are checked: whole, http(s), https from an https site, and reachable by readers', () => {
		const https = 'https://site.example';
		expect(checkHostedAddress('https://files.example.org/timeline.json', https)).toEqual({});
		expect(checkHostedAddress('http://files.example.org/timeline.json', 'http://127.0.0.1:4173')).toEqual({});
		expect(checkHostedAddress('', https).fault).toMatch(/^Give the address the timeline.json will be at/);
		expect(checkHostedAddress('files.example.org/timeline.json', https).fault).toMatch(/^Give the whole address/);
		expect(checkHostedAddress('ftp://files.example.org/timeline.json', https).fault).toBe('Give an address starting with https:// or http://, not ftp://.');
		expect(checkHostedAddress('http://files.example.org/timeline.json', https).fault).toMatch(/served over https, so the file must be too/);
		for (const local of ['http://localhost:8000/t.json', 'http://127.0.0.1/t.json', 'http://192.168.1.4/t.json', 'http://[::1]/t.json', 'http://nas.local/t.json']) {
			const check = checkHostedAddress(local, 'http://127.0.0.1:4173');
			expect(check.fault, local).toBeUndefined();
			expect(check.warning, local).toMatch(/readers' browsers cannot open it/);
		}
	});
});
