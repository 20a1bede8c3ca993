import { error } from '@sveltejs/kit';
import { chartById, chartIds } from '$lib/charts/registry';
import { downloadSizes } from '$lib/downloads/publications.server';
import { dataset, loadStory } from '$lib/story/story.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const chart = chartById(params.id);
	if (!chart) error(404, 'No such chart');
	const story = loadStory('en');
	return {
		locale: 'en' as const,
		chartId: chart.id,
		data: dataset.charts[chart.id],
		text: story.charts[chart.id],
		headline: story.headline,
		downloads: downloadSizes(chart.id)
	};
};
