import { sourceCell, sourceColumn } from '$lib/data/provenance';
import type { DownloadSpec } from '../types';
import type { MaturityData } from './data';

const paragraphList = (ids: readonly string[]) => (ids.length ? ids.join(' ') : null);

export const maturityDownload: DownloadSpec<MaturityData> = {
	columns: [
		{ key: 'field', label: 'Family or field', type: 'string', description: 'Id of the model family or field of science.' },
		{ key: 'name_en', label: 'Name', type: 'string', description: 'The family or field in English.' },
		{ key: 'name_zh', label: 'Name (Chinese)', type: 'string', description: 'The family or field in Chinese (Traditional).' },
		{ key: 'group', label: 'Group', type: 'string', description: 'family (language, vision, scientific models) or field.' },
		{
			key: 'stage',
			label: 'Stage',
			type: 'string',
			description: 'Where the desk places the row on its maturity scale: a judgement read from the article’s wording, not the article’s own ranking.'
		},
		{
			key: 'stage_order',
			label: 'Stage order',
			type: 'integer',
			description: 'The stage’s position on the scale, 1 (exploring) to 4 (changing industry practice).'
		},
		{ key: 'stage_definition', label: 'Stage definition', type: 'string', description: 'What the stage means.' },
		{ key: 'evidence_source', label: 'Evidence paragraph', type: 'string', description: 'The article paragraph the evidence quote comes from.' },
		{
			key: 'evidence_zh',
			label: 'Evidence (article)',
			type: 'string',
			description: 'A short quote from the article, conversion artifacts corrected.'
		},
		{ key: 'evidence_en', label: 'Evidence (translation)', type: 'string', description: 'The desk’s translation of the quote.' },
		{
			key: 'speaker',
			label: 'Speaker',
			type: 'string',
			description: 'Who is quoted, where the evidence is a person’s words (id in the people list).'
		},
		{ key: 'lag_source', label: 'Lag paragraphs', type: 'string', description: 'Paragraphs saying why the row lags.' },
		{ key: 'lag_note', label: 'Lag note', type: 'string', description: 'The desk’s summary of why the row lags.' },
		{ key: 'held_back_source', label: 'Held-back paragraphs', type: 'string', description: 'Paragraphs saying what holds adoption back.' },
		{ key: 'held_back_note', label: 'Held-back note', type: 'string', description: 'The desk’s summary of what holds adoption back.' },
		sourceColumn
	],
	rows: (data) => {
		const stages = new Map(data.stages.map((stage) => [stage.id, stage]));
		return data.rows.map((row) => ({
			field: row.field,
			name_en: row.name_en,
			name_zh: row.name_zh,
			group: row.group,
			stage: row.stage,
			stage_order: stages.get(row.stage)!.order,
			stage_definition: stages.get(row.stage)!.definition_en,
			evidence_source: row.evidence_source,
			evidence_zh: row.evidence_zh,
			evidence_en: row.evidence_en,
			speaker: row.speaker,
			lag_source: paragraphList(row.lag_source),
			lag_note: row.lag_note || null,
			held_back_source: paragraphList(row.held_back),
			held_back_note: row.held_back_note || null,
			source: sourceCell(row.source)
		}));
	}
};
