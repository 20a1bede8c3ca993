import scrollama from 'scrollama';

/**
 * A tiny scrollama wrapper: calls `onStep` with the index of the step that
 * last crossed the trigger line. The line sits at a pixel offset, the same on
 * every step, and moves when the window is resized or turned. The container's
 * data-trigger-px says where it is, for tests and for debugging.
 */
export function watchSteps(
	container: HTMLElement,
	{ triggerAt, onStep }: { triggerAt: (viewport: { width: number; height: number }) => number; onStep: (index: number) => void }
): void {
	let scroller: scrollama.ScrollamaInstance | null = null;
	const setup = () => {
		scroller?.destroy();
		const triggerPx = Math.round(innerHeight * triggerAt({ width: innerWidth, height: innerHeight }));
		container.dataset.triggerPx = String(triggerPx);
		scroller = scrollama()
			.setup({
				step: Array.from(container.querySelectorAll<HTMLElement>('[data-step-index]')),
				// scrollama accepts "NNNpx" although its types only list fractions.
				offset: `${triggerPx}px` as unknown as scrollama.DecimalType
			})
			.onStepEnter(({ index }) => onStep(index));
	};
	let pending = 0;
	const onResize = () => {
		cancelAnimationFrame(pending);
		pending = requestAnimationFrame(setup);
	};
	setup();
	addEventListener('resize', onResize);
}
