import { assertUnique, id, oneOf, optionalText, parseTable, sources, text, type DataContext } from './schema';

/**
 * The shared reference tables every chart may point into: the article's
 * paragraphs, the fields of science, and the people quoted.
 */
const paragraphSchema = {
	id: text,
	role: oneOf(['headline', 'byline', 'heading', 'body', 'notice'] as const),
	section_zh: text,
	section_en: text
};

export const domains = ['family', 'life', 'matter', 'earth', 'engineering', 'society', 'platform'] as const;
export type Domain = (typeof domains)[number];

const fieldSchema = { id, name_en: text, name_zh: text, domain: oneOf(domains) };

const personSchema = {
	id,
	name_zh: text,
	name_pinyin: text,
	role_en: text,
	role_zh: text,
	affiliation_en: text,
	affiliation_zh: text,
	source: sources,
	note: optionalText
};

export type Field = Omit<ReturnType<typeof parseFields>[number], 'row'>;
export type Person = ReturnType<typeof parsePeople>[number];

function parseFields(csv: string, context: DataContext) {
	const rows = parseTable('fields.csv', csv, fieldSchema, context);
	assertUnique('fields.csv', rows, 'id');
	return rows;
}

function parsePeople(csv: string, context: DataContext) {
	const rows = parseTable('people.csv', csv, personSchema, context);
	assertUnique('people.csv', rows, 'id');
	return rows;
}

export interface ReferenceTables {
	context: DataContext;
	fields: Map<string, Field>;
	people: Map<string, Person>;
}

/** Paragraph ids come first: every other file's `source` column is checked against them. */
export function loadReferenceTables(files: Readonly<Record<string, string>>): ReferenceTables {
	const paragraphRows = parseTable('paragraphs.csv', required(files, 'paragraphs.csv'), paragraphSchema, { paragraphs: new Set() });
	assertUnique('paragraphs.csv', paragraphRows, 'id');
	const context: DataContext = { paragraphs: new Set(paragraphRows.map((row) => row.id)) };
	const fields = new Map(parseFields(required(files, 'fields.csv'), context).map((row) => [row.id, row]));
	const people = new Map(parsePeople(required(files, 'people.csv'), context).map((row) => [row.id, row]));
	return { context, fields, people };
}

export function required(files: Readonly<Record<string, string>>, name: string): string {
	const text = files[name];
	if (text === undefined) throw new Error(`data/${name} is missing`);
	return text;
}
