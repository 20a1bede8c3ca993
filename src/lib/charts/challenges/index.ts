import { defineChart } from '../types';
import Challenges from './Challenges.svelte';
import { loadChallenges } from './data';
import { challengesState, challengeSteps } from './state';
import { challengesTable } from './table';

export const challenges = defineChart({
	id: 'challenges',
	files: ['challenges.csv'],
	load: loadChallenges,
	steps: challengeSteps,
	summaryStep: challengeSteps.indexOf('voices'),
	stateFor: challengesState,
	table: challengesTable,
	component: Challenges
});
