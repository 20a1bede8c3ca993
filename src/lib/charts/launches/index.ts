import { defineChart } from '../types';
import { launchesView } from './live';
import { loadLaunches } from './data';
import { launchesTable } from './table';
import { launchesDownload } from './download';
import { launchesMessages } from './messages';

export const launches = defineChart({
	...launchesView,
	files: ['launches.csv'],
	load: loadLaunches,
	table: launchesTable,
	download: launchesDownload,
	messages: launchesMessages
});
