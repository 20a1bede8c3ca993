import type { Locale } from '$lib/i18n/locale';
import { formatPartialDate } from '$lib/i18n/format';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { LaunchesData } from './data';
import type { LaunchesMessages } from './messages';
import { pick } from '$lib/i18n/pick';

export function launchesTable(data: LaunchesData, messages: LaunchesMessages, locale: Locale): DataTable {
	const keys = ['date', 'event', 'organisation', 'field', 'kind', 'provenance', 'confidence', 'source'] as const;
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key] })),
		rows: data.events.map((event) => ({
			date: formatPartialDate(locale, event.date),
			event: locale === 'en' ? `${event.name_en} (${event.name_zh})` : event.name_zh,
			organisation: event.organisation,
			field: pick(event, 'field', locale),
			kind: messages.kinds[event.kind],
			provenance: event.in_article ? messages.article : messages.context,
			confidence: messages.confidence[event.confidence],
			source: describeSources(event.source)
		}))
	};
}
