import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

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
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/workers/**/*.test.ts'],
		environment: 'node'
	}
});
