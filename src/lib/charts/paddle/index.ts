import { defineChart } from '../types';
import { paddleView } from './live';
import { dataFile, loadPaddle } from './data';
import { paddleTable } from './table';
import { paddleDownload } from './download';
import { paddleMessages } from './messages';
import wordsEn from './words.en.aml?raw';
import wordsZhHant from './words.zh-hant.aml?raw';

export const paddle = defineChart({
	...paddleView,
	files: [dataFile],
	load: loadPaddle,
	table: paddleTable,
	download: paddleDownload,
	messages: paddleMessages,
	words: { en: wordsEn, 'zh-hant': wordsZhHant }
});
