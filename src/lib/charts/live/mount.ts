import { mount } from 'svelte';
import type { ChartView } from '../types';
import type { Locale } from '$lib/i18n/locale';
import type { CardLabels } from './DetailsCard.svelte';
import LiveChart from './LiveChart.svelte';

/** What the browser needs, besides the chart's code, to draw it again (payload.ts). */
export interface ChartPayload {
	data: unknown;
	messages: unknown;
	locale: Locale;
	/** The story's path in this edition, from the site root: a step's link is this and its anchor. */
	storyPath: string;
	labels: CardLabels;
}

export interface LiveChartHandle {
	setStep(step: number): void;
}

/** A module's chart definition: each chart folder's index.ts exports one. */
export function chartIn(module: Record<string, unknown>, id: string): ChartView<unknown, unknown> | undefined {
	return Object.values(module).find(
		(value): value is ChartView<unknown, unknown> => typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id
	);
}

/** The chart's data and words as the embed page writes them in. */
export function inlinePayload(figure: HTMLElement): ChartPayload | null {
	const script = figure.querySelector('script[data-chart-payload]');
	return script?.textContent ? (JSON.parse(script.textContent) as ChartPayload) : null;
}

/**
 * Draws a chart live in its figure, over the server's drawing, and removes
 * that drawing once the live one is measured and drawn: the box stays the
 * same, so nothing on the page moves.
 */
export function mountLiveChart(figure: HTMLElement, chart: ChartView<unknown, unknown>, payload: ChartPayload): LiveChartHandle | null {
	const drawing = figure.querySelector<HTMLElement>('[data-drawing]');
	if (!drawing) return null;
	return mount(LiveChart, {
		target: drawing,
		props: {
			chart,
			...payload,
			step: Number(figure.dataset.step) || 0,
			onready: () => {
				drawing.querySelector('[data-server-drawing]')?.remove();
				figure.dataset.live = '';
			}
		}
	}) as LiveChartHandle;
}
