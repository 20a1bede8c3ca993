import { charts } from '$lib/charts/registry';
import { loadDataset } from '$lib/data/dataset';
import { dataFiles } from '$lib/data/files.server';
import type { Locale } from '$lib/i18n/locale';
import { simplifyChineseFields, toSimplified } from '$lib/i18n/simplify.server';
import { parseStory, type Story } from './content';

const contentFiles = import.meta.glob('/src/content/story.*.aml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The validated data, read once per build: any bad file stops the prerender, and so the build. */
export const dataset = loadDataset(dataFiles);

const stories = new Map<Locale, Story>();

/**
 * A locale's story content, checked against the data. zh-hans is converted
 * from the zh-hant file. Parsed once per build: every page of an edition shares it.
 */
export function loadStory(locale: Locale): Story {
	const cached = stories.get(locale);
	if (cached) return cached;
	const written = locale === 'zh-hans' ? 'zh-hant' : locale;
	const inLocale = (source: string) => (locale === 'zh-hans' ? toSimplified(source) : source);
	const file = `src/content/story.${written}.aml`;
	const story = parseStory(file, inLocale(contentFiles[`/${file}`] ?? ''), {
		paragraphs: dataset.tables.context.paragraphs,
		people: new Set(dataset.tables.people.keys()),
		charts: charts.map(({ id, steps, words }) => ({ id, steps, file: `src/lib/charts/${id}/words.${written}.aml`, source: inLocale(words[written]) }))
	});
	stories.set(locale, story);
	return story;
}

/** The data as a locale shows it: Chinese text fields in Simplified for zh-hans. */
export function localisedData<T>(value: T, locale: Locale): T {
	return locale === 'zh-hans' ? simplifyChineseFields(value) : value;
}

/** Everything a story page needs. */
export function loadStoryPage(locale: Locale) {
	return {
		story: loadStory(locale),
		chartData: localisedData(dataset.charts, locale),
		people: localisedData(Object.fromEntries(dataset.tables.people), locale)
	};
}
