import type { Locale } from '$lib/i18n/locale';
import { formatNumber, formatPartialDate } from '$lib/i18n/format';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { PaddleData } from './data';
import { paddleMessages } from './messages';

export function paddleTable(data: PaddleData, locale: Locale): DataTable {
	const messages = paddleMessages[locale];
	const keys = ['metric', 'date', 'figure', 'kind', 'qualifier', 'confidence', 'source'] as const;
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key], numeric: key === 'figure' })),
		rows: data.figures.map((figure) => ({
			metric: messages.metricNames[figure.metric],
			date: formatPartialDate(locale, figure.date),
			figure: formatNumber(locale, figure.value),
			kind: messages.kinds[figure.kind],
			qualifier: figure.qualifier.text,
			confidence: figure.confidence ? messages.confidence[figure.confidence] : messages.notRated,
			source: describeSources(figure.source)
		}))
	};
}
