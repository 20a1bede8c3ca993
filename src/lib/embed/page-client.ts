/**
 * The embed page's script, asked for by page-start.ts once the chart is on
 * screen, with the host's options already applied. It steps the chart and
 * reports its height to the host: far below the weight of a client-side app.
 *
 * The other steps are laid out only once the reader reaches for the control:
 * a host's article may carry several embeds that nobody steps through, and
 * their work would be the host page's blocking time.
 */
import { prepareSteps } from '$lib/charts/step-view';
import { showEmbedStep } from './embed-view';
import { reportHeight } from './height-reporter';

/** A pointer over the control, a finger on it, or the keyboard's focus in it. */
const intentEvents = ['pointerenter', 'pointerdown', 'focusin'] as const;

const root = document.querySelector<HTMLElement>('[data-embed]');
const figure = root?.querySelector<HTMLElement>('[data-chart]');

if (root && figure) {
	const count = Number(root.dataset.stepCount);
	const previous = root.querySelector<HTMLButtonElement>('[data-action="previous"]')!;
	const next = root.querySelector<HTMLButtonElement>('[data-action="next"]')!;

	const show = (step: number) => showEmbedStep(root, figure, step);

	previous.addEventListener('click', () => show(Math.max(0, Number(figure.dataset.step) - 1)));
	next.addEventListener('click', () => show(Math.min(count - 1, Number(figure.dataset.step) + 1)));
	previous.disabled = next.disabled = false;
	const control = previous.parentElement ?? root;
	const prepareOnce = () => {
		for (const type of intentEvents) control.removeEventListener(type, prepareOnce);
		prepareSteps(figure);
	};
	for (const type of intentEvents) control.addEventListener(type, prepareOnce, { passive: true });
	root.dataset.ready = 'true';
	reportHeight(root, figure.dataset.chart ?? '');
}
