import type { Locale } from '$lib/i18n/locale';
import { formatPartialDate } from '$lib/i18n/format';
import { fill } from '$lib/i18n/fill';
import { pick } from '$lib/i18n/pick';
import { compareDates } from '$lib/data/partial-date';
import type { MarkDetails } from '../types';
import type { Launch, LaunchesData } from './data';
import type { LaunchesMessages } from './messages';
import { lanes } from './layout';
import { articleDateConflict } from './state';

/** Reading order: by date, then by lane, top to bottom (or left to right), for events of one date. */
export function inReadingOrder(events: readonly Launch[]): Launch[] {
	const laneIndex = (event: Launch) => lanes.indexOf(event.domain as (typeof lanes)[number]);
	return [...events].sort((a, b) => compareDates(a.date, b.date) || laneIndex(a) - laneIndex(b));
}

/**
 * What the card says about each event: its date at its own precision, whether
 * the article names it, the article's own date where that disagrees, and how
 * sure the date is. In reading order, which the arrow keys follow.
 */
export function launchesDetails(data: LaunchesData, messages: LaunchesMessages, locale: Locale): MarkDetails[] {
	return inReadingOrder(data.events).map((event) => {
		const conflict = articleDateConflict(event);
		return {
			key: event.id,
			title: pick(event, 'name', locale),
			facts: [
				formatPartialDate(locale, event.date),
				event.in_article ? messages.article : messages.context,
				...(conflict ? [fill(messages.articleDateFact, { date: formatPartialDate(locale, conflict) })] : [])
			],
			sources: event.source,
			confidence: messages.confidence[event.confidence]
		};
	});
}
