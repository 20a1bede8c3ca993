import { defineChart } from '../types';
import Launches from './Launches.svelte';
import { loadLaunches } from './data';
import { launchesState, launchSteps } from './state';
import { launchesTable } from './table';
import { launchesDownload } from './download';
import { launchesMessages } from './messages';

export const launches = defineChart({
	id: 'launches',
	files: ['launches.csv'],
	load: loadLaunches,
	steps: launchSteps,
	summaryStep: launchSteps.indexOf('china'),
	stateFor: launchesState,
	table: launchesTable,
	download: launchesDownload,
	messages: launchesMessages,
	component: Launches
});
