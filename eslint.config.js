import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { importBoundaries } from './import-boundaries.js';

export default defineConfig(
	globalIgnores(['build/', '.svelte-kit/', 'build-*/', '.svelte-kit-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results.json', 'static/']),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		// .svelte components and .svelte.ts/.svelte.js modules (runes): the Svelte parser, with TypeScript inside.
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// Which folder may import which (import-boundaries.js): a forbidden import fails `npm run lint`.
	...importBoundaries
);
