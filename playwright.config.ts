import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.mjs';

/** The first of the four ports the tests serve on (E2E_PORT=5173 lets a second checkout test beside this one). */
const port = Number(process.env.E2E_PORT ?? 4173);
export const siteOrigin = `http://127.0.0.1:${port}`;
/** A second copy of the site, built under a newsroom-style sub-path. */
export const basePath = '/graphics/science-models';
const basePort = port + 1;
export const baseOrigin = `http://127.0.0.1:${basePort}`;
/** A stand-in news site on another origin, for the embed tests. */
export const hostOrigin = `http://127.0.0.1:${port + 2}`;
/** The same site on a host that ignores _headers (plain object storage, GitHub Pages): no CORS, no header policy. */
export const plainHostOrigin = `http://127.0.0.1:${port + 3}`;

/** How every browser test runs, here and in tests/fifth-chart: on CI two workers and one retry. */
export const runOptions = {
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list'
} as const;

/** A phone and a desktop, as readers come. */
export const readerProjects = [
	{ name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' as const } },
	{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }
];

/**
 * Browser tests run against the built static site, served as a static host
 * would serve it. `npm test` builds both copies first.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	...runOptions,
	use: { baseURL: siteOrigin, launchOptions },
	webServer: [
		{
			command: `node scripts/serve.mjs build ${port}`,
			url: `${siteOrigin}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.mjs build-base ${basePort}`,
			env: { BASE_PATH: basePath },
			url: `${baseOrigin}${basePath}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.mjs build ${port + 3}`,
			env: { HEADERS: 'none' },
			url: `${plainHostOrigin}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node tests/e2e/host/server.mjs ${port + 2}`,
			url: `${hostOrigin}/`,
			reuseExistingServer: !process.env.CI
		}
	],
	projects: readerProjects
});
