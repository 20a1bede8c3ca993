import type { Component } from 'svelte';
import type { ReferenceTables } from '$lib/data/context';
import type { Locale, WrittenLocale } from '$lib/i18n/locale';
import type { Row } from '$lib/downloads/csv';
import type { SourceRef } from '$lib/data/sources';

/** What every chart component receives: it only draws the state it is given. */
export interface ChartProps<Data, State, Messages> {
	data: Data;
	stepState: State;
	locale: Locale;
	/** The chart's words in the page's locale. */
	messages: Messages;
	/** The size to draw at before a browser measures the chart's box: on the server, and for images. */
	size?: { width: number; height: number };
}

/** A chart's data as a plain table: the accessible alternative to the picture. */
export interface DataTable {
	columns: { key: string; label: string; numeric?: boolean }[];
	rows: Record<string, string>[];
}

/**
 * What the details card says about one mark: its label, its date at its own
 * precision or its value with unit, where it comes from and how sure that is.
 */
export interface MarkDetails {
	/** The mark's `data-mark`: the row's key in /data/<id>.json. */
	key: string;
	title: string;
	/** Short lines under the title: the date, the value with its unit, a caveat. */
	facts: string[];
	sources: readonly SourceRef[];
	/** The confidence in words, or null where the data rates none. */
	confidence: string | null;
}

/** A column of a chart's downloadable data: a stable English key and what it holds. */
export interface DownloadColumn {
	key: string;
	label: string;
	/** Table Schema field type. */
	type: 'string' | 'number' | 'integer' | 'boolean';
	description: string;
	unit?: string;
}

/** The chart's data as re-users get it: typed values, stable keys, the source of every row. */
export interface DownloadSpec<Data> {
	columns: DownloadColumn[];
	rows(data: Data): Row[];
}

/**
 * What the browser needs to draw a chart live (the chart's `view.ts`): its
 * steps, their states, its marks' details and its component. The data and
 * words come with the page; the code that reads data/ and writes the tables
 * and downloads stays on the server.
 */
export interface ChartView<Data, State, Messages = unknown> {
	id: string;
	/** Step keys, in order; the story content has one text per key. */
	steps: readonly string[];
	/** The step that shows the whole picture: used without a scroll story. */
	summaryStep: number;
	/** Pure: the same data and step always give the same state. */
	stateFor(data: Data, step: number): State;
	/** One entry per data mark, in the order the arrow keys move through them. */
	details(data: Data, messages: Messages, locale: Locale): MarkDetails[];
	component: Component<ChartProps<Data, State, Messages>>;
}

/**
 * Everything the story, the embeds, the downloads and the tests need to know
 * about one chart. Adding a chart means one folder exporting one of these and
 * one line in the registry.
 */
export interface ChartDefinition<Data, State, Messages = unknown> extends ChartView<Data, State, Messages> {
	/** Files in data/ this chart reads. */
	files: readonly string[];
	/** Parses and validates those files; throws DataError on the first bad cell. */
	load(files: Readonly<Record<string, string>>, tables: ReferenceTables): Data;
	table(data: Data, messages: Messages, locale: Locale): DataTable;
	download: DownloadSpec<Data>;
	/** The chart's words, as data (templates, not functions): zh-hans is generated from zh-hant. */
	messages: Record<WrittenLocale, Messages>;
	/**
	 * The chart's words in the story and its embed, as ArchieML (the folder's
	 * `words.<locale>.aml`): title, takeaway, finding, description, source and one text per step.
	 */
	words: Record<WrittenLocale, string>;
}

/*
 * A chart whose own types the registry erases: pages and components that take
 * any chart use these, so the one `any` is said here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chart has its own data, state and messages types
export type AnyChart = ChartDefinition<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above, for what the browser draws
export type AnyChartView = ChartView<any, any, any>;

export function defineView<Data, State, Messages>(view: ChartView<Data, State, Messages>): ChartView<Data, State, Messages> {
	return view;
}

export function defineChart<Data, State, Messages>(definition: ChartDefinition<Data, State, Messages>): ChartDefinition<Data, State, Messages> {
	return definition;
}

/** Any step number, however it arrived, as one the chart has. */
export function clampStep(step: number, stepCount: number): number {
	if (!Number.isFinite(step)) return 0;
	return Math.min(Math.max(Math.trunc(step), 0), stepCount - 1);
}
