/**
 * The embed page's script, one classic script per chart (scripts/page-scripts.mjs),
 * asked for by page-start.ts once the server's drawing is on screen, with the
 * host's options already applied. It draws the chart live at the frame's
 * size, steps it with the control, and reports its height to the host.
 */
import { chartIn, inlinePayload, mountLiveChart } from '$lib/charts/live/mount';
import { showEmbedStep } from './embed-view';
import { reportHeight } from './height-reporter';

export function startEmbed(module: Record<string, unknown>, id: string): void {
	const root = document.querySelector<HTMLElement>('[data-embed]');
	const figure = root?.querySelector<HTMLElement>('[data-chart]');
	const chart = chartIn(module, id);
	const payload = figure && inlinePayload(figure);
	if (!root || !figure || !chart || !payload) return;
	const live = mountLiveChart(figure, chart, payload);
	const count = Number(root.dataset.stepCount);
	const previous = root.querySelector<HTMLButtonElement>('[data-action="previous"]')!;
	const next = root.querySelector<HTMLButtonElement>('[data-action="next"]')!;

	const show = (step: number) => {
		showEmbedStep(root, figure, step);
		live?.setStep(step);
	};

	previous.addEventListener('click', () => show(Math.max(0, Number(figure.dataset.step) - 1)));
	next.addEventListener('click', () => show(Math.min(count - 1, Number(figure.dataset.step) + 1)));
	previous.disabled = next.disabled = false;
	root.dataset.ready = 'true';
	reportHeight(root, id);
}
