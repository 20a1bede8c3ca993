import { defineConfig } from '@playwright/test';
import { launchOptions } from '../../scripts/chromium.mjs';
import { readerProjects, runOptions } from '../../playwright.config';
import { projectRoot } from './fixture.mjs';

/** The port after the four the main browser tests use (playwright.config.ts). */
const port = Number(process.env.E2E_PORT ?? 4173) + 4;

/** The fifth-chart check: build.mjs builds the project with the fixture chart into build-fifth-chart/, served here. */
export default defineConfig({
	...runOptions,
	testDir: '.',
	outputDir: '../../test-results/fifth-chart',
	use: { baseURL: `http://127.0.0.1:${port}`, launchOptions },
	webServer: {
		command: `node scripts/serve.mjs build-fifth-chart ${port}`,
		cwd: projectRoot,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI
	},
	projects: readerProjects
});
