import { spreadAlong } from '../layout/spread';
import { estimateTextWidth, widestLine, wrapText } from '../layout/text';
import type { AnnotationText } from './annotation';

/**
 * Geometry of the maturity grid. Coordinates are LayerCake's inner ones: x = 0
 * is the first stage column's left edge, y = 0 the first row's top; the row
 * labels, stage headers and annotations sit in the padding around that.
 *
 * Wide: annotations in a column right of the grid, beside their rows.
 * Narrow: annotations in a panel below the grid. Both number each note like
 * the brackets beside its rows.
 */
export type Mode = 'side' | 'stack';

export interface RowLabel {
	id: string;
	group: 'family' | 'field';
	full: string;
	short: string;
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
	labelFont: number;
	/** Each row's label, wrapped to the label column. */
	rowLabels: Map<string, string[]>;
	/** Each stage's header, wrapped to its column, and the size that lets every word fit. */
	headers: Map<string, string[]>;
	headerFont: number;
	rowHeight: number;
	/** Centre of each row. */
	rowY: Map<string, number>;
	/** Where the fields start, below the families and the gap between them. */
	fieldsTop: number;
	annotationArea: Box;
}

/** Between the families and the fields: room for the fields' group label. */
export const groupGap = 16;
const sideBreak = 600;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Header width as drawn: bold, and wider than estimateTextWidth's regular-weight average. */
export const headerWidth = (text: string, font: number) => estimateTextWidth(text, font) * 1.15;
export const headerLineHeight = (font: number) => Math.round(font * 1.15 * 10) / 10;
const headerGap = 4;

/**
 * Whether two neighbouring headers' lines would touch. Headers are centred on
 * their columns and aligned at the bottom, so a word may reach over its column's
 * edge as long as the neighbour's line at the same height leaves room.
 */
export function headersClash(headers: readonly string[][], font: number, columnWidth: number): boolean {
	return headers.some((lines, index) => {
		const next = headers[index + 1];
		if (!next) return false;
		const fromBottom = (wrapped: readonly string[], depth: number) => wrapped[wrapped.length - 1 - depth];
		for (let depth = 0; depth < Math.min(lines.length, next.length); depth += 1) {
			const reach = (headerWidth(fromBottom(lines, depth), font) + headerWidth(fromBottom(next, depth), font)) / 2;
			if (reach + headerGap > columnWidth) return true;
		}
		return false;
	});
}

/** The largest size at which the stages' names, wrapped to their columns, clear each other. */
function wrapHeaders(stages: readonly { id: string; name: string }[], columnWidth: number) {
	const sizes = [11, 10.5, 10, 9.5, 9, 8.5];
	const wrapAt = (font: number) => stages.map((stage) => wrapText(stage.name, (columnWidth - headerGap) / 1.15, font));
	const font = sizes.find((size) => !headersClash(wrapAt(size), size, columnWidth)) ?? sizes[sizes.length - 1];
	const wrapped = wrapAt(font);
	const lines = Math.max(...wrapped.map((header) => header.length));
	return { headers: new Map(stages.map((stage, index) => [stage.id, wrapped[index]])), font, height: lines * headerLineHeight(font) + 10 };
}

function rowCentres(rows: readonly RowLabel[], rowHeight: number) {
	const families = rows.filter((row) => row.group === 'family').length;
	const fieldsTop = families * rowHeight + groupGap;
	const rowY = new Map(
		rows.map((row, index) => [row.id, index < families ? (index + 0.5) * rowHeight : fieldsTop + (index - families + 0.5) * rowHeight])
	);
	return { rowY, fieldsTop, height: fieldsTop + (rows.length - families) * rowHeight };
}

/** Narrow: short labels on one line, rows 15–24 px tall, and the height left over for the notes below. */
function stackFrame(size: { width: number; height: number }, rows: readonly RowLabel[], stages: readonly { id: string; name: string }[]): Frame {
	// The narrowest phones need every pixel for the four columns.
	const labelFont = size.width < 340 ? 10 : 11;
	const right = 17;
	const left = Math.ceil(widestLine(rows.map((row) => row.short), labelFont)) + 10;
	const width = size.width - left - right;
	const { headers, font: headerFont, height: top } = wrapHeaders(stages, width / stages.length);
	const rowHeight = clamp(((size.height - top - groupGap) * 0.6) / rows.length, 15, 24);
	const { rowY, fieldsTop, height } = rowCentres(rows, rowHeight);
	const bottom = Math.max(size.height - top - height, 0);
	return {
		mode: 'stack',
		padding: { top, right, bottom, left },
		width,
		height,
		labelFont,
		rowLabels: new Map(rows.map((row) => [row.id, [row.short]])),
		headers,
		headerFont,
		rowHeight,
		rowY,
		fieldsTop,
		annotationArea: { x: -left, y: height + 8, width: size.width, height: bottom - 8 }
	};
}

/** Wide: full field names (two lines at most, else the short ones), annotations in a right-hand column. */
function sideFrame(size: { width: number; height: number }, rows: readonly RowLabel[], stages: readonly { id: string; name: string }[]): Frame {
	const labelFont = 12;
	const lineHeight = labelFont * 1.2;
	const annotationWidth = clamp(size.width * 0.32, 170, 300);
	const bracket = 28;
	const fullLines = rows.map((row) => wrapText(row.full, clamp(size.width * 0.24, 120, 220), labelFont));
	const draftWidth = (size.width - widestLine(fullLines.flat(), labelFont) - 10 - annotationWidth - bracket) / stages.length;
	const headerHeight = wrapHeaders(stages, draftWidth).height;
	const rowHeight = clamp((size.height - headerHeight - groupGap) / rows.length, 18, 44);
	const fitsFull = fullLines.every((lines) => lines.length <= 2 && lines.length * lineHeight + 4 <= rowHeight);
	const labels = fitsFull ? fullLines : rows.map((row) => [row.short]);
	const left = Math.ceil(widestLine(labels.flat(), labelFont)) + 10;
	const width = size.width - left - annotationWidth - bracket;
	const { headers, font: headerFont, height: top } = wrapHeaders(stages, width / stages.length);
	const { rowY, fieldsTop, height } = rowCentres(rows, rowHeight);
	return {
		mode: 'side',
		padding: { top, right: annotationWidth + bracket, bottom: Math.max(size.height - top - height, 0), left },
		width,
		height,
		labelFont,
		rowLabels: new Map(rows.map((row, index) => [row.id, labels[index]])),
		headers,
		headerFont,
		rowHeight,
		rowY,
		fieldsTop,
		annotationArea: { x: width + bracket, y: -top + 2, width: annotationWidth, height: size.height - 4 }
	};
}

export function frameFor(size: { width: number; height: number }, rows: readonly RowLabel[], stages: readonly { id: string; name: string }[]): Frame {
	return size.width >= sideBreak ? sideFrame(size, rows, stages) : stackFrame(size, rows, stages);
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

export const annotationFont = 11.5;
export const annotationLineHeight = annotationFont * 1.3;
export const keyWidth = 14;
const blockGap = 7;

function noteLines(note: AnnotationText['notes'][number], form: Form, width: number): AnnotationLine[] {
	const headed = (lead: string, rest: string) => {
		const lines = wrapText(lead + rest, width, annotationFont);
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
		return estimateTextWidth(joined, annotationFont) <= width ? [{ text: joined, bold: joined.length }] : heads.flat();
	}
	return text.notes.flatMap((note) => noteLines(note, form, width));
}

const blockHeight = (lines: readonly AnnotationLine[]) => lines.length * annotationLineHeight;

/** Rows next to each other in the grid (same group, consecutive) share one bracket. */
function runsOf(frame: Frame, rows: readonly string[]): { top: number; bottom: number }[] {
	const ys = rows.map((row) => frame.rowY.get(row)).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
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
 * rows; room left over makes the first notes richer still. Returns the form
 * every note has at least, so a test can tell whether the quotes made it in.
 */
export function placeAnnotations(frame: Frame, texts: readonly AnnotationText[]): { form: Form; placed: PlacedAnnotation[] } {
	const area = frame.annotationArea;
	const textWidth = area.width - keyWidth;
	// Each note in every form, richest first, wrapped once.
	const versions = texts.map((text) => forms.map((form) => ({ text, lines: blockLines(text, form, textWidth) })));
	const total = (blocks: { lines: AnnotationLine[] }[]) => blocks.reduce((sum, block) => sum + blockHeight(block.lines), 0) + blockGap * Math.max(blocks.length - 1, 0);
	const fitting = forms.findIndex((_, form) => total(versions.map((version) => version[form])) <= area.height);
	const common = fitting === -1 ? forms.length - 1 : fitting;
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
			y: tops.get(text.id)! + annotationFont,
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
