/**
 * Shows one step of a chart drawn in advance (StepDrawings.svelte). The
 * figure's data-step, which tests and hosts read, follows.
 */
export function showStep(figure: HTMLElement, step: number): void {
	figure.dataset.step = String(step);
	for (const state of figure.querySelectorAll<HTMLElement>('[data-state]')) {
		state.hidden = Number(state.dataset.state) !== step;
	}
}
