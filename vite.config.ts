import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The public origin the site is served from, for the absolute URLs in embed
 * snippets and social cards: SITE_ORIGIN=https://graphics.example.org npm run build.
 * The default is where `npm start` serves it.
 */
const siteOrigin = (process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');

export default defineConfig({
	plugins: [sveltekit()],
	define: { __SITE_ORIGIN__: JSON.stringify(siteOrigin) },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
