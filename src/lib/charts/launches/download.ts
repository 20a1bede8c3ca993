import { confidenceColumn, dateCells, dateColumns, sourceCell, sourceColumn } from '$lib/data/provenance';
import type { DownloadSpec } from '../types';
import type { LaunchesData } from './data';

export const launchesDownload: DownloadSpec<LaunchesData> = {
	columns: [
		{ key: 'id', label: 'ID', type: 'string', description: 'Stable identifier of the event.' },
		...dateColumns('date', 'Date', 'When the event happened, as dated by its source'),
		...dateColumns('article_date', 'Article date', 'When the article dates the event, where it does'),
		{ key: 'name_en', label: 'Event', type: 'string', description: 'The event in English.' },
		{ key: 'name_zh', label: 'Event (Chinese)', type: 'string', description: 'The event in Chinese (Traditional).' },
		{ key: 'organisation', label: 'Organisation', type: 'string', description: 'Who launched, founded or published it.' },
		{ key: 'field', label: 'Field', type: 'string', description: 'Field id (see the maturity data for the list of fields).' },
		{ key: 'field_en', label: 'Field name', type: 'string', description: 'The field in English.' },
		{ key: 'kind', label: 'Kind', type: 'string', description: 'launch, founding, milestone or statistic.' },
		{ key: 'in_article', label: 'In the article', type: 'boolean', description: 'Whether the source article mentions the event.' },
		sourceColumn,
		confidenceColumn,
		{ key: 'note', label: 'Note', type: 'string', description: 'What the sources do and do not say.' }
	],
	rows: (data) =>
		data.events.map((event) => ({
			id: event.id,
			...dateCells('date', event.date),
			...dateCells('article_date', event.article_date),
			name_en: event.name_en,
			name_zh: event.name_zh,
			organisation: event.organisation,
			field: event.field,
			field_en: event.field_en,
			kind: event.kind,
			in_article: event.in_article,
			source: sourceCell(event.source),
			confidence: event.confidence,
			note: event.note || null
		}))
};
