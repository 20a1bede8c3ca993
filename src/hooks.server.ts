import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { htmlLang, localeOf } from '$lib/i18n/locale';

/**
 * Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`, …). No page is
 * hydrated (csr = false), so they are only nodes for the browser to parse and keep.
 */
const hydrationMarkers = /<!--(?:\[-?\d*!?|\]!?)?-->/g;

/** Sets <html lang> on every prerendered page from its edition's path segment, and drops the markers. */
export const handle: Handle = ({ event, resolve }) => {
	const edition = event.url.pathname.slice(base.length).split('/')[1];
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', htmlLang[localeOf(edition)]).replace(hydrationMarkers, '')
	});
};
