import { charts } from '$lib/charts/registry';
import { loadDataset } from '$lib/data/dataset';
import { dataFiles } from '$lib/data/files.server';
import type { Locale } from '$lib/i18n/locale';
import { parseStory } from './content';

const contentFiles = import.meta.glob('/src/content/story.*.aml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The validated data, read once per build: any bad file stops the prerender, and so the build. */
export const dataset = loadDataset(dataFiles);

/** A locale's story content, checked against the data. */
export function loadStory(locale: Locale) {
	const file = `src/content/story.${locale}.aml`;
	return parseStory(file, contentFiles[`/${file}`] ?? '', {
		paragraphs: dataset.tables.context.paragraphs,
		people: new Set(dataset.tables.people.keys()),
		charts
	});
}

/** Everything a story page needs. */
export function loadStoryPage(locale: Locale) {
	return { locale, story: loadStory(locale), chartData: dataset.charts, people: Object.fromEntries(dataset.tables.people) };
}
