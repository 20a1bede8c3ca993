import type { LiveChartHandle } from '$lib/charts/live/mount';
import { watchSteps } from '$lib/scrolly/watch-steps';
import { whenNear } from './live-chart';
import { stepFromHash } from './step-anchor';

/** Desktop: the line mid-screen. Phone: below the sticky chart (55svh under the site bar), where cards are read. */
const triggerAt = ({ width }: { width: number }) => (width >= 960 ? 0.5 : 0.8);

/** How long a step must stay in view before screen readers hear it. */
const announceAfterMs = 400;

/**
 * One chart told in steps (ChartStory.svelte): the card crossing the trigger
 * line sets the chart's step, marks the card, and tells screen readers the
 * step's text once per change, never per scrolled pixel.
 */
export function enableScrollStory(story: HTMLElement): void {
	const figure = story.querySelector<HTMLElement>('[data-chart]');
	const scrolly = story.querySelector<HTMLElement>('[data-scrolly]');
	if (!figure || !scrolly) return;
	const cards = Array.from(story.querySelectorAll<HTMLElement>('[data-step-index]'));
	const announcer = figure.querySelector<HTMLElement>('[data-announcer]');
	let active = Number(figure.dataset.step);
	let live: LiveChartHandle | null = null;
	const markCard = () => cards.forEach((card, index) => card.classList.toggle('active', index === active));

	/*
	 * The step's text is told once the reader settles on it: skimming past
	 * steps says nothing, and the new text is laid out and painted in a later
	 * frame than the chart's switch, so neither makes a long task mid-scroll.
	 */
	let pendingAnnouncement = 0;
	const announce = (step: number) => {
		clearTimeout(pendingAnnouncement);
		pendingAnnouncement = window.setTimeout(() => {
			if (announcer) announcer.textContent = cards[step]?.textContent?.trim() ?? '';
		}, announceAfterMs);
	};

	const show = (step: number, withAnnouncement: boolean) => {
		if (step === active) return;
		active = step;
		figure.dataset.step = String(step);
		live?.setStep(step);
		markCard();
		if (withAnnouncement) announce(step);
	};

	/* On paper there is no scrolling: print the step that shows the whole picture, then return. */
	let beforePrint = 0;
	addEventListener('beforeprint', () => {
		beforePrint = active;
		show(Number(figure.dataset.summaryStep), false);
	});
	addEventListener('afterprint', () => show(beforePrint, false));

	/* At a step's address (#launches-3): that step, its card on the trigger line, from the first frame. */
	const followAddress = () => {
		const step = stepFromHash(location.hash, figure.dataset.chart ?? '', cards.length);
		if (step === null) return;
		show(step, false);
		const card = cards[step].getBoundingClientRect();
		scrollBy({ top: card.top + card.height / 2 - Number(scrolly.dataset.triggerPx), behavior: 'instant' });
	};
	addEventListener('hashchange', followAddress);

	markCard();
	watchSteps(scrolly, { triggerAt, onStep: (step) => show(step, true) });
	followAddress();
	whenNear(figure).then((chart) => {
		live = chart;
		// The reader may have scrolled on while the chart's code came.
		live?.setStep(active);
	});
}
