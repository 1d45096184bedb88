/**
 * EventMedia never makes the page request another host: media elsewhere is a link, and only a file on the
 * site itself is shown as an image.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import EventMedia from '../../src/lib/components/chart/EventMedia.svelte';
import type { Media } from '../../src/lib/model/document/schema';

const html = (media: Media, compact = false) => render(EventMedia, { props: { media, compact } }).body;

describe('EventMedia', () => {
	it('links media elsewhere by its caption, with its credit, and shows no image of it', () => {
		const body = html({ url: 'https://upload.wikimedia.org/a/Moraine_Lake.jpg', caption: 'Moraine Lake', credit: 'Wikipedia Commons' });
		expect(body).toMatch(/<a href="https:\/\/upload\.wikimedia\.org\/a\/Moraine_Lake\.jpg" rel="noopener noreferrer" target="_blank"[^>]*><bdi>Moraine Lake<\/bdi><\/a>/);
		expect(body).toContain('Wikipedia Commons');
		expect(body).not.toMatch(/<img|<iframe|<video|<audio|<link/i);
	});

	it('names a link without a caption by its host', () => {
		expect(html({ url: 'https://vimeo.com/20839673' })).toMatch(/><bdi>vimeo\.com<\/bdi><\/a>/);
	});

	it('shows an image on the site itself, with its caption as its text', () => {
		const body = html({ url: 'media/launch.jpg', caption: 'The launch' }, true);
		expect(body).toMatch(/<img src="\/media\/launch\.jpg" alt="The launch" loading="lazy"/);
		expect(body).toMatch(/><bdi>The launch<\/bdi><\/a>/);
	});

	it('gives nothing for an address that is not http(s) or a path on the site', () => {
		expect(html({ url: 'javascript:alert(1)', caption: 'Click' })).not.toContain('<a');
	});
});
