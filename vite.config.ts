import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Embed pages ship no app, only src/lib/embed/page-client.ts: built with the
 * client bundle under a fixed name, so the prerendered pages can point at it.
 */
function embedPageScript(): Plugin {
	let client = false;
	return {
		name: 'embed-page-script',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (client) this.emitFile({ type: 'chunk', id: 'src/lib/embed/page-client.ts', fileName: '_app/embed-page.js' });
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
	plugins: [sveltekit(), embedPageScript()],
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
