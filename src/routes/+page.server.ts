import { chartIds } from '$lib/charts/registry';
import { downloadSizes } from '$lib/downloads/publications.server';
import { loadStoryPage } from '$lib/story/story.server';

export const load = () => ({
	...loadStoryPage('en'),
	downloads: Object.fromEntries(chartIds.map((id) => [id, downloadSizes(id)]))
});
