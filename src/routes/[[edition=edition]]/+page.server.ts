import { chartIds } from '$lib/charts/registry';
import { downloadSizes } from '$lib/downloads/publications.server';
import { localeOf } from '$lib/i18n/locale';
import { loadStoryPage } from '$lib/story/story.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ edition: '' }, { edition: 'zh-hant' }, { edition: 'zh-hans' }];

export const load: PageServerLoad = ({ params }) => ({
	...loadStoryPage(localeOf(params.edition)),
	downloads: Object.fromEntries(chartIds.map((id) => [id, downloadSizes(id)]))
});
