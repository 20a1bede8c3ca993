/*
 * How a live chart moves between steps. Marks that stay tween their transform
 * and opacity in CSS (app.css, `[data-live-drawing] .data-mark`); this module covers
 * what enters or leaves, and when nothing may move at all.
 */

/** DESIGN.md: 400–700 ms, ease cubic in-out. */
export const stepMotionMs = 500;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A live chart sets data-motion="instant" while it jumps, resizes or first draws: then nothing tweens. */
export function movesInstantly(node: Element): boolean {
	return reducedMotion() || node.closest('[data-motion]')?.getAttribute('data-motion') === 'instant';
}

/** Svelte transition for what a step adds or removes (labels, notes, links): a fade, or nothing when motion would be wrong. */
export function fadeStep(node: Element) {
	return {
		duration: movesInstantly(node) ? 0 : stepMotionMs * 0.6,
		css: (t: number) => `opacity: ${t}`
	};
}
