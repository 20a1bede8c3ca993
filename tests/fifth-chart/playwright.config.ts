import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from '../../scripts/chromium.mjs';
import { projectRoot } from './fixture.mjs';

/** The port after the four the main browser tests use (playwright.config.ts). */
const port = Number(process.env.E2E_PORT ?? 4173) + 4;

/** The fifth-chart check: build.mjs builds the project with the fixture chart into build-fifth-chart/, served here. */
export default defineConfig({
	testDir: '.',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	outputDir: '../../test-results/fifth-chart',
	use: { baseURL: `http://127.0.0.1:${port}`, launchOptions },
	webServer: {
		command: `node scripts/serve.mjs build-fifth-chart ${port}`,
		cwd: projectRoot,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' } },
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }
	]
});
