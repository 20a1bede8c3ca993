/**
 * Charts are drawn on the server at fixed sizes and scaled to their box by the
 * SVG's viewBox, so every page works as plain HTML. The sizes are those of the
 * boxes readers get: the story's sticky chart on a phone and on a desktop
 * (about 360×340 and 760×560–700), which the embed's frames come close to.
 * Boxes from 600 px wide show the wide drawing (StepDrawings.svelte).
 */
export const ssrSize = { width: 360, height: 340 };

export const drawingSizes = [
	{ name: 'narrow', size: ssrSize },
	{ name: 'wide', size: { width: 760, height: 560 } }
] as const;

/** Below this container width, charts turn their time axis to run down the page. */
export const verticalBelow = 560;
