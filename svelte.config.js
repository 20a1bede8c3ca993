import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { embedStartScript, scriptHash } from './scripts/page-scripts.mjs';

/** Newsrooms publish under a sub-path: BASE_PATH=/graphics/science-models npm run build */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
/** Where the static site is written; the base-path test builds a second copy beside the first. */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, precompress: true, strict: true }),
		paths: { base, relative: false },
		// A page's CSS comes inside its HTML: no stylesheet request stands between a reader and the first paint.
		inlineStyleThreshold: Infinity,
		prerender: { entries: ['*', '/404'], handleHttpError: 'fail', handleMissingId: 'fail' },
		// Nothing inline runs but the one script the build wrote and hashed (the
		// embed's first), and nothing loads from another site. Inline styles carry chart geometry.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', scriptHash(embedStartScript)],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
