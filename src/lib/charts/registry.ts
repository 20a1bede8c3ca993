import { challenges } from './challenges';
import { launches } from './launches';
import { maturity } from './maturity';
import { paddle } from './paddle';
import type { AnyChart } from './types';

/**
 * Every chart the product publishes, in story order. The story, the embed
 * pages, the data downloads and the tests are all generated from this list.
 */
export const charts: readonly AnyChart[] = [launches, maturity, challenges, paddle];

export const chartIds = charts.map((chart) => chart.id);

export function chartById(id: string) {
	return charts.find((chart) => chart.id === id);
}
