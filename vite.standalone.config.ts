/**
 * The viewer of the one-file page ("Download as a web page"): the full view, built from src/one-file/main.ts
 * as one classic script and one stylesheet, every dynamic import inlined, written beside the site's pages
 * (`npm run build` runs it after the site's build) for the page's download to read and put inline.
 *
 * SvelteKit is not part of this build: `$app/*` are small modules of the page's own (src/one-file/), and
 * each worker's script is bundled into the viewer's and started from a blob: of it, since a file has no
 * other file beside it to start a worker from.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the site is built (svelte.config.js reads the same variable), and the viewer's folder in it. */
const buildDir = process.env.BUILD_DIR ?? 'build';
export const VIEWER_FOLDER = 'one-file-page';

const alias = {
	$lib: here('./src/lib'),
	'$app/paths': here('./src/one-file/app-paths.ts'),
	'$app/environment': here('./src/one-file/app-environment.ts'),
	'$app/navigation': here('./src/one-file/app-navigation.ts')
};

const WORKER_URL = '?worker&url';
const INLINE_WORKER = '\0inline-worker:';

/**
 * `import url from './x-worker.ts?worker&url'` (as the site starts its workers) made the address of a blob:
 * holding the worker's script, bundled on its own as one classic script.
 */
function inlineWorkers(): Plugin {
	return {
		name: 'chronoscope:inline-workers',
		enforce: 'pre',
		async resolveId(id, importer) {
			if (!id.endsWith(WORKER_URL)) return undefined;
			const resolved = await this.resolve(id.slice(0, -WORKER_URL.length), importer);
			return resolved ? `${INLINE_WORKER}${resolved.id}` : undefined;
		},
		async load(id) {
			if (!id.startsWith(INLINE_WORKER)) return undefined;
			const output = await build({
				configFile: false,
				logLevel: 'warn',
				resolve: { alias },
				build: { write: false, minify: true, lib: { entry: id.slice(INLINE_WORKER.length), formats: ['iife'], name: 'worker' } }
			});
			const [result] = Array.isArray(output) ? output : [output];
			const chunk = result && 'output' in result ? result.output.find((file) => file.type === 'chunk') : undefined;
			if (!chunk) throw new Error(`${id}: the worker's script was not built`);
			return `export default URL.createObjectURL(new Blob([${JSON.stringify(chunk.code)}], { type: 'text/javascript' }));`;
		}
	};
}

export default defineConfig({
	plugins: [inlineWorkers(), svelte()],
	resolve: { alias },
	// The page's script and stylesheet are inline, so nothing may be left to load beside them.
	build: {
		outDir: `${buildDir}/${VIEWER_FOLDER}`,
		emptyOutDir: true,
		minify: true,
		assetsInlineLimit: Number.POSITIVE_INFINITY,
		cssCodeSplit: false,
		lib: { entry: here('./src/one-file/main.ts'), formats: ['iife'], name: 'chronoscope', fileName: () => 'viewer.js', cssFileName: 'viewer' }
	}
});
