import { charts } from '$lib/charts/registry';
import { dataset, loadStory } from '$lib/story/story.server';
import { bundleName, bundleOf } from './bundle';
import { chartImage } from './chart-images.server';
import { dataPackageOf } from './datapackage';
import { csvOf, jsonOf, publicationOf } from './publication';

const story = loadStory('en');

/** The date the data was last edited, stamped on every file (not the build time, so builds repeat). */
export const generated = story.updated;

export const publications = charts.map((chart) => publicationOf(chart, dataset.charts[chart.id], story.charts[chart.id]));

export const dataPackage = dataPackageOf(publications, generated);

/** Every file under /data/, by its path there: what the routes serve and the zip holds. */
export const dataFilesPublished: ReadonlyMap<string, string | Uint8Array> = new Map<string, string | Uint8Array>([
	...publications.flatMap((publication) => [
		[`${publication.id}.csv`, csvOf(publication, { bom: true })] as const,
		[`${publication.id}.json`, jsonOf(publication, generated)] as const,
		[`package/${publication.id}.csv`, csvOf(publication, { bom: false })] as const
	]),
	['datapackage.json', `${JSON.stringify(dataPackage, null, '\t')}\n`],
	[bundleName, bundleOf(publications, dataPackage, generated)]
]);

export const byteLength = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content).length : content.length);

/** The size of each download a chart offers. */
export function downloadSizes(chartId: string) {
	const image = chartImage(chartId)!;
	return {
		csv: byteLength(dataFilesPublished.get(`${chartId}.csv`)!),
		json: byteLength(dataFilesPublished.get(`${chartId}.json`)!),
		png: byteLength(image.png),
		svg: byteLength(image.svg),
		bundle: byteLength(dataFilesPublished.get(bundleName)!),
		bundleName
	};
}
