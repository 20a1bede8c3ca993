import { defineChart } from '../types';
import { maturityView } from './live';
import { loadMaturity } from './data';
import { maturityTable } from './table';
import { maturityDownload } from './download';
import { maturityMessages } from './messages';
import wordsEn from './words.en.aml?raw';
import wordsZhHant from './words.zh-hant.aml?raw';

export const maturity = defineChart({
	...maturityView,
	files: ['maturity.csv', 'maturity-stages.csv'],
	load: loadMaturity,
	table: maturityTable,
	download: maturityDownload,
	messages: maturityMessages,
	words: { en: wordsEn, 'zh-hant': wordsZhHant }
});
