import { defineChart } from '../types';
import { launchesView } from './live';
import { loadLaunches } from './data';
import { launchesTable } from './table';
import { launchesDownload } from './download';
import { launchesMessages } from './messages';
import wordsEn from './words.en.aml?raw';
import wordsZhHant from './words.zh-hant.aml?raw';

export const launches = defineChart({
	...launchesView,
	files: ['launches.csv'],
	load: loadLaunches,
	table: launchesTable,
	download: launchesDownload,
	messages: launchesMessages,
	words: { en: wordsEn, 'zh-hant': wordsZhHant }
});
