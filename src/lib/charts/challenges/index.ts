import { defineChart } from '../types';
import Challenges from './Challenges.svelte';
import { loadChallenges } from './data';
import { challengesState, challengeSteps } from './state';
import { challengesTable } from './table';
import { challengesDownload } from './download';
import { challengesMessages } from './messages';

export const challenges = defineChart({
	id: 'challenges',
	files: ['challenges.csv'],
	load: loadChallenges,
	steps: challengeSteps,
	summaryStep: challengeSteps.indexOf('voices'),
	stateFor: challengesState,
	table: challengesTable,
	download: challengesDownload,
	messages: challengesMessages,
	component: Challenges
});
