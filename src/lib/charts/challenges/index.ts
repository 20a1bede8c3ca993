import { defineChart } from '../types';
import { challengesView } from './live';
import { loadChallenges } from './data';
import { challengesTable } from './table';
import { challengesDownload } from './download';
import { challengesMessages } from './messages';

export const challenges = defineChart({
	...challengesView,
	files: ['challenges.csv'],
	load: loadChallenges,
	table: challengesTable,
	download: challengesDownload,
	messages: challengesMessages
});
