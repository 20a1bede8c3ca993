import type { Locale } from '$lib/i18n/locale';
import type { Confidence } from '$lib/data/schema';
import type { FigureKind, Metric } from './data';

export interface PaddleMessages {
	/** Short names for the labels at the end of each line. */
	metrics: Record<Metric, string>;
	/** Panel titles: the full name and the unit the axis counts in. */
	axisTitles: Record<Metric, string>;
	/** Full names for the data table. */
	metricNames: Record<Metric, string>;
	kinds: Record<FigureKind, string>;
	confidence: Record<Confidence, string>;
	notRated: string;
	legend: Record<'confirmed' | 'likely' | 'article' | 'span', string>;
	/**
	 * Direct labels: ways to word each, fullest first, each in parts that go on
	 * one line when there is room and a part a line when not.
	 */
	endLabel: (name: string, figure: string) => string[][];
	over: (figure: string) => string;
	articleLabel: (figure: string, when: string) => string[][];
	firstLabel: (figure: string, date: string) => string[][];
	matchLabel: (figure: string) => string[][];
	sameUpdateLabel: (figure: string) => string[][];
	releaseBand: (date: string) => string;
	columns: Record<'metric' | 'date' | 'figure' | 'kind' | 'qualifier' | 'confidence' | 'source', string>;
}

export const paddleMessages: Record<Locale, PaddleMessages> = {
	en: {
		metrics: { models: 'Models', enterprises: 'Enterprises', developers: 'Developers' },
		axisTitles: {
			models: 'Models (thousands)',
			enterprises: 'Enterprises and institutions (thousands)',
			developers: 'Developers (millions)'
		},
		metricNames: { models: 'Models', enterprises: 'Enterprises and institutions', developers: 'Developers' },
		kinds: { published: 'Published figure', article: 'Article’s claim' },
		confidence: { confirmed: 'confirmed', likely: 'likely', unconfirmed: 'unconfirmed' },
		notRated: 'not rated (the article’s claim)',
		legend: {
			confirmed: 'Confirmed',
			likely: 'Likely',
			article: 'Article’s end-2024 figure',
			span: 'Bar: only the month or year is known'
		},
		endLabel: (name, figure) => [[name, figure]],
		over: (figure) => `over ${figure}`,
		// The legend names the diamond as the article's end-2024 figure, so a cramped label may drop the date.
		articleLabel: (figure, when) => [[figure, `(article, ${when})`], [figure, '(article)']],
		firstLabel: (figure, date) => [[figure, `(${date})`]],
		// A cramped label leans on the dashed link to the article's diamond.
		matchLabel: (figure) => [[figure, '(matches the article)'], [figure, '(matches)']],
		sameUpdateLabel: (figure) => [[figure, '(same update)']],
		releaseBand: (date) => `Published ${date}`,
		columns: {
			metric: 'Metric',
			date: 'Date',
			figure: 'Figure',
			kind: 'Kind',
			qualifier: 'Qualifier',
			confidence: 'Confidence',
			source: 'Source'
		}
	}
};
