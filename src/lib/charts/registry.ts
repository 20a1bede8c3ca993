import { challenges } from './challenges';
import { launches } from './launches';
import { maturity } from './maturity';
import { paddle } from './paddle';
import type { ChartDefinition } from './types';

/**
 * Every chart the product publishes, in story order. The story, the embed
 * pages, the data downloads and the tests are all generated from this list.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chart has its own data and state types
export const charts: readonly ChartDefinition<any, any, any>[] = [launches, maturity, challenges, paddle];

export const chartIds = charts.map((chart) => chart.id);

export function chartById(id: string) {
	return charts.find((chart) => chart.id === id);
}
