import { fill } from '$lib/i18n/fill';
import { formatCount, formatNumber, formatShortDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale';
import { metrics, type Figure, type Metric, type PaddleData } from './data';
import { layoutChart, tickLabelMargin, type ChartLayout, type LabelSpec } from './layout';
import type { PaddleMessages } from './messages';
import type { PaddleState } from './state';

/** What the drawing has to fit: its inner size, the time scale across it, and where titles start. */
export interface Frame {
	width: number;
	height: number;
	time: (date: Date) => number;
	/** Left of the plot, under the tick labels. */
	titleX: number;
}

/** A value axis counts in the unit its panel's title names: "1,000" (thousands), "500" (萬). */
const tickLabelFor = (messages: PaddleMessages, locale: Locale) => (metric: Metric, value: number) =>
	formatNumber(locale, value / messages.axisUnits[metric]);

/** Room around the plot: the widest tick label on the left, the years below, and air for the marks at the edges. */
export function plotPadding(data: PaddleData, messages: PaddleMessages, locale: Locale, box: { height: number }) {
	const [top, right, bottom] = [2, 6, 22];
	return { top, right, bottom, left: tickLabelMargin(data.figures, box.height - top - bottom, tickLabelFor(messages, locale)) };
}

/** The words a step shows and the layout they make, for one frame. */
export function layoutStep(
	data: PaddleData,
	stepState: PaddleState,
	messages: PaddleMessages,
	locale: Locale,
	frame: Frame
): ChartLayout & { releaseText: string } {
	const releaseText = stepState.release ? fill(messages.releaseBand, { date: formatShortDate(locale, stepState.release.date) }) : '';
	const layout = layoutChart({
		...frame,
		figures: data.figures,
		labels: labelSpecs(data, stepState, messages, locale),
		matches: stepState.matches,
		releaseDate: stepState.release?.date ?? null,
		releaseText,
		titles: messages.axisTitles,
		tickLabel: tickLabelFor(messages, locale)
	});
	return { ...layout, releaseText };
}

/**
 * The words of every direct label a step shows: the end of each line (always),
 * then the labels the step asks for. End labels come first so they keep their
 * place beside the line's last point.
 */
export function labelSpecs(data: PaddleData, stepState: PaddleState, messages: PaddleMessages, locale: Locale): LabelSpec[] {
	const figure = (item: Figure) => formatCount(locale, item.value);
	const word = (alternatives: string[][], values: Record<string, string>) => alternatives.map((parts) => parts.map((part) => fill(part, values)));
	const ends = metrics.flatMap((metric): LabelSpec[] => {
		const latest = data.figures.filter((item) => item.metric === metric && item.kind === 'published').at(-1);
		return latest
			? [{ id: latest.id, role: 'end', wordings: word(messages.endLabel, { name: messages.metrics[metric], figure: figure(latest) }) }]
			: [];
	});
	const matched = new Set(stepState.matches.map((match) => match.figure));
	const named = stepState.labelled.flatMap(({ id, role }): LabelSpec[] => {
		const item = data.figures.find((candidate) => candidate.id === id);
		if (!item) return [];
		// The qualifier's "as of …" is the article's English wording; Chinese labels date the claim instead.
		const when = (locale === 'en' ? item.qualifier.asOf : null) ?? formatShortDate(locale, item.date);
		const wordings =
			role === 'article'
				? word(messages.articleLabel, { figure: item.qualifier.lowerBound ? fill(messages.over, { figure: figure(item) }) : figure(item), when })
				: role === 'first'
					? word(messages.firstLabel, { figure: figure(item), date: formatShortDate(locale, item.date) })
					: word(matched.has(id) ? messages.matchLabel : messages.sameUpdateLabel, { figure: figure(item) });
		return [{ id, role, wordings }];
	});
	return [...ends, ...named];
}
