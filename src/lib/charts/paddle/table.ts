import { fill } from '$lib/i18n/fill';
import { formatNumber, formatPartialDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale';
import type { DataTable } from '../types';
import { describeSources } from '../source-text';
import type { Figure, PaddleData } from './data';
import type { PaddleMessages } from './messages';

/** The qualifier as data re-users wrote it in English; in Chinese, as a reader of this edition says it. */
function qualifierText(figure: Figure, messages: PaddleMessages, locale: Locale): string {
	if (locale === 'en') return figure.qualifier.text;
	const parts = [
		figure.qualifier.asOf ? fill(messages.asOf, { when: formatPartialDate(locale, figure.date) }) : '',
		figure.qualifier.lowerBound ? fill(messages.over, { figure: '' }).trim() : ''
	];
	return parts.filter(Boolean).join('，');
}

export function paddleTable(data: PaddleData, messages: PaddleMessages, locale: Locale): DataTable {
	const keys = ['metric', 'date', 'figure', 'kind', 'qualifier', 'confidence', 'source'] as const;
	return {
		columns: keys.map((key) => ({ key, label: messages.columns[key], numeric: key === 'figure' })),
		rows: data.figures.map((figure) => ({
			metric: messages.metricNames[figure.metric],
			date: formatPartialDate(locale, figure.date),
			figure: formatNumber(locale, figure.value),
			kind: messages.kinds[figure.kind],
			qualifier: qualifierText(figure, messages, locale),
			confidence: figure.confidence ? messages.confidence[figure.confidence] : messages.notRated,
			source: describeSources(figure.source)
		}))
	};
}
