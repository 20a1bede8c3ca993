import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Pages ship no app, only one small script each, built with the client bundle
 * under a fixed name so the prerendered pages can point at it.
 */
const pageScripts = {
	'_app/story-page.js': 'src/lib/story/page-client.ts',
	'_app/embed-page.js': 'src/lib/embed/page-client.ts'
};

function emitPageScripts(): Plugin {
	let client = false;
	return {
		name: 'page-scripts',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (!client) return;
			for (const [fileName, id] of Object.entries(pageScripts)) this.emitFile({ type: 'chunk', id, fileName });
		}
	};
}

/**
 * The public origin the site is served from, for the absolute URLs in embed
 * snippets and social cards: SITE_ORIGIN=https://graphics.example.org npm run build.
 * The default is where `npm start` serves it.
 */
const siteOrigin = (process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');

export default defineConfig({
	plugins: [sveltekit(), emitPageScripts()],
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
