/**
 * The size a chart is drawn at where no box can be measured: on the server
 * (the first paint and pages read without JavaScript, scaled to their box by
 * the viewBox) and for the chart images. In the browser every chart is drawn
 * at its own box's size (ChartCanvas.svelte). The server draws for a phone's
 * box: scaled up on a desktop its text grows, where a wide drawing scaled
 * down to a phone would shrink below legibility.
 */
export const ssrSize = { width: 360, height: 340 };

/** Below this container width, charts turn their time axis to run down the page. */
export const verticalBelow = 560;
