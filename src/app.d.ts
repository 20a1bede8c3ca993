// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The public origin of the site (see vite.config.ts). */
	const __SITE_ORIGIN__: string;

	namespace App {}
}

export {};
