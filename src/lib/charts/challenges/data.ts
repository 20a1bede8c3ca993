import { assertKnown, assertUnique, id, oneOf, optionalId, optionalText, parseTable, sources, text, type Column, type RowOf } from '$lib/data/schema';
import { DataError } from '$lib/data/errors';
import { required, type Person, type ReferenceTables } from '$lib/data/context';

const file = 'challenges.csv';

const quoteKinds = ['direct', 'reported'] as const;
/** direct: the speaker's words inside the article's quotation marks; reported: the article's account of them. */
export type QuoteKind = (typeof quoteKinds)[number];
const quoteKind = oneOf(quoteKinds);
const optionalQuoteKind: Column<QuoteKind | null> = (cell, context) => (cell === '' ? null : quoteKind(cell, context));

const nodeSchema = {
	id,
	/** Empty for the single root; otherwise the id of another row. */
	parent: optionalId,
	label_en: text,
	label_zh: text,
	speaker: optionalId,
	source: sources,
	quote_kind: optionalQuoteKind,
	quote_zh: optionalText,
	quote_en: optionalText
};

export type ChallengeNode = RowOf<typeof nodeSchema>;

/** The branches the story's steps reveal, in step order: the file must keep these ids. */
export const revealedBranches = ['challenges', 'technical', 'ecosystem'] as const;

const maxLabelLength = 40;

function parseNodes(csv: string, tables: ReferenceTables) {
	const rows = parseTable(file, csv, nodeSchema, tables.context);
	assertUnique(file, rows, 'id');
	const ids = new Set(rows.map((row) => row.id));
	assertKnown(file, rows, 'parent', ids, 'parent id');
	assertSingleRoot(rows);
	assertNoCycles(rows);
	assertKnown(file, rows, 'speaker', new Set(tables.people.keys()), 'speaker id (see people.csv)');
	const parents = new Set(rows.map((row) => row.parent));
	for (const row of rows) {
		if (row.label_en.length > maxLabelLength) throw new DataError(file, row.row, 'label_en', `longer than ${maxLabelLength} characters`);
		assertLeafColumns(row, parents.has(row.id));
	}
	for (const branch of revealedBranches) {
		if (!parents.has(branch)) throw new DataError(file, null, 'id', `the story's steps reveal a branch "${branch}": it needs at least one child row`);
	}
	return rows;
}

function assertSingleRoot(rows: readonly ChallengeNode[]): void {
	const roots = rows.filter((row) => row.parent === null);
	if (roots.length === 0) throw new DataError(file, null, 'parent', 'no root: exactly one row needs an empty parent');
	if (roots.length > 1)
		throw new DataError(file, roots[1].row, 'parent', `a second root (the first is "${roots[0].id}" in row ${roots[0].row}): give this row a parent`);
}

/** Walks up from every row; meeting a row twice means the parents loop instead of reaching the root. */
function assertNoCycles(rows: readonly ChallengeNode[]): void {
	const parentOf = new Map(rows.map((row) => [row.id, row.parent]));
	for (const row of rows) {
		const path = [row.id];
		for (let at = row.parent; at !== null; at = parentOf.get(at) ?? null) {
			if (path.includes(at)) throw new DataError(file, row.row, 'parent', `cycle: ${[...path, at].join(' → ')}`);
			path.push(at);
		}
	}
}

/** Leaves are the points people make: each needs a speaker and a quote. Branches are the desk's grouping: none. */
function assertLeafColumns(row: ChallengeNode, isBranch: boolean): void {
	const quoteColumns = ['quote_kind', 'quote_zh', 'quote_en'] as const;
	if (isBranch) {
		if (row.speaker !== null) throw new DataError(file, row.row, 'speaker', 'a branch has no speaker: the grouping is the desk’s');
		for (const column of quoteColumns) {
			if (row[column]) throw new DataError(file, row.row, column, 'a branch has no quote');
		}
		return;
	}
	if (row.speaker === null) throw new DataError(file, row.row, 'speaker', 'empty: a leaf needs the id of the person who made the point');
	for (const column of quoteColumns) {
		if (!row[column]) throw new DataError(file, row.row, column, 'empty: a leaf needs a short quote from its source paragraphs');
	}
}

export interface ChallengesData {
	/** Every row, in file order: children keep that order in the tree. */
	nodes: ChallengeNode[];
	/** The people quoted on leaves, in order of first appearance. */
	speakers: Person[];
}

export function loadChallenges(files: Readonly<Record<string, string>>, tables: ReferenceTables): ChallengesData {
	const nodes = parseNodes(required(files, file), tables);
	const speakerIds = [...new Set(nodes.flatMap((node) => (node.speaker ? [node.speaker] : [])))];
	return { nodes, speakers: speakerIds.map((speaker) => tables.people.get(speaker)!) };
}
