import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import fc from 'fast-check';
import { parseViewParams } from '../../src/lib/model/site/view-url';

/**
 * The full view and the embed opened with hostile query strings: repeated, empty, huge, control-character,
 * lone-surrogate and markup values of every view parameter, and src documents that are no http(s) URL or
 * cannot be fetched. Each page shows the timeline (with a note for what it ignored) or the faults of its
 * src, never an error page, and throws nothing.
 */

const ids = new Set((JSON.parse(readFileSync('data/putin-taliban-allies/timeline.json', 'utf8')) as { events: { id: string }[] }).events.map((event) => event.id));

const KEYS = ['from', 'to', 'event', 'lanes', 'context', 'theme', 'height', 'excerpts', 'story', 'src'] as const;
const VALUES = [
	'',
	' ',
	'\u0000',
	'\t\r\n',
	'\ud800',
	'a\udfffz',
	'\u202egnp.exe',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'&amp;&#0;',
	'javascript:alert(1)',
	'data:application/json,{"version":1}',
	'99999999999-01-01',
	`Y${'9'.repeat(400)}`,
	'Y-13800000000',
	'-271821-04-19',
	'2024-02-30',
	'2024-03-22T23:59Z',
	'1e999',
	'-0',
	'NaN',
	'Infinity',
	'99999',
	'119',
	'5001',
	'crocus-city-hall-attack',
	'__proto__',
	'constructor',
	'x'.repeat(3_000)
];
/** src values that stay on this machine: the page must show their faults, not fetch elsewhere. */
const SOURCES = ['javascript:alert(1)', 'data:application/json,{}', 'nope.json', '//', 'http://127.0.0.1:9/timeline.json', '\u0000', '../../../etc/passwd', 'about:blank'];

const pair = fc.oneof(
	{ weight: 9, arbitrary: fc.tuple(fc.constantFrom(...KEYS.filter((key) => key !== 'src')), fc.constantFrom(...VALUES)) },
	{ weight: 1, arbitrary: fc.tuple(fc.constant('src'), fc.constantFrom(...SOURCES)) }
);
// Drawn once with a fixed seed, so that every run opens the same pages.
const generated = fc.sample(fc.array(pair, { minLength: 1, maxLength: 6 }), { numRuns: 24, seed: 18 }).map((pairs) => `?${new URLSearchParams(pairs)}`);
const QUERIES = [
	...generated,
	'?from=2024-01-01&from=2025-01-01&from=2025-01-01&zoom=1&zoom=2',
	'?from=%E0%A4%A&to=%&event=%ZZ',
	'?src=javascript:alert(1)&src=nope.json',
	'?event=' + encodeURIComponent('"><svg onload=alert(1)>'),
	'?theme=dark&height=300&excerpts=1&lanes=category&context=hide&story=1',
	`?${'a'.repeat(40)}=${'b'.repeat(2_000)}`
];

const PAGES = ['/t/putin-taliban-allies/', '/embed/'];

/** Messages the browser itself writes for a src that cannot be fetched; the page shows that src's fault. (What the policy refuses, ./test fails on.) */
const NETWORK_MESSAGE = /Failed to load resource|net::ERR_|CORS/;

async function openHostile(page: Page, url: string) {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error' && !NETWORK_MESSAGE.test(message.text())) errors.push(`console error: ${message.text()}`);
	});
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(200);
	const view = page.locator('.timeline-view[data-ready]');
	const faults = page.getByRole('alert').filter({ hasText: 'This timeline could not be shown' });
	await expect(view.or(faults).first(), url).toBeVisible({ timeout: 15_000 });
	// SvelteKit's error page is headed by the status alone.
	await expect(page.locator('h1', { hasText: /^\s*\d{3}\s*$/ })).toHaveCount(0);
	return { errors, shown: (await view.count()) > 0 ? ('view' as const) : ('faults' as const) };
}

test.describe('hostile query strings', () => {
	for (const query of QUERIES) {
		test(`${query.slice(0, 100)}${query.length > 100 ? '…' : ''}`, async ({ page }) => {
			const params = new URLSearchParams(query);
			const src = params.get('src');
			for (const path of PAGES) {
				const { errors, shown } = await openHostile(page, path + query);
				expect(errors, path + query).toEqual([]);
				// A src that names no document on this machine gives its faults; without one, the bundled timeline shows.
				expect(shown, path + query).toBe(src ? 'faults' : 'view');
				if (shown === 'view') {
					// What the view did not follow, it says.
					const { notes } = parseViewParams(params, ids);
					if (notes.length > 0) await expect(page.locator('ul.notes li')).toHaveText(notes);
					else await expect(page.locator('ul.notes')).toHaveCount(0);
				}
			}
		});
	}
});
