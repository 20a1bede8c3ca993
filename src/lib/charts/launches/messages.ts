import type { Locale } from '$lib/i18n/locale';
import type { Confidence } from '$lib/data/schema';
import type { LaunchKind } from './data';

export interface LaunchesMessages {
	lanes: Record<'platform' | 'life' | 'matter' | 'earth', string>;
	kinds: Record<LaunchKind, string>;
	confidence: Record<Confidence, string>;
	article: string;
	context: string;
	monthSpan: string;
	articleDate: (date: string) => string;
	columns: Record<'date' | 'event' | 'organisation' | 'field' | 'kind' | 'provenance' | 'confidence' | 'source', string>;
}

export const launchesMessages: Record<Locale, LaunchesMessages> = {
	en: {
		lanes: { platform: 'Institutes', life: 'Life sciences', matter: 'Matter', earth: 'Earth & weather' },
		kinds: { launch: 'Model launch', founding: 'Founding', milestone: 'Milestone', statistic: 'Statistic' },
		confidence: { confirmed: 'confirmed', likely: 'likely', unconfirmed: 'unconfirmed' },
		article: 'In the article',
		context: 'Outside context',
		monthSpan: 'Bar: known only to the month',
		articleDate: (date) => `the article says ${date}`,
		columns: {
			date: 'Date',
			event: 'Event',
			organisation: 'Organisation',
			field: 'Field',
			kind: 'Kind',
			provenance: 'In the article?',
			confidence: 'Confidence',
			source: 'Source'
		}
	}
};
