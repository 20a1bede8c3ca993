import type { Locale } from '$lib/i18n/locale';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { MaturityData } from './data';
import { maturityMessages } from './messages';
import { paragraphs } from './annotation';

/** One line per placement, with the stage's meaning and the evidence, so the chart can be checked without it. */
export function maturityTable(data: MaturityData, locale: Locale): DataTable {
	const messages = maturityMessages[locale];
	const keys = ['row', 'group', 'stage', 'definition', 'evidenceZh', 'evidenceEn', 'speaker', 'caveats', 'source'] as const;
	const stages = new Map(data.stages.map((stage) => [stage.id, stage]));
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key] })),
		rows: data.rows.map((row) => {
			const stage = stages.get(row.stage)!;
			const caveats = [
				row.lag_source.length ? messages.caveat.lag(paragraphs(row.lag_source), row.lag_note) : '',
				row.held_back.length ? messages.caveat.heldBack(paragraphs(row.held_back), row.held_back_note) : ''
			];
			return {
				row: `${row.name_en} (${row.name_zh})`,
				group: messages.groups[row.group],
				stage: `${stage.name_en} (${stage.name_zh})`,
				definition: stage.definition_en,
				evidenceZh: `${paragraphs([row.evidence_source])} ${messages.quotedZh(row.evidence_zh)}`,
				evidenceEn: messages.quoted(row.evidence_en),
				speaker: row.speaker_name ?? '',
				caveats: caveats.filter(Boolean).join(' '),
				source: describeSources(row.source)
			};
		})
	};
}
