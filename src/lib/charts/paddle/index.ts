// PLACEHOLDER: replaced by the real chart.
import { defineChart } from '../types';
import Pending from '../Pending.svelte';

export const paddle = defineChart({
	id: 'paddle',
	files: [],
	load: () => ({}),
	steps: ['article','models','enterprises','reportdates'],
	summaryStep: 0,
	stateFor: (_data: unknown, step: number) => ({ step }),
	table: () => ({ columns: [], rows: [] }),
	download: { columns: [], rows: () => [] },
	messages: { en: {}, 'zh-hant': {} },
	component: Pending
});
