import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's chromium where it exists (Playwright cannot download its own browser here);
// CHROMIUM_PATH overrides; elsewhere Playwright's own (npx playwright install chromium).
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

// E2E_PORT lets two checkouts run the suite side by side (Playwright reuses any server on the port).
const port = Number(process.env.E2E_PORT ?? 4173);
// The site built for a sub-path (BASE_PATH=/sub) is served on a port of its own, E2E_PORT + 100 by default.
const subpathPort = Number(process.env.E2E_SUBPATH_PORT ?? port + 100);

export default defineConfig({
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		trace: 'retain-on-failure',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	projects: [
		{ name: 'chromium', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}` } },
		// The same site published under /sub/ (a GitHub Pages project site), from a build of its own.
		{ name: 'subpath', testDir: 'tests/subpath', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${subpathPort}` } }
	],
	// Started one after the other: the site at the root (build/, served with its _headers as `npm start`
	// serves it), then the site under /sub/ (build-subpath/ with working files of its own, served as GitHub
	// Pages serves a project site: no headers of the site's own).
	webServer: [
		{
			command: `npm run build && npx tsx scripts/serve.ts --port ${port}`,
			env: { BASE_PATH: '', BUILD_DIR: 'build' },
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			command: `npx vite build && npx vite build --config vite.standalone.config.ts && npx tsx scripts/serve.ts --dir build-subpath --base /sub --port ${subpathPort} --no-headers`,
			env: { BASE_PATH: '/sub', BUILD_DIR: 'build-subpath' },
			url: `http://127.0.0.1:${subpathPort}/sub/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		}
	]
});
