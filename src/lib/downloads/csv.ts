/** A value in a downloadable table. null is an empty cell. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * Text a spreadsheet would run as a formula (=, +, @, tab, CR, or - before
 * anything but a number) gets a leading apostrophe, so opening the file can
 * never execute it.
 */
export function neutraliseFormula(text: string): string {
	return /^[=+@\t\r]|^-(?![\d.])/.test(text) ? `'${text}` : text;
}

function field(value: Cell): string {
	if (value === null) return '';
	const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends, quoted fields where needed. With `bom`, a
 * UTF-8 byte order mark first, so Excel reads Chinese text as UTF-8.
 */
export function toCsv(columns: readonly string[], rows: readonly Row[], { bom }: { bom: boolean }): string {
	const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((column) => field(row[column] ?? null)).join(','))];
	return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
