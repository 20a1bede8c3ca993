import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { chartById, chartIds } from '$lib/charts/registry';
import { chartPayload } from '$lib/charts/payload';
import { editionPath, localeOf } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages.server';
import { dataset, localisedData } from '$lib/story/story.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ['', 'zh-hant', 'zh-hans'].flatMap((edition) => chartIds.map((id) => ({ edition, id })));

/**
 * A chart's data and words for the story's live chart, fetched as the reader
 * nears it: in the page they would weigh on its first paint. (An embed carries
 * its one chart's in the page: a sandboxed frame may not fetch from a host
 * without CORS headers.)
 */
export const GET: RequestHandler = ({ params }) => {
	const chart = chartById(params.id);
	if (!chart) error(404, 'No such chart');
	const locale = localeOf(params.edition);
	const messages = messagesFor(locale);
	const payload = chartPayload(
		localisedData(dataset.charts[chart.id], locale),
		messages.charts[chart.id],
		locale,
		messages.ui,
		`${base}/${editionPath(locale)}`
	);
	return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
