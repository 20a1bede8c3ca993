/**
 * The embed page's first script, written into the page's head (allowed by its
 * hash in the page's policy). It runs before anything is drawn, so the host's
 * ?theme and ?plain are in place from the first paint: on a slow connection
 * the chart neither flashes into its theme nor jumps when its headline goes.
 * The ?step is shown as soon as the chart is parsed.
 *
 * The rest (page-client.ts: the live chart, the control, the height for the host) is only
 * needed once the chart is on screen, so it is asked for then, and never
 * competes with the chart for the first round trips.
 */
import { showEmbedStep } from './embed-view';
import { parseEmbedParams } from './params';

const script = document.currentScript as HTMLScriptElement;
const options = parseEmbedParams(location.search, Number(script.dataset.stepCount), Number(script.dataset.summaryStep));
if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
if (options.plain) document.documentElement.dataset.plain = '';

document.addEventListener('DOMContentLoaded', () => {
	const root = document.querySelector<HTMLElement>('[data-embed]');
	const figure = root?.querySelector<HTMLElement>('[data-chart]');
	if (root && figure) showEmbedStep(root, figure, options.step);
});

let started = false;
const loadPageClient = () => {
	if (started) return;
	started = true;
	// A classic script: a sandboxed frame's opaque origin may not fetch a module from a host without CORS headers.
	const client = document.createElement('script');
	client.src = script.dataset.pageClient!;
	document.head.append(client);
};

addEventListener(
	'load',
	() => {
		// Two frames after the load: the whole chart has been painted.
		requestAnimationFrame(() => requestAnimationFrame(loadPageClient));
		// A browser draws no frames for an iframe it is not showing (off screen, in a hidden tab), and the host still needs the height.
		setTimeout(loadPageClient, 500);
	},
	{ once: true }
);
