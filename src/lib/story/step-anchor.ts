/**
 * A step's address in the story: `#launches-3` is the launches chart's third
 * step (1-based, as readers count). Part of the public contract (DESIGN.md).
 */
export const stepAnchor = (chartId: string, step: number) => `${chartId}-${step + 1}`;

/** The 0-based step a URL fragment names for this chart, or null. */
export function stepFromHash(hash: string, chartId: string, stepCount: number): number | null {
	const match = /^#(.+)-(\d+)$/.exec(hash);
	if (!match || match[1] !== chartId) return null;
	const step = Number(match[2]) - 1;
	return step >= 0 && step < stepCount ? step : null;
}
