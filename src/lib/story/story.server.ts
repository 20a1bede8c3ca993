import { charts } from '$lib/charts/registry';
import { loadDataset } from '$lib/data/dataset';
import { dataFiles } from '$lib/data/files.server';
import type { Locale } from '$lib/i18n/locale';
import { parseStory } from './content';

const contentFiles = import.meta.glob('/src/content/story.*.aml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Everything a story page needs, validated: any bad file stops the prerender, and so the build. */
export function loadStoryPage(locale: Locale) {
	const dataset = loadDataset(dataFiles);
	const file = `src/content/story.${locale}.aml`;
	const story = parseStory(file, contentFiles[`/${file}`] ?? '', {
		paragraphs: dataset.tables.context.paragraphs,
		people: new Set(dataset.tables.people.keys()),
		charts
	});
	return { locale, story, chartData: dataset.charts, people: Object.fromEntries(dataset.tables.people) };
}
