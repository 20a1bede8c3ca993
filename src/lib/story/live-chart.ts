import type { ChartPayload, LiveChartHandle } from '$lib/charts/live/mount';

/** How far ahead of the reader a chart's code is fetched and the chart drawn: a screen and a half. */
const ahead = '150% 0px';

/**
 * Draws a story's chart live once the reader nears it: its code (one module
 * per chart, beside this script), its data and words, and the live-chart
 * runtime are fetched then, not with the page. Resolves with the live chart,
 * or null where it could not be drawn (the server's drawing stays).
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
				const address = figure.querySelector<HTMLElement>('[data-payload-src]')?.dataset.payloadSrc ?? '';
				Promise.all([
					import('$lib/charts/live/mount'),
					import(/* @vite-ignore */ new URL(`./charts/${id}.js`, here).href),
					fetch(address).then((response) => response.json() as Promise<ChartPayload>)
				])
					.then(([{ chartIn, mountLiveChart }, module, payload]) => {
						const chart = chartIn(module, id);
						done(chart ? mountLiveChart(figure, chart, payload) : null);
					})
					.catch(() => done(null));
			},
			{ rootMargin: ahead }
		);
		observer.observe(figure);
	});
}
