import type { Confidence } from '$lib/data/schema';
import type { ShapeName } from '../layers/symbols';
import type { LaunchKind } from './data';

/** Event kind is told by shape; provenance by fill; confidence by the outline's dash. */
export const kindShape: Record<LaunchKind, ShapeName> = {
	launch: 'circle',
	founding: 'square',
	milestone: 'diamond',
	statistic: 'triangle'
};

export const confidenceDash: Record<Confidence, string | undefined> = {
	confirmed: undefined,
	likely: '2 2',
	unconfirmed: '4 3'
};
