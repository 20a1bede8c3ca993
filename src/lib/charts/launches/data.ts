import {
	assertKnown,
	assertUnique,
	confidence,
	id,
	oneOf,
	optionalPartialDate,
	optionalText,
	parseTable,
	partialDate,
	sources,
	text,
	yesNo
} from '$lib/data/schema';
import { DataError } from '$lib/data/errors';
import { required, type Domain, type ReferenceTables } from '$lib/data/context';
import { compareDates } from '$lib/data/partial-date';

const kinds = ['launch', 'founding', 'milestone', 'statistic'] as const;
export type LaunchKind = (typeof kinds)[number];

const launchSchema = {
	id,
	date: partialDate,
	/** The date as the article gives it, where the article dates the event at all. */
	article_date: optionalPartialDate,
	name_en: text,
	name_zh: text,
	organisation: text,
	field: id,
	kind: oneOf(kinds),
	in_article: yesNo,
	source: sources,
	confidence,
	note: optionalText
};

export type Launch = ReturnType<typeof parseLaunches>[number] & { domain: Domain; field_en: string; field_zh: string };

function parseLaunches(csv: string, tables: ReferenceTables) {
	const rows = parseTable('launches.csv', csv, launchSchema, tables.context);
	assertUnique('launches.csv', rows, 'id');
	assertKnown('launches.csv', rows, 'field', new Set(tables.fields.keys()), 'field id');
	for (const row of rows) {
		if (row.article_date && !row.in_article)
			throw new DataError('launches.csv', row.row, 'article_date', 'only events the article mentions (in_article = yes) have an article date');
	}
	return rows;
}

export interface LaunchesData {
	events: Launch[];
	/** The people the story quotes, in Chinese: labels never break a name across lines. */
	person_names_zh: string[];
}

export function loadLaunches(files: Readonly<Record<string, string>>, tables: ReferenceTables): LaunchesData {
	const events = parseLaunches(required(files, 'launches.csv'), tables)
		.map((row) => {
			const field = tables.fields.get(row.field)!;
			return { ...row, domain: field.domain, field_en: field.name_en, field_zh: field.name_zh };
		})
		.sort((a, b) => compareDates(a.date, b.date));
	return { events, person_names_zh: [...tables.people.values()].map((person) => person.name_zh) };
}
