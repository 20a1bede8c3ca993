import { defineChart } from '../types';
import { maturityView } from './live';
import { loadMaturity } from './data';
import { maturityTable } from './table';
import { maturityDownload } from './download';
import { maturityMessages } from './messages';

export const maturity = defineChart({
	...maturityView,
	files: ['maturity.csv', 'maturity-stages.csv'],
	load: loadMaturity,
	table: maturityTable,
	download: maturityDownload,
	messages: maturityMessages
});
