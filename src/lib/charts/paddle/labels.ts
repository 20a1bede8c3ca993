import { formatShortDate } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locale';
import { metrics, type Figure, type PaddleData } from './data';
import { formatFigure } from './format';
import type { LabelSpec } from './layout';
import { paddleMessages } from './messages';
import type { PaddleState } from './state';

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
