import { defineView } from '../types';
import Paddle from './Paddle.svelte';
import { paddleState, paddleSteps } from './state';
import { paddleDetails } from './details';

/** What the browser needs to draw the chart live (see ChartView). */
export const paddleView = defineView({
	id: 'paddle',
	steps: paddleSteps,
	summaryStep: paddleSteps.indexOf('reportdates'),
	stateFor: paddleState,
	details: paddleDetails,
	component: Paddle
});
