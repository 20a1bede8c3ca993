import { assertKnown, assertUnique, id, integer, optionalId, optionalText, parseTable, sources, text, type Column } from '$lib/data/schema';
import { DataError } from '$lib/data/errors';
import { paragraphIds } from '$lib/data/sources';
import { required, type ReferenceTables } from '$lib/data/context';

/** The stage the `research` step highlights. */
export const researchStage = 'research-use';
/** Stages the story's steps talk about by name; renaming one in the CSV must not silently empty a step. */
const namedStages = [researchStage];

const stageSchema = { id, order: integer, name_en: text, name_zh: text, definition_en: text, definition_zh: text };

/** Paragraph ids only (no URLs): these columns point into the article. Empty means none. */
const optionalParagraphs: Column<string[]> = (cell, context) => {
	if (cell.trim() === '') return [];
	const refs = sources(cell, context);
	if (refs.some((ref) => ref.kind !== 'paragraph')) throw new Error('give article paragraph ids (p24), not URLs');
	return paragraphIds(refs);
};

const placementSchema = {
	field: id,
	/** The row's name where the full field name does not fit (phones). */
	label_en: text,
	label_zh: text,
	stage: id,
	source: sources,
	/** The one paragraph the quote is taken from; must be among the row's sources. */
	evidence_source: text,
	evidence_zh: text,
	evidence_en: text,
	speaker: optionalId,
	held_back: optionalParagraphs,
	held_back_note: optionalText,
	held_back_note_zh: optionalText,
	lag_source: optionalParagraphs,
	lag_note: optionalText,
	lag_note_zh: optionalText
};

export type Stage = Omit<ReturnType<typeof parseStages>[number], 'row'>;

/** One row of the grid: a model family or a field, placed on one stage. */
export type Placement = Omit<ReturnType<typeof parsePlacements>[number], 'row'> & {
	group: 'family' | 'field';
	name_en: string;
	name_zh: string;
	/** The speaker's name as readers see it (pinyin in English, characters in Chinese), or null. */
	speaker_name_en: string | null;
	speaker_name_zh: string | null;
};

export interface MaturityData {
	/** In scale order. */
	stages: Stage[];
	/** Families first, then fields, each in the order of maturity.csv. */
	rows: Placement[];
	/** Fields of science in fields.csv that get no row, because the article names no model for them. */
	unplaced: { id: string; name_en: string; name_zh: string }[];
	/** The people the story quotes, in Chinese: notes never break a name across lines. */
	person_names_zh: string[];
}

function parseStages(csv: string, tables: ReferenceTables) {
	const file = 'maturity-stages.csv';
	const rows = parseTable(file, csv, stageSchema, tables.context);
	assertUnique(file, rows, 'id');
	assertUnique(file, rows, 'order');
	for (const stage of namedStages) {
		if (!rows.some((row) => row.id === stage)) throw new DataError(file, null, 'id', `stage "${stage}" is missing; the story's steps refer to it`);
	}
	return rows.sort((a, b) => a.order - b.order);
}

/** A note without its paragraphs (or paragraphs without a note) cannot be shown or checked. */
function assertPaired(file: string, row: { row: number } & Record<string, unknown>, paragraphs: string, note: string): void {
	const hasParagraphs = (row[paragraphs] as string[]).length > 0;
	const hasNote = row[note] !== '';
	if (hasParagraphs && !hasNote) throw new DataError(file, row.row, note, `empty: say what ${paragraphs} shows`);
	if (hasNote && !hasParagraphs) throw new DataError(file, row.row, paragraphs, `empty: give the paragraph ids behind ${note}`);
}

function parsePlacements(csv: string, tables: ReferenceTables, stages: ReadonlySet<string>) {
	const file = 'maturity.csv';
	const rows = parseTable(file, csv, placementSchema, tables.context);
	assertKnown(file, rows, 'field', new Set(tables.fields.keys()), 'field id');
	assertUnique(file, rows, 'field');
	assertKnown(file, rows, 'stage', stages, 'stage id');
	assertKnown(file, rows, 'speaker', new Set(tables.people.keys()), 'speaker id');
	for (const row of rows) {
		if (!paragraphIds(row.source).includes(row.evidence_source)) {
			throw new DataError(file, row.row, 'evidence_source', `"${row.evidence_source}" is not one of the paragraphs in source`);
		}
		assertPaired(file, row, 'held_back', 'held_back_note');
		assertPaired(file, row, 'held_back', 'held_back_note_zh');
		assertPaired(file, row, 'lag_source', 'lag_note');
		assertPaired(file, row, 'lag_source', 'lag_note_zh');
	}
	return rows;
}

export function loadMaturity(files: Readonly<Record<string, string>>, tables: ReferenceTables): MaturityData {
	const stages = parseStages(required(files, 'maturity-stages.csv'), tables).map(({ row: _, ...stage }) => stage);
	const placed = parsePlacements(required(files, 'maturity.csv'), tables, new Set(stages.map((stage) => stage.id))).map(
		({ row: _, ...placement }) => {
			const field = tables.fields.get(placement.field)!;
			return {
				...placement,
				group: field.domain === 'family' ? ('family' as const) : ('field' as const),
				name_en: field.name_en,
				name_zh: field.name_zh,
				speaker_name_en: placement.speaker === null ? null : tables.people.get(placement.speaker)!.name_pinyin,
				speaker_name_zh: placement.speaker === null ? null : tables.people.get(placement.speaker)!.name_zh
			};
		}
	);
	const rows = [...placed.filter((row) => row.group === 'family'), ...placed.filter((row) => row.group === 'field')];
	const unplaced = [...tables.fields.values()]
		.filter((field) => field.domain !== 'platform' && !placed.some((row) => row.field === field.id))
		.map((field) => ({ id: field.id, name_en: field.name_en, name_zh: field.name_zh }));
	return { stages, rows, unplaced, person_names_zh: [...tables.people.values()].map((person) => person.name_zh) };
}
