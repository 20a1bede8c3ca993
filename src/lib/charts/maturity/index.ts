import { defineChart } from '../types';
import Maturity from './Maturity.svelte';
import { loadMaturity } from './data';
import { maturityState, maturitySteps } from './state';
import { maturityTable } from './table';
import { maturityDownload } from './download';
import { maturityMessages } from './messages';

export const maturity = defineChart({
	id: 'maturity',
	files: ['maturity.csv', 'maturity-stages.csv'],
	load: loadMaturity,
	steps: maturitySteps,
	summaryStep: maturitySteps.indexOf('fields'),
	stateFor: maturityState,
	table: maturityTable,
	download: maturityDownload,
	messages: maturityMessages,
	component: Maturity
});
