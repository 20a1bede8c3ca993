import { csvParse } from 'd3-dsv';
import { DataError } from './errors';
import { parsePartialDate, type PartialDate } from './partial-date';
import { parseSources, type SourceRef } from './sources';

/** What every column parser may consult: the article's paragraph ids. */
export interface DataContext {
	paragraphs: ReadonlySet<string>;
}

/** Turns one cell into a typed value, or throws an Error whose message is the reason. */
export type Column<T> = (cell: string, context: DataContext) => T;

export type RowOf<S extends Record<string, Column<unknown>>> = {
	[K in keyof S]: ReturnType<S[K]>;
} & { row: number };

export const text: Column<string> = (cell) => {
	if (cell.trim() === '') throw new Error('empty: this column needs a value');
	return cell.trim();
};

export const optionalText: Column<string> = (cell) => cell.trim();

export const id: Column<string> = (cell) => {
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(cell)) throw new Error(`"${cell}" is not an id (lower-case letters, digits and hyphens)`);
	return cell;
};

export const optionalId: Column<string | null> = (cell, context) => (cell === '' ? null : id(cell, context));

export function oneOf<const T extends string>(values: readonly T[]): Column<T> {
	return (cell) => {
		if (!(values as readonly string[]).includes(cell)) throw new Error(`"${cell}" is not one of ${values.join(', ')}`);
		return cell as T;
	};
}

export const number: Column<number> = (cell) => {
	const value = Number(cell);
	if (cell.trim() === '' || !Number.isFinite(value)) throw new Error(`"${cell}" is not a number`);
	return value;
};

export const integer: Column<number> = (cell, context) => {
	const value = number(cell, context);
	if (!Number.isInteger(value)) throw new Error(`"${cell}" is not a whole number`);
	return value;
};

export const partialDate: Column<PartialDate> = (cell) => {
	const date = parsePartialDate(cell);
	if (!date) throw new Error(`date "${cell}" is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)`);
	return date;
};

export const yesNo: Column<boolean> = (cell, context) => oneOf(['yes', 'no'] as const)(cell, context) === 'yes';

export const sources: Column<SourceRef[]> = (cell, context) => parseSources(cell, context.paragraphs);

export const confidence = oneOf(['confirmed', 'likely', 'unconfirmed'] as const);
export type Confidence = ReturnType<typeof confidence>;

/**
 * Parses a CSV file against a schema: every column must be present, every cell
 * must parse. The first bad cell stops the build with file, row and column.
 */
export function parseTable<S extends Record<string, Column<unknown>>>(
	file: string,
	csv: string,
	schema: S,
	context: DataContext
): RowOf<S>[] {
	const table = csvParse(csv.replace(/^\uFEFF/, ''));
	for (const column of Object.keys(schema)) {
		if (!table.columns.includes(column)) throw new DataError(file, 1, column, 'column is missing from the header');
	}
	return table.map((cells, index) => {
		const row = index + 2;
		const parsed: Record<string, unknown> = { row };
		for (const [column, parse] of Object.entries(schema)) {
			try {
				parsed[column] = parse(cells[column] ?? '', context);
			} catch (error) {
				throw new DataError(file, row, column, (error as Error).message);
			}
		}
		return parsed as RowOf<S>;
	});
}

/** Stops the build on the first repeated value of a column that must be unique. */
export function assertUnique<R extends { row: number }>(file: string, rows: readonly R[], column: keyof R & string): void {
	const seen = new Map<unknown, number>();
	for (const row of rows) {
		const value = row[column];
		const first = seen.get(value);
		if (first !== undefined) throw new DataError(file, row.row, column, `duplicate id "${String(value)}" (first used in row ${first})`);
		seen.set(value, row.row);
	}
}

/** Stops the build where a column names an id that another file (or this one) does not define. */
export function assertKnown<R extends { row: number }>(
	file: string,
	rows: readonly R[],
	column: keyof R & string,
	known: ReadonlySet<unknown>,
	what: string
): void {
	for (const row of rows) {
		const value = row[column];
		if (value !== null && !known.has(value)) throw new DataError(file, row.row, column, `unknown ${what} "${String(value)}"`);
	}
}

export const optionalPartialDate: Column<PartialDate | null> = (cell, context) => (cell === '' ? null : partialDate(cell, context));
