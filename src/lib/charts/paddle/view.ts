import { formatShortDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale';
import { metrics, type Figure, type PaddleData } from './data';
import { formatFigure } from './format';
import { layoutChart, type ChartLayout, type LabelSpec } from './layout';
import { paddleMessages } from './messages';
import type { PaddleState } from './state';

/** What the drawing has to fit: its inner size, the time scale across it, and where titles start. */
export interface Frame {
	width: number;
	height: number;
	time: (date: Date) => number;
	/** Left of the plot, under the tick labels. */
	titleX: number;
}

/** The words a step shows and the layout they make, for one frame. */
export function layoutStep(data: PaddleData, stepState: PaddleState, locale: Locale, frame: Frame): ChartLayout & { releaseText: string } {
	const messages = paddleMessages[locale];
	const releaseText = stepState.release ? messages.releaseBand(formatShortDate(locale, stepState.release.date)) : '';
	const layout = layoutChart({
		...frame,
		figures: data.figures,
		labels: labelSpecs(data, stepState, locale),
		matches: stepState.matches,
		releaseDate: stepState.release?.date ?? null,
		releaseText,
		titles: messages.axisTitles
	});
	return { ...layout, releaseText };
}

/**
 * The words of every direct label a step shows: the end of each line (always),
 * then the labels the step asks for. End labels come first so they keep their
 * place beside the line's last point.
 */
export function labelSpecs(data: PaddleData, stepState: PaddleState, locale: Locale): LabelSpec[] {
	const messages = paddleMessages[locale];
	const figure = (item: Figure) => formatFigure(locale, item.value);
	const ends = metrics.flatMap((metric): LabelSpec[] => {
		const latest = data.figures.filter((item) => item.metric === metric && item.kind === 'published').at(-1);
		return latest ? [{ id: latest.id, role: 'end', wordings: messages.endLabel(messages.metrics[metric], figure(latest)) }] : [];
	});
	const matched = new Set(stepState.matches.map((match) => match.figure));
	const named = stepState.labelled.flatMap(({ id, role }): LabelSpec[] => {
		const item = data.figures.find((candidate) => candidate.id === id);
		if (!item) return [];
		const wordings =
			role === 'article'
				? messages.articleLabel(item.qualifier.lowerBound ? messages.over(figure(item)) : figure(item), item.qualifier.asOf ?? formatShortDate(locale, item.date))
				: role === 'first'
					? messages.firstLabel(figure(item), formatShortDate(locale, item.date))
					: matched.has(id)
						? messages.matchLabel(figure(item))
						: messages.sameUpdateLabel(figure(item));
		return [{ id, role, wordings }];
	});
	return [...ends, ...named];
}
