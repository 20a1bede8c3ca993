import { charts } from '$lib/charts/registry';
import { loadReferenceTables, type ReferenceTables } from './context';

export interface Dataset {
	tables: ReferenceTables;
	/** Each chart's validated data, by chart id. */
	charts: Record<string, unknown>;
}

/** Validates every data file; the first bad cell throws a DataError and stops the build. */
export function loadDataset(files: Readonly<Record<string, string>>): Dataset {
	const tables = loadReferenceTables(files);
	return { tables, charts: Object.fromEntries(charts.map((chart) => [chart.id, chart.load(files, tables)])) };
}
