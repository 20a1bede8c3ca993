import type { Locale } from '$lib/i18n/locale';
import { fill } from '$lib/i18n/fill';
import { pick } from '$lib/i18n/pick';
import type { MarkDetails } from '../types';
import type { MaturityData } from './data';
import type { MaturityMessages } from './messages';
import { evidence } from './state';
import { caveats, noteText } from './annotation';

/**
 * One entry per row, top to bottom as drawn (model families, then fields):
 * where we place it, the article's words that place it there with their
 * paragraph, and why it lags or is held back. The rows carry no dates or
 * values, and the data rates no confidence: the placement is our judgement,
 * which the first line says.
 */
export function maturityDetails(data: MaturityData, messages: MaturityMessages, locale: Locale): MarkDetails[] {
	const stages = new Map(data.stages.map((stage) => [stage.id, pick(stage, 'name', locale)]));
	return data.rows.map((row) => {
		const quote = evidence(row).map((note) => noteText(note, messages, locale));
		return {
			key: row.field,
			title: pick(row, 'name', locale),
			facts: [
				fill(messages.placedAt, { stage: stages.get(row.stage)! }),
				...quote.map((text) => text.lead + text.body),
				...caveats(row, messages, locale)
			],
			sources: row.source,
			confidence: null
		};
	});
}
