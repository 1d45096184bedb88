import siteAdapter from './scripts/site-adapter.js';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH: the path the site is published under, e.g. /chronoscope for a GitHub Pages project site
// (https://<user>.github.io/chronoscope/); empty (the host's root) by default. See docs/publishing.md.
const base = process.env.BASE_PATH ?? '';

// BUILD_DIR: where the static site is written (build/ by default). A build elsewhere keeps its working
// files apart too (.svelte-kit-<dir> rather than .svelte-kit, which `vite preview` serves), so that the
// tests' sub-path build cannot overwrite the site that the other end-to-end tests are reading.
const buildDir = process.env.BUILD_DIR ?? 'build';
const outDir = buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir.replace(/[^\w.-]+/g, '-')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered: the site is plain files that any static host can serve.
		adapter: siteAdapter({ strict: true, pages: buildDir, assets: buildDir, base }),
		outDir,
		paths: { base },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Nothing inline runs but SvelteKit's own bootstrap, allowed by its hash on each page (in a <meta> tag,
		// and in the page's header: scripts/site-adapter.js). Style attributes stay allowed: Svelte writes them
		// (a chart's height, a label's place), and no script can come of them. Any host may be read by `src`.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self', 'https:', 'http:'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
