import type { PartialDate } from './partial-date';
import type { SourceRef } from './sources';

/**
 * The columns that carry a row's trail into downloads, shared by every chart:
 * where it comes from, how sure we are, how precise its date is.
 */
export function sourceCell(sources: readonly SourceRef[]): string {
	return sources.map((source) => (source.kind === 'paragraph' ? source.id : source.url)).join(' ');
}

export const sourceColumn = {
	key: 'source',
	label: 'Source',
	type: 'string',
	description:
		'Where the row comes from: paragraph ids of the source article (p1 to p56) and/or the URL behind a row of the reference files, separated by spaces.'
} as const;

export const confidenceColumn = {
	key: 'confidence',
	label: 'Confidence',
	type: 'string',
	description:
		'For facts from outside the article: confirmed (a dated primary or reputable secondary source), likely (one source, or a source that dates a report rather than the event), unconfirmed (existence shown, link to the article’s claim not shown).'
} as const;

export function dateColumns(key: string, label: string, what: string) {
	return [
		{ key, label, type: 'string', description: `${what}, in ISO 8601 at the precision given by ${key}_precision (YYYY, YYYY-MM or YYYY-MM-DD).` },
		{ key: `${key}_precision`, label: `${label} precision`, type: 'string', description: `How precisely ${key} is known: year, month or day.` }
	] as const;
}

export function dateCells(key: string, date: PartialDate | null) {
	return { [key]: date?.iso ?? null, [`${key}_precision`]: date?.precision ?? null };
}
