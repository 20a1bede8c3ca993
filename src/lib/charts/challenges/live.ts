import { defineView } from '../types';
import Challenges from './Challenges.svelte';
import { challengesState, challengeSteps } from './state';
import { challengesDetails } from './details';

/** What the browser needs to draw the chart live (see ChartView). */
export const challengesView = defineView({
	id: 'challenges',
	steps: challengeSteps,
	summaryStep: challengeSteps.indexOf('voices'),
	stateFor: challengesState,
	details: challengesDetails,
	component: Challenges
});
