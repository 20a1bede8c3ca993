/** Shows one step of an embed: the figure's data-step (which tests and hosts read), its caption, and which way the control can still go. */
export function showEmbedStep(root: HTMLElement, figure: HTMLElement, step: number): void {
	const count = Number(root.dataset.stepCount);
	figure.dataset.step = String(step);
	for (const caption of root.querySelectorAll<HTMLElement>('[data-caption]')) {
		caption.hidden = Number(caption.dataset.caption) !== step;
	}
	// aria-disabled, not disabled: a button that disables itself would drop the keyboard's focus.
	root.querySelector('[data-action="previous"]')?.setAttribute('aria-disabled', String(step === 0));
	root.querySelector('[data-action="next"]')?.setAttribute('aria-disabled', String(step === count - 1));
}
