/**
 * The size a chart is drawn at on the server, before the browser measures its
 * box. The SVG's viewBox scales it to fit, so the prerendered page (and a
 * reader without JavaScript) still sees the whole chart.
 */
export const ssrSize = { width: 360, height: 440 };

/** Below this container width, charts turn their time axis to run down the page. */
export const verticalBelow = 560;
