import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Headers for serving the built site (also in static/_headers for hosts that read that file): any site
 * may frame the views, and the scripts may be loaded by an embed in a sandboxed iframe, whose origin is
 * opaque, so every file is readable cross-origin.
 */
export const SITE_HEADERS = {
	'Content-Security-Policy':
		"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' https: http:; worker-src 'self' blob:; frame-ancestors *; base-uri 'self'; form-action 'self'",
	'Access-Control-Allow-Origin': '*'
};

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// The model code the views share with the loader of ?src= documents goes in chunks of its own,
				// apart from the components and their CSS. Left to itself, the bundler put that code in the
				// timeline components' chunk; the loader (a dynamic import) then imported that chunk, SvelteKit
				// took its stylesheet for the loader's, and prerendered pages came without the timeline's CSS
				// (unstyled until the script ran, and for readers without JavaScript).
				codeSplitting: { groups: [{ name: 'model', test: /[\\/]src[\\/]lib[\\/]model[\\/]/, entriesAware: true }] }
			}
		}
	},
	preview: { headers: SITE_HEADERS },
	// Data under data/ is read at build time through import.meta.glob.
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/remote/**/*.test.ts'],
		environment: 'node'
	}
});
