/*
 * Switching the steps of a chart drawn in advance (StepDrawings.svelte). A
 * state starts `hidden` (not laid out); once shown, or prepared, it stays laid
 * out on `standby` (transparent), so switching back to it is a repaint.
 */

const states = (figure: HTMLElement) => figure.querySelectorAll<HTMLElement>('[data-state]');

/** Shows one step; the figure's data-step, which tests and hosts read, follows. */
export function showStep(figure: HTMLElement, step: number): void {
	figure.dataset.step = String(step);
	for (const state of states(figure)) {
		if (Number(state.dataset.state) === step) {
			state.hidden = false;
			state.classList.remove('standby');
		} else if (!state.hidden) {
			state.classList.add('standby');
		}
	}
}

/** Lays out the states not yet seen, one per idle moment, so no later switch costs a long task. */
export function prepareSteps(figure: HTMLElement): void {
	const waiting = Array.from(states(figure)).filter((state) => state.hidden);
	const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
	const next = () => {
		const state = waiting.shift();
		if (!state) return;
		if (state.hidden) {
			state.classList.add('standby');
			state.hidden = false;
			// Laid out in this idle moment: left to the next frame, it would be laid out there with every state prepared in the meantime.
			state.getBoundingClientRect();
		}
		idle(next);
	};
	idle(next);
}
