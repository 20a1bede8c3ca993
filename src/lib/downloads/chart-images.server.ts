import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import { chartById } from '$lib/charts/registry';
import { dataset, loadStory } from '$lib/story/story.server';
import { builtCss } from './built-css.server';
import { composeChartImage, drawingSizeFor, extractChartSvg } from './chart-image';

const drawn = new Map<string, { svg: string; png: Uint8Array }>();

/**
 * A chart in its summary state, drawn at the size it has on a landscape card
 * with its title and source, as SVG and as PNG. Drawn once per build: the image files and the
 * sizes the data menu quotes come from the same drawing.
 */
export function chartImage(id: string): { svg: string; png: Uint8Array } | undefined {
	const chart = chartById(id);
	if (!chart) return undefined;
	const cached = drawn.get(id);
	if (cached) return cached;
	const data = dataset.charts[chart.id];
	const text = loadStory('en').charts[chart.id];
	const words = { title: text.title, takeaway: text.takeaway, source: text.source, credit: 'Science models explainer' };
	const { body } = render(chart.component, {
		props: {
			data,
			stepState: chart.stateFor(data, chart.summaryStep),
			locale: 'en',
			messages: chart.messages.en,
			size: drawingSizeFor(words)
		}
	});
	const svg = composeChartImage(extractChartSvg(body), builtCss(), words);
	const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render().asPng();
	const image = { svg, png };
	drawn.set(id, image);
	return image;
}
