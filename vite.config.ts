import { sveltekit } from '@sveltejs/kit/vite';
import { build as bundle } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Pages ship no app, only one small script each, under a fixed name so the
 * prerendered pages can point at it. Each is bundled whole, with no shared
 * chunks: a chunk the script imports is one more round trip before it runs.
 */
const pageScripts = {
	'_app/story-page.js': 'src/lib/story/page-client.ts',
	'_app/embed-page.js': 'src/lib/embed/page-client.ts'
};

/** Vite 7's default build target, "baseline widely available", which the rest of the site is built for. */
const browsers = ['chrome107', 'edge107', 'firefox104', 'safari16'];

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
			for (const [fileName, entry] of Object.entries(pageScripts)) {
				const { outputFiles } = await bundle({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, alias: { $lib: './src/lib' }, target: browsers });
				this.emitFile({ type: 'asset', fileName, source: outputFiles[0].text });
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
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
