import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { htmlLang, localeOf } from '$lib/i18n/locale';

/** Sets <html lang> on every prerendered page from its edition's path segment. */
export const handle: Handle = ({ event, resolve }) => {
	const edition = event.url.pathname.slice(base.length).split('/')[1];
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', htmlLang[localeOf(edition)]) });
};
