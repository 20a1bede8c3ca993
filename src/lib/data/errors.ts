/**
 * A problem in an editor-maintained data file. The message names the file, the
 * spreadsheet row (the header is row 1) and the column, so the editor can go
 * straight to the cell.
 */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly row: number | null,
		readonly column: string | null,
		readonly reason: string
	) {
		const where = [file, row === null ? null : `row ${row}`, column === null ? null : row === null ? column : `column "${column}"`]
			.filter(Boolean)
			.join(', ');
		super(`${where}: ${reason}`);
		this.name = 'DataError';
	}
}
