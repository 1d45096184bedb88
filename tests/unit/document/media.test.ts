import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mediaLink } from '../../../src/lib/model/document/media';
import { eventSchema, timelineJsonSchema } from '../../../src/lib/model/document/schema';
import { seedDocument } from '../helpers';

const PAGE = 'https://chronoscope.example';

describe('mediaLink', () => {
	it.each([
		[
			'an image elsewhere: a link only',
			'https://upload.wikimedia.org/a/Moraine_Lake.jpg',
			{ href: 'https://upload.wikimedia.org/a/Moraine_Lake.jpg', name: 'upload.wikimedia.org', image: false }
		],
		['an image on the page’s origin: shown', `${PAGE}/media/launch.PNG?v=2`, { href: `${PAGE}/media/launch.PNG?v=2`, name: 'chronoscope.example', image: true }],
		['a page on the page’s origin: a link', `${PAGE}/t/x/`, { href: `${PAGE}/t/x/`, name: 'chronoscope.example', image: false }],
		['a path: read from the site’s root, named by its file', 'media/Moraine%20Lake.webp', { href: '/sub/media/Moraine%20Lake.webp', name: 'Moraine Lake.webp', image: true }],
		['a path from the host’s root', '/media/clip.mp4#t=3', { href: '/media/clip.mp4#t=3', name: 'clip.mp4', image: false }]
	])('%s', (_, url, link) => expect(mediaLink(url, '/sub/', PAGE)).toEqual(link));

	it('shows an image of an http(s) URL only where the page’s origin is known', () => {
		expect(mediaLink(`${PAGE}/a.jpg`, '/', undefined)?.image).toBe(false);
		expect(mediaLink('a.jpg', '../../', undefined)).toEqual({ href: '../../a.jpg', name: 'a.jpg', image: true });
	});

	it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/a.png', '/\\evil.example/a.png', '\t//evil.example/a.png', 'ftp://x/a.png', 'https://', ''])(
		'gives no link for %j',
		(url) => expect(mediaLink(url, '/', PAGE)).toBeUndefined()
	);
});

describe('media in the schema', () => {
	const event = (media: unknown) => ({ ...seedDocument().events[0], media });
	const validate = new Ajv2020({ strict: false }).compile(timelineJsonSchema());
	const document = (media: unknown) => ({ ...seedDocument(), events: [event(media)] });

	it.each([{ url: 'https://vimeo.com/1', caption: 'Phat Tai', credit: 'Joe York' }, { url: 'media/launch.jpg' }, { url: '/media/launch.jpg' }])('accepts %j', (media) => {
		expect(eventSchema.safeParse(event(media)).error).toBeUndefined();
		expect(validate(document(media)), JSON.stringify(validate.errors)).toBe(true);
	});

	it.each([
		[{ url: 'javascript:alert(1)' }, 'url'],
		[{ url: '//evil.example/a.png' }, 'url'],
		[{ url: '/\\evil.example/a.png' }, 'url'],
		[{ url: 'https://x.example/', caption: '' }, 'caption'],
		[{ caption: 'No URL' }, 'url'],
		[{ url: 'https://x.example/', alt: 'x' }, '']
	])('rejects %j', (media, field) => {
		const issue = eventSchema.safeParse(event(media)).error?.issues[0];
		expect(issue?.path.join('.')).toBe(field ? `media.${field}` : 'media');
		expect(validate(document(media))).toBe(false);
	});
});
