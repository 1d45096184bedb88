/**
 * The directions imports may take between the folders of `src/`, written once: ESLint enforces them
 * (eslint.config.js) and tests/unit/architecture.test.ts checks that a forbidden import fails lint.
 *
 * The model (`src/lib/model/`) is pure TypeScript: it imports no Svelte, no `$app`, no component, no
 * worker and no server code. Inside it, each folder imports only the folders listed for it.
 */

/**
 * Each model folder, and the model folders it may import (its own is always allowed).
 * @type {Record<string, string[]>}
 */
export const MODEL_LAYERS = {
	text: [],
	date: ['text'],
	document: ['date', 'text'],
	read: ['document', 'date', 'text'],
	chart: ['document', 'date', 'text'],
	search: ['document', 'date', 'text'],
	site: ['chart', 'search', 'document', 'date', 'text'],
	extract: ['date', 'text'],
	draft: ['extract', 'document', 'date', 'text'],
	editor: ['history', 'draft', 'extract', 'read', 'document', 'date', 'text'],
	history: ['draft', 'extract', 'document', 'date', 'text']
};

/** What no model file imports, whatever its folder. */
const outsideModel = [
	{ regex: '^svelte(/|$)', message: 'The model is pure TypeScript: Svelte belongs to components.' },
	{ regex: '^\\$app/', message: 'The model is pure TypeScript: $app belongs to routes and components.' },
	{ regex: '\\.svelte(\\.[jt]s)?$', message: 'The model renders nothing: components import the model, not the other way round.' },
	{ regex: '(^|/)(components|routes|workers|server)(/|$)', message: 'The model imports only the model: components, routes, workers and server code are above it.' },
	{ regex: '^\\$lib/(?!model/)', message: 'The model imports only the model.' }
];

/**
 * An import of a model folder from another folder, written relative (`../chart/x`) or with `$lib/model/`.
 * @param {string} folder
 */
const folderImport = (folder) => `^((\\.\\./)+|\\$lib/model/)${folder}(/|$)`;

const folders = Object.keys(MODEL_LAYERS);

export const importBoundaries = [
	...folders.map((folder) => {
		const allowed = new Set([folder, ...(MODEL_LAYERS[folder] ?? [])]);
		const forbidden = folders.filter((other) => !allowed.has(other));
		return {
			files: [`src/lib/model/${folder}/**/*.ts`],
			rules: {
				'no-restricted-imports': [
					'error',
					{
						patterns: [
							...outsideModel,
							...forbidden.map((other) => ({
								regex: folderImport(other),
								message: `model/${folder} may import only ${[...allowed].map((name) => `model/${name}`).join(', ')}; not model/${other} (import-boundaries.js).`
							}))
						]
					}
				]
			}
		};
	}),
	{
		// A file directly in model/ has no folder, so no direction: every model file lives in one.
		files: ['src/lib/model/*.ts'],
		rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'Every model file lives in the folder of its job (import-boundaries.js).' }] }
	},
	{
		// Components and workers may use the model; the model never uses them, and workers draw nothing.
		files: ['src/lib/workers/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ regex: '(^|/)(components|routes)(/|$)|\\.svelte$', message: 'A worker draws nothing: it imports the model, not components or routes.' }] }
			]
		}
	}
];
