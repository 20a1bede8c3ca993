import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { htmlLang, localeOf } from '$lib/i18n/locale';
import { compactHtml } from '$lib/site/compact-html';

/** Sets <html lang> on every prerendered page from its edition's path segment, and compacts the page. */
export const handle: Handle = ({ event, resolve }) => {
	const edition = event.url.pathname.slice(base.length).split('/')[1];
	return resolve(event, {
		transformPageChunk: ({ html }) => compactHtml(html.replace('%lang%', htmlLang[localeOf(edition)]))
	});
};
