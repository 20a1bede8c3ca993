// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The public origin of the site (see vite.config.ts). */
	const __SITE_ORIGIN__: string;
	/** The embed's first script (src/lib/embed/page-start.ts), bundled, to be written into the page. */
	const __EMBED_START_SCRIPT__: string;

	namespace App {}
}

export {};
