import { defineChart } from '../types';
import { challengesView } from './live';
import { loadChallenges } from './data';
import { challengesTable } from './table';
import { challengesDownload } from './download';
import { challengesMessages } from './messages';
import wordsEn from './words.en.aml?raw';
import wordsZhHant from './words.zh-hant.aml?raw';

export const challenges = defineChart({
	...challengesView,
	files: ['challenges.csv'],
	load: loadChallenges,
	table: challengesTable,
	download: challengesDownload,
	messages: challengesMessages,
	words: { en: wordsEn, 'zh-hant': wordsZhHant }
});
