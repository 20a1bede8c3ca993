import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import { chartById, chartIds } from '$lib/charts/registry';
import { builtCss } from '$lib/downloads/built-css.server';
import { composeChartImage, extractChartSvg } from '$lib/downloads/chart-image';
import { dataset, loadStory } from '$lib/story/story.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartIds.flatMap((id) => [{ file: `${id}.svg` }, { file: `${id}.png` }]);

/** Each chart in its summary state, drawn at a landscape size, as SVG and PNG. */
export const GET: RequestHandler = ({ params }) => {
	const [id, format] = params.file.split('.');
	const chart = chartById(id);
	if (!chart || (format !== 'svg' && format !== 'png')) error(404, 'No such image');
	const data = dataset.charts[chart.id];
	const text = loadStory('en').charts[chart.id];
	const { body } = render(chart.component, {
		props: {
			data,
			stepState: chart.stateFor(data, chart.summaryStep),
			locale: 'en',
			messages: chart.messages.en,
			size: { width: 1120, height: 460 }
		}
	});
	const svg = composeChartImage(extractChartSvg(body), builtCss(), {
		title: text.title,
		takeaway: text.takeaway,
		source: text.source,
		credit: 'Science models explainer'
	});
	if (format === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
	const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render().asPng();
	return new Response(new Blob([png as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': 'image/png' } });
};
