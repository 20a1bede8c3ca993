import { spreadAlong } from '../layout/spread';
import { estimateTextWidth, widestLine, wrapText } from '../layout/text';
import type { AnnotationText } from './annotation';
import { paragraphs } from './annotation';
import type { MaturityData } from './data';
import type { Locale } from '$lib/i18n/locale';
import { pick } from '$lib/i18n/pick';

/**
 * Geometry of the maturity grid, drawn one unit to one pixel for the box it is
 * in. Coordinates are LayerCake's inner ones: x = 0 is the first stage
 * column's left edge, y = 0 the first row's top; the row labels, stage
 * headers and annotations sit in the padding around that. All text is
 * `chartFont` (12 px): where it does not fit, the layout changes, not the type.
 *
 * Wide: annotations in a column right of the grid, beside their rows.
 * Narrow: annotations in a panel below the grid. Both number each note like
 * the brackets beside its rows. Stage names too long for their columns become
 * numbers, keyed under the grid; a box too short for the notes drops them (the
 * step's text carries them), then the gap that names the row groups; a box too
 * short for the rows themselves gets a list instead (fitsGrid, list-layout.ts).
 */
export type Mode = 'side' | 'stack';

export interface RowLabel {
	id: string;
	group: 'family' | 'field';
	full: string;
	short: string;
	/** Index of the row's stage column. */
	column: number;
	/** The paragraph of its evidence, as drawn beside its mark ("¶13"). */
	tag: string;
}

/** The grid's words in a locale, as the layout reads them: the stages across, the rows down. */
export function gridLabels(data: MaturityData, locale: Locale): { stages: { id: string; name: string }[]; rows: RowLabel[] } {
	return {
		stages: data.stages.map((stage) => ({ id: stage.id, name: pick(stage, 'name', locale) })),
		rows: data.rows.map((row) => ({
			id: row.field,
			group: row.group,
			full: pick(row, 'name', locale),
			short: pick(row, 'label', locale),
			column: data.stages.findIndex((stage) => stage.id === row.stage),
			tag: paragraphs([row.evidence_source])
		}))
	};
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Frame {
	mode: Mode;
	padding: { top: number; right: number; bottom: number; left: number };
	/** Inner size: the grid's columns and rows. */
	width: number;
	height: number;
	/** Each row's label, wrapped to the label column. */
	rowLabels: Map<string, string[]>;
	/** Stage names, or their numbers where the names do not fit: the chart then shows a key. */
	headerForm: 'names' | 'numbers';
	/** Each stage's header, wrapped to its column. */
	headers: Map<string, string[]>;
	/** Where the stages are numbered, their names by number under the grid: each item's left end and baseline. */
	stageKey: { id: string; number: string; name: string; x: number; y: number }[];
	rowHeight: number;
	markRadius: number;
	/** Centre of each row. */
	rowY: Map<string, number>;
	/** Which side of its mark each row's ¶ tag sits: after it, unless that would run past the grid. */
	tagSide: Map<string, 'after' | 'before'>;
	/** Between the families and the fields: with the groups' names where there is room, a rule alone where not. */
	groupGap: number;
	groupLabels: boolean;
	/** Where the fields start, below the families and the gap between them. */
	fieldsTop: number;
	annotationArea: Box;
}

/** Every piece of chart text, in px as seen. */
export const chartFont = 12;
export const labelLineHeight = chartFont * 1.2;
export const headerLineHeight = Math.round(chartFont * 1.15 * 10) / 10;
/** From the last header line's baseline to the grid's top. */
export const headerBaseline = 6;
/** From the row labels' right edge to the grid. */
export const labelGap = 8;
/** From a mark's edge to its ¶ tag. */
export const tagGap = 3;
/** The right-hand margin the brackets and their keys need. */
export const bracketRoom = 18;
const groupGapNamed = 18;
const groupGapRule = 6;
/** Rows closer than this leave no room for the groups' names, and a box that cannot give them this gets the list. */
const comfortablePitch = 14;
/** Rows never closer than a line of 12 px text. */
const minimumPitch = chartFont;
const sideBreak = 600;

type Size = { width: number; height: number };
type Stages = readonly { id: string; name: string }[];
type StageHeaders = { form: Frame['headerForm']; wrapped: string[][] };
type GroupGap = Pick<Frame, 'groupGap' | 'groupLabels'>;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Header width as drawn: bold, and wider than estimateTextWidth's regular-weight average. */
export const headerWidth = (text: string) => estimateTextWidth(text, chartFont) * 1.15;
const headerGap = 4;
const headerHeight = (wrapped: readonly string[][]) => Math.max(...wrapped.map((lines) => lines.length)) * headerLineHeight + headerBaseline;

/**
 * Whether two neighbouring headers' lines would touch. Headers are centred on
 * their columns and aligned at the bottom, so a word may reach over its column's
 * edge as long as the neighbour's line at the same height leaves room.
 */
export function headersClash(headers: readonly string[][], columnWidth: number): boolean {
	return (
		headers.some((lines, index) => {
			const next = headers[index + 1];
			if (!next) return false;
			const fromBottom = (wrapped: readonly string[], depth: number) => wrapped[wrapped.length - 1 - depth];
			for (let depth = 0; depth < Math.min(lines.length, next.length); depth += 1) {
				const reach = (headerWidth(fromBottom(lines, depth)) + headerWidth(fromBottom(next, depth))) / 2;
				if (reach + headerGap > columnWidth) return true;
			}
			return false;
		}) || headers.some((lines) => lines.some((line) => headerWidth(line) > columnWidth * 2 - headerGap))
	);
}

/**
 * The stages' names wrapped to their columns where they clear each other and
 * leave the rows `pitch` px each; else the stages' numbers. Decided for the
 * narrowest columns the width may give, so a key that takes height from the
 * box never changes the decision back.
 */
function stageHeaders(stages: Stages, columnWidth: number, roomForRows: (top: number) => number, pitch: number): StageHeaders {
	const names = stages.map((stage) => wrapText(stage.name, (columnWidth - headerGap) / 1.15, chartFont));
	const top = headerHeight(names);
	const fits = !headersClash(names, columnWidth) && roomForRows(top) >= pitch;
	const wrapped = fits ? names : stages.map((_, index) => [String(index + 1)]);
	return { form: fits ? 'names' : 'numbers', wrapped };
}

/** A piece of text to lay along lines: its width as drawn. */
export interface FlowPiece {
	id: string;
	width: number;
}

/**
 * Lays pieces left to right, `gap` apart, starting a new line where the next
 * would pass maxWidth (a piece wider than that gets a line of its own).
 * Lines after the first start at `indent`. Returns each piece's line and left end.
 */
export function flow(pieces: readonly FlowPiece[], maxWidth: number, gap: number, indent = 0): Map<string, { line: number; x: number }> {
	const placed = new Map<string, { line: number; x: number }>();
	let line = 0;
	let end: number | null = null;
	for (const piece of pieces) {
		let start: number = end === null ? (line === 0 ? 0 : indent) : end + gap;
		if (end !== null && start + piece.width > maxWidth) {
			line += 1;
			start = indent;
		}
		placed.set(piece.id, { line, x: start });
		end = start + piece.width;
	}
	return placed;
}

const keyLineHeight = chartFont * 1.25;
const keyNumberGap = 4;
const keyGap = 12;

/** The key to the stage numbers, flowed over `width`: pieces and the height they take (none for names). */
function keyFor(stages: Stages, form: Frame['headerForm'], width: number) {
	if (form === 'names') return { pieces: [], height: 0 };
	const pieces = stages.map((stage, index) => ({ id: stage.id, number: String(index + 1), name: stage.name }));
	const widths = pieces.map((piece) => ({
		id: piece.id,
		width: headerWidth(piece.number) + keyNumberGap + estimateTextWidth(piece.name, chartFont)
	}));
	const placed = flow(widths, width, keyGap);
	const lines = Math.max(...[...placed.values()].map((place) => place.line)) + 1;
	return { pieces: pieces.map((piece) => ({ ...piece, ...placed.get(piece.id)! })), height: lines * keyLineHeight + 6 };
}

/** Where the key's text goes, once the grid's height and label column are known. */
const keyItems = (key: ReturnType<typeof keyFor>, left: number, gridHeight: number) =>
	key.pieces.map(({ id, number, name, line, x }) => ({ id, number, name, x: x - left, y: gridHeight + 6 + chartFont + line * keyLineHeight }));

/** Between a key's number and its name. */
export const keyNameOffset = (number: string) => headerWidth(number) + keyNumberGap;

function rowCentres(rows: readonly RowLabel[], rowHeight: number, groupGap: number) {
	const families = rows.filter((row) => row.group === 'family').length;
	const fieldsTop = families * rowHeight + groupGap;
	const rowY = new Map(
		rows.map((row, index) => [row.id, index < families ? (index + 0.5) * rowHeight : fieldsTop + (index - families + 0.5) * rowHeight])
	);
	return { rowY, fieldsTop, height: fieldsTop + (rows.length - families) * rowHeight };
}

/** The named gap where the rows keep a readable pitch with it; a bare rule where they would not. */
function groupGapFor(roomForRows: number, rows: number): GroupGap {
	const named = (roomForRows - groupGapNamed) / rows >= comfortablePitch;
	return { groupGap: named ? groupGapNamed : groupGapRule, groupLabels: named };
}

/** A ¶ tag goes after its mark, or before it (over the faint bar) where the grid's right edge is too near. */
function tagSides(rows: readonly RowLabel[], columnWidth: number, width: number, radius: number) {
	return new Map(
		rows.map((row) => {
			const end = (row.column + 0.5) * columnWidth + radius + tagGap + estimateTextWidth(row.tag, chartFont);
			return [row.id, end <= width ? ('after' as const) : ('before' as const)];
		})
	);
}

/** The label column: the widest row label, or the families' group label (bold) above the rows. */
const labelColumn = (labels: readonly string[][], familyName: string) =>
	Math.ceil(Math.max(widestLine(labels.flat(), chartFont), headerWidth(familyName))) + labelGap + 2;

/** What both modes share once they know their label column, headers, gap and row pitch. */
function gridFrame(
	mode: Mode,
	size: Size,
	rows: readonly RowLabel[],
	stages: Stages,
	{
		labels,
		left,
		right,
		headers,
		key,
		gap,
		rowHeight
	}: { labels: string[][]; left: number; right: number; headers: StageHeaders; key: ReturnType<typeof keyFor>; gap: GroupGap; rowHeight: number }
): Omit<Frame, 'annotationArea'> {
	const width = size.width - left - right;
	const top = headerHeight(headers.wrapped);
	const { rowY, fieldsTop, height } = rowCentres(rows, rowHeight, gap.groupGap);
	const markRadius = Math.min(5.5, rowHeight * 0.3);
	return {
		mode,
		padding: { top, right, bottom: Math.max(size.height - top - height, 0), left },
		width,
		height,
		rowLabels: new Map(rows.map((row, index) => [row.id, labels[index]])),
		headerForm: headers.form,
		headers: new Map(stages.map((stage, index) => [stage.id, headers.wrapped[index]])),
		stageKey: keyItems(key, left, height),
		rowHeight,
		markRadius,
		rowY,
		tagSide: tagSides(rows, width / stages.length, width, markRadius),
		...gap,
		fieldsTop
	};
}

/** Narrow: short labels on one line, rows 12–24 px apart, and the height left over for the notes below. */
function stackFrame(size: Size, rows: readonly RowLabel[], stages: Stages, familyName: string): Frame {
	const labels = rows.map((row) => [row.short]);
	const left = labelColumn(labels, familyName);
	const headers = stageHeaders(
		stages,
		(size.width - left - bracketRoom) / stages.length,
		(top) => (size.height - top - groupGapNamed) / rows.length,
		15
	);
	const key = keyFor(stages, headers.form, size.width);
	const room = size.height - headerHeight(headers.wrapped);
	const gap = groupGapFor(room - key.height, rows.length);
	const pitch = (room - gap.groupGap - key.height) / rows.length;
	// The grid takes three fifths of the height, the notes the rest; a short box gives the grid all it needs.
	const rowHeight = Math.max(clamp(pitch * 0.6, Math.min(15, pitch), 24), minimumPitch);
	const frame = gridFrame('stack', size, rows, stages, { labels, left, right: bracketRoom, headers, key, gap, rowHeight });
	const notesTop = frame.height + key.height + 8;
	return { ...frame, annotationArea: { x: -left, y: notesTop, width: size.width, height: room - notesTop } };
}

/** Wide: full field names (two lines at most, else the short ones), annotations in a right-hand column. */
function sideFrame(size: Size, rows: readonly RowLabel[], stages: Stages, familyName: string): Frame {
	const annotationWidth = clamp(size.width * 0.32, 170, 300);
	const right = annotationWidth + 28;
	const fullLines = rows.map((row) => wrapText(row.full, clamp(size.width * 0.24, 120, 220), chartFont));
	const widestLeft = labelColumn(fullLines, familyName);
	const headers = stageHeaders(
		stages,
		(size.width - widestLeft - right) / stages.length,
		(top) => (size.height - top - groupGapNamed) / rows.length,
		18
	);
	const key = keyFor(stages, headers.form, size.width - right);
	const room = size.height - headerHeight(headers.wrapped) - key.height;
	const gap = groupGapFor(room, rows.length);
	const rowHeight = clamp((room - gap.groupGap) / rows.length, minimumPitch, 44);
	const fitsFull = fullLines.every((lines) => lines.length <= 2 && lines.length * labelLineHeight + 4 <= rowHeight);
	const labels = fitsFull ? fullLines : rows.map((row) => [row.short]);
	const frame = gridFrame('side', size, rows, stages, { labels, left: labelColumn(labels, familyName), right, headers, key, gap, rowHeight });
	return { ...frame, annotationArea: { x: frame.width + 28, y: -frame.padding.top + 2, width: annotationWidth, height: size.height - 4 } };
}

/**
 * Whether the grid fits the box: its rows a comfortable 14 px apart under
 * one line of stage numbers, with their key. Where not, the chart lists the
 * rows under their stages instead (list-layout.ts).
 */
export function fitsGrid(size: Size, rows: number, stages: Stages): boolean {
	return size.height >= headerHeight([['1']]) + groupGapRule + rows * comfortablePitch + keyFor(stages, 'numbers', size.width).height;
}

/** `familyName` is the families' group label, which sits in the label column above the rows. */
export function frameFor(size: Size, rows: readonly RowLabel[], stages: Stages, familyName: string): Frame {
	return size.width >= sideBreak ? sideFrame(size, rows, stages, familyName) : stackFrame(size, rows, stages, familyName);
}

/** How much of each note is shown: everything, English only, or only its paragraph tags. */
export type Form = 'full' | 'compact' | 'minimal';
export const forms: readonly Form[] = ['full', 'compact', 'minimal'];

/** A line of annotation; its first `bold` characters are the note's head. */
export interface AnnotationLine {
	text: string;
	bold: number;
}

export interface PlacedAnnotation {
	id: string;
	rows: string[];
	/** Numbers the block and the brackets beside its rows; null for a note about the whole chart. */
	key: string | null;
	lines: AnnotationLine[];
	/** Left edge of the text; the key sits just before it. */
	x: number;
	/** Baseline of the first line. */
	y: number;
	/** One bracket at the grid's right edge per run of adjacent rows. */
	brackets: { x: number; top: number; bottom: number }[];
}

export const annotationLineHeight = chartFont * 1.3;
export const keyWidth = 14;
const blockGap = 7;

function noteLines(note: AnnotationText['notes'][number], form: Form, width: number): AnnotationLine[] {
	const headed = (lead: string, rest: string) => {
		const lines = wrapText(lead + rest, width, chartFont);
		return lines.map((text, index) => ({ text, bold: index === 0 ? Math.min(lead.trimEnd().length, text.length) : 0 }));
	};
	if (form === 'minimal') return note.head ? [{ text: note.head, bold: note.head.length }] : headed('', note.body);
	if (form === 'full' && note.zh) return [...headed(note.lead, note.zh), ...headed('', note.body)];
	return headed(note.lead, note.body);
}

function blockLines(text: AnnotationText, form: Form, width: number): AnnotationLine[] {
	if (form === 'minimal') {
		// Only the heads, on one line where they fit: the table holds the rest.
		const heads = text.notes.map((note) => noteLines(note, form, width));
		if (heads.length < 2 || heads.some((lines) => lines.length > 1)) return heads.flat();
		const joined = heads.map((lines) => lines[0].text).join(' · ');
		return estimateTextWidth(joined, chartFont) <= width ? [{ text: joined, bold: joined.length }] : heads.flat();
	}
	return text.notes.flatMap((note) => noteLines(note, form, width));
}

const blockHeight = (lines: readonly AnnotationLine[]) => lines.length * annotationLineHeight;

/** Rows next to each other in the grid (same group, consecutive) share one bracket. */
function runsOf(frame: Frame, rows: readonly string[]): { top: number; bottom: number }[] {
	const ys = rows
		.map((row) => frame.rowY.get(row))
		.filter((y): y is number => y !== undefined)
		.sort((a, b) => a - b);
	const runs: { top: number; bottom: number }[] = [];
	for (const y of ys) {
		const last = runs[runs.length - 1];
		if (last && Math.abs(y - last.bottom - frame.rowHeight) < 0.5) last.bottom = y;
		else runs.push({ top: y, bottom: y });
	}
	return runs;
}

/**
 * Places the step's annotations in the frame's annotation area in the richest
 * form that fits, without overlap, each numbered like the brackets beside its
 * rows; room left over makes the first notes richer still. Where even their
 * paragraph tags do not fit, the last notes are left out (the step's text
 * says them). Returns the form every placed note has at least, so a test can
 * tell whether the quotes made it in.
 */
export function placeAnnotations(frame: Frame, texts: readonly AnnotationText[]): { form: Form; placed: PlacedAnnotation[] } {
	const area = frame.annotationArea;
	const textWidth = area.width - keyWidth;
	// Each note in every form, richest first, wrapped once.
	const allVersions = texts.map((text) => forms.map((form) => ({ text, lines: blockLines(text, form, textWidth) })));
	const total = (blocks: { lines: AnnotationLine[] }[]) =>
		blocks.reduce((sum, block) => sum + blockHeight(block.lines), 0) + blockGap * Math.max(blocks.length - 1, 0);
	const leanest = forms.length - 1;
	let kept = allVersions.length;
	while (kept > 0 && total(allVersions.slice(0, kept).map((version) => version[leanest])) > area.height) kept -= 1;
	const versions = allVersions.slice(0, kept);
	const fitting = forms.findIndex((_, form) => total(versions.map((version) => version[form])) <= area.height);
	const common = fitting === -1 ? leanest : fitting;
	// The room the common form leaves goes to the notes in reading order, each in the richest form that still fits.
	const blocks = versions.map((version) => version[common]);
	for (const [index, version] of versions.entries()) {
		const richer = version.slice(0, common).find((upgraded) => total(blocks.map((block, at) => (at === index ? upgraded : block))) <= area.height);
		if (richer) blocks[index] = richer;
	}

	const runs = new Map(blocks.map(({ text }) => [text.id, runsOf(frame, text.rows)]));
	const tops = frame.mode === 'stack' ? stackedTops(blocks, area) : besideTops(blocks, runs, area, frame.height);
	const half = frame.rowHeight * 0.32;
	// Numbered top to bottom as they are read.
	const keyed = blocks.filter(({ text }) => text.rows.length > 0).sort((a, b) => tops.get(a.text.id)! - tops.get(b.text.id)!);
	const keys = new Map(keyed.map(({ text }, index) => [text.id, String(index + 1)]));
	return {
		form: forms[common],
		placed: blocks.map(({ text, lines }) => ({
			id: text.id,
			rows: text.rows,
			key: keys.get(text.id) ?? null,
			lines,
			x: area.x + keyWidth,
			y: tops.get(text.id)! + chartFont,
			brackets: runs.get(text.id)!.map((run) => ({ x: frame.width + 5, top: run.top - half, bottom: run.bottom + half }))
		}))
	};
}

/** Narrow: one under another, in step order. */
function stackedTops(blocks: { text: AnnotationText; lines: AnnotationLine[] }[], area: Box): Map<string, number> {
	let cursor = area.y;
	return new Map(
		blocks.map(({ text, lines }) => {
			const top = cursor;
			cursor += blockHeight(lines) + blockGap;
			return [text.id, top];
		})
	);
}

/** Wide: each block as close to its rows as the others allow; a note without rows goes by the grid's last row. */
function besideTops(
	blocks: { text: AnnotationText; lines: AnnotationLine[] }[],
	runs: Map<string, { top: number; bottom: number }[]>,
	area: Box,
	gridBottom: number
): Map<string, number> {
	const centres = spreadAlong(
		blocks.map(({ text, lines }) => {
			const spans = runs.get(text.id) ?? [];
			const size = blockHeight(lines);
			const anchor = spans.length ? (spans[0].top + spans[spans.length - 1].bottom) / 2 : gridBottom - size / 2;
			return { id: text.id, anchor, size };
		}),
		area.y,
		area.y + area.height,
		blockGap
	);
	return new Map(blocks.map(({ text, lines }) => [text.id, centres.get(text.id)! - blockHeight(lines) / 2]));
}
