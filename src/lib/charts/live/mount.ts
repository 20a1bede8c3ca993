import { mount } from 'svelte';
import type { ChartView } from '../types';
import type { Locale } from '$lib/i18n/locale';
import type { CardLabels } from './DetailsCard.svelte';
import LiveChart from './LiveChart.svelte';

/** What the server writes into a chart's figure for the browser to draw it again (ChartPayload.svelte). */
export interface ChartPayload {
	data: unknown;
	messages: unknown;
	locale: Locale;
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

/**
 * Draws a chart live in its figure, over the server's drawing, and removes
 * that drawing once the live one is measured and drawn: the box stays the
 * same, so nothing on the page moves.
 */
export function mountLiveChart(figure: HTMLElement, chart: ChartView<unknown, unknown>): LiveChartHandle | null {
	const drawing = figure.querySelector<HTMLElement>('[data-drawing]');
	const payloadScript = figure.querySelector('script[data-chart-payload]');
	if (!drawing || !payloadScript?.textContent) return null;
	const payload = JSON.parse(payloadScript.textContent) as ChartPayload;
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
