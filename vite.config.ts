import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Data under data/ is read at build time through import.meta.glob.
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/components/**/*.test.ts'],
		environment: 'node'
	}
});
