import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildFileScripts, embedStartScript } from './scripts/page-scripts.mjs';

function emitPageScripts(): Plugin {
	let client = false;
	return {
		name: 'page-scripts',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		async generateBundle() {
			if (!client) return;
			for (const [fileName, source] of Object.entries(await buildFileScripts())) {
				this.emitFile({ type: 'asset', fileName, source });
			}
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
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin), __EMBED_START_SCRIPT__: JSON.stringify(embedStartScript) },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
