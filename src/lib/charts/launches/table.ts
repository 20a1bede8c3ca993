import type { Locale } from '$lib/i18n/locale';
import { formatPartialDate } from '$lib/i18n/format';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { LaunchesData } from './data';
import { launchesMessages } from './messages';

export function launchesTable(data: LaunchesData, locale: Locale): DataTable {
	const messages = launchesMessages[locale];
	const keys = ['date', 'event', 'organisation', 'field', 'kind', 'provenance', 'confidence', 'source'] as const;
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key] })),
		rows: data.events.map((event) => ({
			date: formatPartialDate(locale, event.date),
			event: `${event.name_en} (${event.name_zh})`,
			organisation: event.organisation,
			field: event.field_en,
			kind: messages.kinds[event.kind],
			provenance: event.in_article ? messages.article : messages.context,
			confidence: messages.confidence[event.confidence],
			source: describeSources(event.source)
		}))
	};
}
