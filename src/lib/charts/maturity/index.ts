// PLACEHOLDER: replaced by the real chart.
import { defineChart } from '../types';
import Pending from '../Pending.svelte';

export const maturity = defineChart({
	id: 'maturity',
	files: [],
	load: () => ({}),
	steps: ['families','fields','research','aerodynamics','heldback'],
	summaryStep: 0,
	stateFor: (_data: unknown, step: number) => ({ step }),
	table: () => ({ columns: [], rows: [] }),
	download: { columns: [], rows: () => [] },
	messages: { en: {}, 'zh-hant': {} },
	component: Pending
});
