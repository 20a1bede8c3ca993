// PLACEHOLDER: replaced by the real chart.
import { defineChart } from '../types';
import Pending from '../Pending.svelte';

export const challenges = defineChart({
	id: 'challenges',
	files: [],
	load: () => ({}),
	steps: ['challenges','technical','ecosystem','voices'],
	summaryStep: 0,
	stateFor: (_data: unknown, step: number) => ({ step }),
	table: () => ({ columns: [], rows: [] }),
	download: { columns: [], rows: () => [] },
	messages: { en: {}, 'zh-hant': {} },
	component: Pending
});
