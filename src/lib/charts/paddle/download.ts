import { confidenceColumn, dateCells, dateColumns, sourceCell, sourceColumn } from '$lib/data/provenance';
import type { DownloadSpec } from '../types';
import type { PaddleData } from './data';

export const paddleDownload: DownloadSpec<PaddleData> = {
	columns: [
		{ key: 'id', label: 'ID', type: 'string', description: 'Metric, date and source together: unique per row.' },
		{
			key: 'metric',
			label: 'Metric',
			type: 'string',
			description: 'developers, enterprises (enterprises and institutions served) or models (models created).'
		},
		...dateColumns('date', 'Date', 'When the figure was published (a README change, a report), not always when it was first announced'),
		{ key: 'value', label: 'Value', type: 'integer', description: 'The count as published.', unit: 'count' },
		{
			key: 'kind',
			label: 'Kind',
			type: 'string',
			description: 'published (a figure PaddlePaddle published) or article (the source article’s own end-2024 claim).'
		},
		{
			key: 'qualifier',
			label: 'Qualifier',
			type: 'string',
			description: '"over" marks a lower bound; "as of …" names the time the figure describes.'
		},
		sourceColumn,
		{ ...confidenceColumn, description: `${confidenceColumn.description} Empty for the article’s own claims.` }
	],
	rows: (data) =>
		data.figures.map((figure) => ({
			id: figure.id,
			metric: figure.metric,
			...dateCells('date', figure.date),
			value: figure.value,
			kind: figure.kind,
			qualifier: figure.qualifier.text || null,
			source: sourceCell(figure.source),
			confidence: figure.confidence
		}))
};
