import { ssrSize } from '$lib/charts/layers/size';

/**
 * The boxes a chart is drawn in, from a 320 px phone's story and embed to a
 * 1920 px desktop's, with the server's size and the chart image's: every
 * chart's layout is tested at each.
 */
export const chartBoxes: readonly { width: number; height: number }[] = [
	{ width: 280, height: 170 },
	{ width: 288, height: 200 },
	{ width: 340, height: 300 },
	{ width: 358, height: 380 },
	ssrSize,
	{ width: 560, height: 420 },
	{ width: 700, height: 500 },
	{ width: 900, height: 600 },
	{ width: 1100, height: 800 },
	{ width: 1120, height: 460 }
];
