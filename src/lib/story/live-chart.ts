import type { LiveChartHandle } from '$lib/charts/live/mount';

/** How far ahead of the reader a chart's code is fetched and the chart drawn: a screen and a half. */
const ahead = '150% 0px';

/**
 * Draws a story's chart live once the reader nears it: its code (one module
 * per chart, beside this script) and the live-chart runtime are fetched then,
 * not with the page. Resolves with the live chart.
 */
export function whenNear(figure: HTMLElement): Promise<LiveChartHandle | null> {
	return new Promise((done) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				const id = figure.dataset.chart ?? '';
				// The chart's module sits beside this script (scripts/page-scripts.mjs names it).
				const here = import.meta.url;
				Promise.all([import('$lib/charts/live/mount'), import(/* @vite-ignore */ new URL(`./charts/${id}.js`, here).href)])
					.then(([{ chartIn, mountLiveChart }, module]) => {
						const chart = chartIn(module, id);
						done(chart ? mountLiveChart(figure, chart) : null);
					})
					.catch(() => done(null));
			},
			{ rootMargin: ahead }
		);
		observer.observe(figure);
	});
}
