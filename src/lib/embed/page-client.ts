/**
 * The embed page's only script. The page is prerendered with every step of the
 * chart already drawn (for narrow and wide frames), so this only switches
 * between them, applies ?theme and ?plain, and reports the height to the host.
 * It keeps the embed far below the weight of a client-side app.
 *
 * The other steps are laid out only once the reader reaches for the control:
 * a host's article may carry several embeds that nobody steps through, and
 * their work would be the host page's blocking time.
 */
import { prepareSteps, showStep } from '$lib/charts/step-view';
import { reportHeight } from './height-reporter';
import { parseEmbedParams } from './params';

/** A pointer over the control, a finger on it, or the keyboard's focus in it. */
const intentEvents = ['pointerenter', 'pointerdown', 'focusin'] as const;

const root = document.querySelector<HTMLElement>('[data-embed]');
const figure = root?.querySelector<HTMLElement>('[data-chart]');

if (root && figure) {
	const count = Number(root.dataset.stepCount);
	const options = parseEmbedParams(location.search, count, Number(root.dataset.summaryStep));
	const previous = root.querySelector<HTMLButtonElement>('[data-action="previous"]')!;
	const next = root.querySelector<HTMLButtonElement>('[data-action="next"]')!;

	const show = (step: number) => {
		showStep(figure, step);
		for (const caption of root.querySelectorAll<HTMLElement>('[data-caption]')) {
			caption.hidden = Number(caption.dataset.caption) !== step;
		}
		// aria-disabled, not disabled: a button that disables itself would drop the keyboard's focus.
		previous.setAttribute('aria-disabled', String(step === 0));
		next.setAttribute('aria-disabled', String(step === count - 1));
	};

	previous.addEventListener('click', () => show(Math.max(0, Number(figure.dataset.step) - 1)));
	next.addEventListener('click', () => show(Math.min(count - 1, Number(figure.dataset.step) + 1)));
	previous.disabled = next.disabled = false;
	if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
	root.classList.toggle('plain', options.plain);
	show(options.step);
	const control = previous.parentElement ?? root;
	const prepareOnce = () => {
		for (const type of intentEvents) control.removeEventListener(type, prepareOnce);
		prepareSteps(figure);
	};
	for (const type of intentEvents) control.addEventListener(type, prepareOnce, { passive: true });
	root.dataset.ready = 'true';
	reportHeight(root, figure.dataset.chart ?? '');
}
