import { defineView } from '../types';
import Maturity from './Maturity.svelte';
import { maturityState, maturitySteps } from './state';
import { maturityDetails } from './details';

/** What the browser needs to draw the chart live (see ChartView). */
export const maturityView = defineView({
	id: 'maturity',
	steps: maturitySteps,
	summaryStep: maturitySteps.indexOf('fields'),
	stateFor: maturityState,
	details: maturityDetails,
	component: Maturity
});
