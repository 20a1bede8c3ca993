import { fill } from '$lib/i18n/fill';
import type { Locale } from '$lib/i18n/locale';
import { pick } from '$lib/i18n/pick';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { MaturityData } from './data';
import type { MaturityMessages } from './messages';
import { caveats, paragraphs } from './annotation';

/** One line per placement, with the stage's meaning and the evidence, so the chart can be checked without it. */
export function maturityTable(data: MaturityData, messages: MaturityMessages, locale: Locale): DataTable {
	const english = locale === 'en';
	const keys = english
		? (['row', 'group', 'stage', 'definition', 'evidenceZh', 'evidenceEn', 'speaker', 'caveats', 'source'] as const)
		: (['row', 'group', 'stage', 'definition', 'evidenceZh', 'speaker', 'caveats', 'source'] as const);
	const stages = new Map(data.stages.map((stage) => [stage.id, stage]));
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key] })),
		rows: data.rows.map((row) => {
			const stage = stages.get(row.stage)!;
			return {
				row: english ? `${row.name_en} (${row.name_zh})` : row.name_zh,
				group: messages.groups[row.group],
				stage: english ? `${stage.name_en} (${stage.name_zh})` : stage.name_zh,
				definition: pick(stage, 'definition', locale),
				evidenceZh: `${paragraphs([row.evidence_source])} ${fill(messages.quotedZh, { text: row.evidence_zh })}`,
				evidenceEn: fill(messages.quoted, { text: row.evidence_en }),
				speaker: (english ? row.speaker_name_en : row.speaker_name_zh) ?? '',
				caveats: caveats(row, messages, locale).join(' '),
				source: describeSources(row.source)
			};
		})
	};
}
