import { defineChart } from '../types';
import Paddle from './Paddle.svelte';
import { dataFile, loadPaddle } from './data';
import { paddleState, paddleSteps } from './state';
import { paddleTable } from './table';
import { paddleDownload } from './download';
import { paddleMessages } from './messages';

export const paddle = defineChart({
	id: 'paddle',
	files: [dataFile],
	load: loadPaddle,
	steps: paddleSteps,
	summaryStep: paddleSteps.indexOf('reportdates'),
	stateFor: paddleState,
	table: paddleTable,
	download: paddleDownload,
	messages: paddleMessages,
	component: Paddle
});
