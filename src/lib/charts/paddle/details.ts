import { fill } from '$lib/i18n/fill';
import { formatCount, formatPartialDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale';
import { compareDates } from '$lib/data/partial-date';
import type { MarkDetails } from '../types';
import { metrics, type Figure, type PaddleData } from './data';
import type { PaddleMessages } from './messages';

/** The arrow keys' order: along time, and down the panels (models, enterprises, developers) for figures of the same date. */
export function byTimeThenPanel(a: Figure, b: Figure): number {
	return compareDates(a.date, b.date) || metrics.indexOf(a.metric) - metrics.indexOf(b.metric);
}

/**
 * What the card says about each figure: the series, the count with its unit,
 * and when it was published (to the day, month or year its source gives), or
 * for the article's claim the time it describes.
 */
export function paddleDetails(data: PaddleData, messages: PaddleMessages, locale: Locale): MarkDetails[] {
	return [...data.figures].sort(byTimeThenPanel).map((figure) => {
		const count = formatCount(locale, figure.value);
		const value = fill(messages.figureWithUnit[figure.metric], {
			figure: figure.qualifier.lowerBound ? fill(messages.over, { figure: count }) : count
		});
		// The article's English wording ("end of 2024") where there is one; Chinese editions date the claim.
		const when = (locale === 'en' ? figure.qualifier.asOf : null) ?? formatPartialDate(locale, figure.date);
		const dated =
			figure.kind === 'article' ? fill(messages.articleAsOf, { when }) : fill(messages.publishedOn, { date: formatPartialDate(locale, figure.date) });
		return {
			key: figure.key,
			title: messages.metricNames[figure.metric],
			facts: [value, dated],
			sources: figure.source,
			confidence: figure.confidence ? messages.confidence[figure.confidence] : null
		};
	});
}
