import { defineView } from '../types';
import Launches from './Launches.svelte';
import { launchesState, launchSteps } from './state';
import { launchesDetails } from './details';

/** What the browser needs to draw the chart live (see ChartView). */
export const launchesView = defineView({
	id: 'launches',
	steps: launchSteps,
	summaryStep: launchSteps.indexOf('china'),
	stateFor: launchesState,
	details: launchesDetails,
	component: Launches
});
