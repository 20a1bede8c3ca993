import { integer, oneOf, optionalText, parseTable, partialDate, sources, type Column, type Confidence, type RowOf } from '$lib/data/schema';
import { DataError } from '$lib/data/errors';
import { sourceCell } from '$lib/data/provenance';
import { required, type ReferenceTables } from '$lib/data/context';
import { compareDates } from '$lib/data/partial-date';
import type { SourceRef } from '$lib/data/sources';

export const dataFile = 'paddle.csv';

/** In the order the panels stack, top to bottom: the article's two figures first. */
export const metrics = ['models', 'enterprises', 'developers'] as const;
export type Metric = (typeof metrics)[number];

/** A figure PaddlePaddle published (reference rows), or the article's own claim. */
const kinds = ['published', 'article'] as const;
export type FigureKind = (typeof kinds)[number];

/** How to read a figure: "over" makes it a lower bound, "as of …" names the time it describes. */
export interface Qualifier {
	text: string;
	lowerBound: boolean;
	asOf: string | null;
}

const qualifier: Column<Qualifier> = (cell, context) => {
	const text = optionalText(cell, context);
	const parts = text === '' ? [] : text.split(';').map((part) => part.trim());
	for (const part of parts) {
		if (part !== 'over' && !/^as of \S/.test(part)) {
			throw new Error(`"${part}" is not a qualifier: write "over" (a lower bound) or "as of …" (the time the figure describes), separated by ";"`);
		}
	}
	const asOf = parts.find((part) => part.startsWith('as of '));
	return { text, lowerBound: parts.includes('over'), asOf: asOf ? asOf.slice('as of '.length) : null };
};

const count: Column<number> = (cell, context) => {
	const value = integer(cell, context);
	if (value <= 0) throw new Error(`${value} is not a positive count`);
	return value;
};

/** The article's claims carry no confidence rating of ours: they are what the article says. */
const notRated = 'n/a';
const confidenceCell = oneOf(['confirmed', 'likely', 'unconfirmed', notRated] as const);

const figureSchema = {
	date: partialDate,
	metric: oneOf(metrics),
	value: count,
	kind: oneOf(kinds),
	qualifier,
	source: sources,
	confidence: confidenceCell
};

export interface Figure {
	/** Unique within the file: metric, date and source together. */
	id: string;
	/** The figure's mark in the chart (`data-mark`): "<metric>/<date>" as the download writes them, such as "developers/2020-10-28". */
	key: string;
	row: number;
	date: ReturnType<typeof partialDate>;
	metric: Metric;
	value: number;
	kind: FigureKind;
	qualifier: Qualifier;
	source: SourceRef[];
	/** null for the article's claims. */
	confidence: Confidence | null;
}

export interface PaddleData {
	/** Every row, by metric in panel order, then by date. */
	figures: Figure[];
}

/** Published figures are rated and link to where they appeared; the article's claims cite a paragraph. */
function checkRow(row: RowOf<typeof figureSchema>): Confidence | null {
	const cites = (kind: SourceRef['kind']) => row.source.some((ref) => ref.kind === kind);
	if (row.kind === 'published') {
		if (row.confidence === notRated)
			throw new DataError(dataFile, row.row, 'confidence', 'a published figure needs a confidence: confirmed, likely or unconfirmed');
		if (!cites('reference')) throw new DataError(dataFile, row.row, 'source', 'a published figure needs the URL it was published at');
		return row.confidence;
	}
	if (row.confidence !== notRated) throw new DataError(dataFile, row.row, 'confidence', `the article's own claim is not rated: write ${notRated}`);
	if (!cites('paragraph')) throw new DataError(dataFile, row.row, 'source', "the article's claim needs the paragraph id it comes from, such as p43");
	return null;
}

export function loadPaddle(files: Readonly<Record<string, string>>, tables: ReferenceTables): PaddleData {
	const rows = parseTable(dataFile, required(files, dataFile), figureSchema, tables.context);
	const seen = new Map<string, number>();
	const seenKeys = new Map<string, number>();
	const figures = rows.map((row): Figure => {
		const confidence = checkRow(row);
		const id = `${row.metric} ${row.date.iso} ${sourceCell(row.source)}`;
		const key = `${row.metric}/${row.date.iso}`;
		const first = seen.get(id);
		if (first !== undefined) throw new DataError(dataFile, row.row, 'source', `same metric, date and source as row ${first}`);
		// Each figure is one mark, named by its metric and date alone (the public data-mark key).
		const sameKey = seenKeys.get(key);
		if (sameKey !== undefined)
			throw new DataError(dataFile, row.row, 'date', `same metric and date as row ${sameKey}: the chart marks one figure per metric and date`);
		seen.set(id, row.row);
		seenKeys.set(key, row.row);
		return { ...row, id, key, confidence };
	});
	figures.sort((a, b) => metrics.indexOf(a.metric) - metrics.indexOf(b.metric) || compareDates(a.date, b.date) || a.row - b.row);
	return { figures };
}
