import type { WrittenLocale } from '$lib/i18n/locale';
import type { FigureKind, Metric } from './data';

/**
 * Templates fill {placeholders}. A direct label lists ways to word it, fullest
 * first, each in parts that share a line when there is room.
 */
export interface PaddleMessages {
	/** Short names for the labels at the end of each line. */
	metrics: Record<Metric, string>;
	/** Panel titles, fullest first: the name and the unit the axis counts in. A narrow chart takes the first that fits. */
	axisTitles: Record<Metric, string[]>;
	/** What one unit on each axis is worth: thousands and millions in English, 萬 in Chinese. */
	axisUnits: Record<Metric, number>;
	/** Full names for the data table. */
	metricNames: Record<Metric, string>;
	kinds: Record<FigureKind, string>;
	confidence: Record<'confirmed' | 'likely' | 'unconfirmed', string>;
	notRated: string;
	legend: Record<'confirmed' | 'likely' | 'article' | 'span', string>;
	/** {name}, {figure}. */
	endLabel: string[][];
	/** {figure}. */
	over: string;
	/** {figure}, {when}. */
	articleLabel: string[][];
	/** {figure}, {date}. */
	firstLabel: string[][];
	matchLabel: string[][];
	sameUpdateLabel: string[][];
	/** {date}. */
	releaseBand: string;
	/** The table's qualifier column: {when}. */
	asOf: string;
	/** The details card: a figure with its unit, {figure}. */
	figureWithUnit: Record<Metric, string>;
	/** The details card: when a published figure appeared, {date}. */
	publishedOn: string;
	/** The details card: what an article claim is, {when}. */
	articleAsOf: string;
	columns: Record<'metric' | 'date' | 'figure' | 'kind' | 'qualifier' | 'confidence' | 'source', string>;
}

export const paddleMessages: Record<WrittenLocale, PaddleMessages> = {
	en: {
		metrics: { models: 'Models', enterprises: 'Enterprises', developers: 'Developers' },
		axisTitles: {
			models: ['Models (thousands)'],
			enterprises: ['Enterprises and institutions (thousands)', 'Enterprises (thousands)'],
			developers: ['Developers (millions)']
		},
		axisUnits: { models: 1_000, enterprises: 1_000, developers: 1_000_000 },
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
		endLabel: [['{name}', '{figure}']],
		over: 'over {figure}',
		// The legend names the diamond as the article's end-2024 figure, so a cramped label may drop the date.
		articleLabel: [
			['{figure}', '(article, {when})'],
			['{figure}', '(article)']
		],
		firstLabel: [['{figure}', '({date})']],
		// A cramped label leans on the dashed link to the article's diamond.
		matchLabel: [
			['{figure}', '(matches the article)'],
			['{figure}', '(matches)']
		],
		sameUpdateLabel: [['{figure}', '(same update)']],
		releaseBand: 'Published {date}',
		asOf: 'as of {when}',
		figureWithUnit: { models: '{figure} models', enterprises: '{figure} enterprises and institutions', developers: '{figure} developers' },
		publishedOn: 'Published {date}',
		articleAsOf: 'The article’s figure, as of {when}',
		columns: {
			metric: 'Metric',
			date: 'Date',
			figure: 'Figure',
			kind: 'Kind',
			qualifier: 'Qualifier',
			confidence: 'Confidence',
			source: 'Source'
		}
	},
	'zh-hant': {
		metrics: { models: '模型', enterprises: '企事業單位', developers: '開發者' },
		axisTitles: {
			models: ['模型數（萬）'],
			enterprises: ['服務企事業單位數（萬）', '企事業單位（萬）'],
			developers: ['開發者數（萬）']
		},
		axisUnits: { models: 10_000, enterprises: 10_000, developers: 10_000 },
		metricNames: { models: '模型', enterprises: '企事業單位', developers: '開發者' },
		kinds: { published: '公開數字', article: '原文數字' },
		confidence: { confirmed: '已證實', likely: '可能', unconfirmed: '未經證實' },
		notRated: '未評級（原文數字）',
		legend: {
			confirmed: '已證實',
			likely: '可能',
			article: '原文的2024年末數字',
			span: '橫條：僅知月份或年份'
		},
		endLabel: [['{name}', '{figure}']],
		over: '超過{figure}',
		articleLabel: [
			['{figure}', '（原文，{when}）'],
			['{figure}', '（原文）']
		],
		firstLabel: [['{figure}', '（{date}）']],
		matchLabel: [
			['{figure}', '（與原文相符）'],
			['{figure}', '（相符）']
		],
		sameUpdateLabel: [['{figure}', '（同一次更新）']],
		releaseBand: '{date}公佈',
		asOf: '截至{when}',
		figureWithUnit: { models: '{figure}個模型', enterprises: '{figure}家企事業單位', developers: '{figure}名開發者' },
		publishedOn: '{date}公佈',
		articleAsOf: '原文數字，截至{when}',
		columns: {
			metric: '指標',
			date: '日期',
			figure: '數字',
			kind: '類型',
			qualifier: '限定',
			confidence: '可信度',
			source: '來源'
		}
	}
};
