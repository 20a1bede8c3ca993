import { defineChart } from '../types';
import { paddleView } from './live';
import { dataFile, loadPaddle } from './data';
import { paddleTable } from './table';
import { paddleDownload } from './download';
import { paddleMessages } from './messages';

export const paddle = defineChart({
	...paddleView,
	files: [dataFile],
	load: loadPaddle,
	table: paddleTable,
	download: paddleDownload,
	messages: paddleMessages
});
