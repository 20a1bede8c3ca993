import type { ChartDefinition, DownloadColumn } from '$lib/charts/types';
import type { ChartText } from '$lib/story/content';
import { toCsv, type Row } from './csv';

/** Who publishes the data and under which terms: the same in every file. */
export const publisher = {
	name: 'science-models-explainer',
	title: 'How far are scientific foundation models from real use? Chart data',
	license: {
		name: 'CC-BY-4.0',
		title: 'Creative Commons Attribution 4.0',
		path: 'https://creativecommons.org/licenses/by/4.0/'
	},
	licenseNote:
		'The compiled data is CC BY 4.0. Short quotations from the source article remain the copyright of Science and Technology Daily (科技日報).',
	article: {
		title: 'Science and Technology Daily (科技日報): 科學大模型：「上線」之路還有多遠',
		path: 'https://bg3.co/a/ke-xue-da-mo-xing-shang-xian-zhi-lu-huan-you-duo-yuan.html'
	}
} as const;

/** One chart's data as it is published: the same rows in every format. */
export interface ChartPublication {
	id: string;
	title: string;
	description: string;
	source: string;
	columns: DownloadColumn[];
	rows: Row[];
}

export function publicationOf(chart: ChartDefinition<unknown, unknown>, data: unknown, text: ChartText): ChartPublication {
	return {
		id: chart.id,
		title: text.title,
		description: text.takeaway,
		source: text.source,
		columns: chart.download.columns,
		rows: chart.download.rows(data)
	};
}

/** For spreadsheets: with a BOM. For Frictionless tools: without (their recommendation). */
export function csvOf(publication: ChartPublication, { bom }: { bom: boolean }): string {
	return toCsv(
		publication.columns.map((column) => column.key),
		publication.rows,
		{ bom }
	);
}

export function jsonOf(publication: ChartPublication, generated: string): string {
	const columns = Object.fromEntries(
		publication.columns.map((column) => [
			column.key,
			{ label: column.label, type: column.type, unit: column.unit ?? null, description: column.description }
		])
	);
	const meta = {
		title: publication.title,
		description: publication.description,
		sources: [publication.source, publisher.article],
		license: publisher.license,
		license_note: publisher.licenseNote,
		columns,
		generated
	};
	return `${JSON.stringify({ meta, rows: publication.rows }, null, '\t')}\n`;
}
