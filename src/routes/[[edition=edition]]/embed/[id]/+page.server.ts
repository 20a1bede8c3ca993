import { error } from '@sveltejs/kit';
import { chartById, chartIds } from '$lib/charts/registry';
import { downloadSizes } from '$lib/downloads/publications.server';
import { localeOf } from '$lib/i18n/locale';
import { dataset, loadStory, localisedData } from '$lib/story/story.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => ['', 'zh-hant', 'zh-hans'].flatMap((edition) => chartIds.map((id) => ({ edition, id })));

export const load: PageServerLoad = ({ params }) => {
	const chart = chartById(params.id);
	if (!chart) error(404, 'No such chart');
	const locale = localeOf(params.edition);
	const story = loadStory(locale);
	return {
		chartId: chart.id,
		data: localisedData(dataset.charts[chart.id], locale),
		text: story.charts[chart.id],
		headline: story.headline,
		downloads: downloadSizes(chart.id)
	};
};
