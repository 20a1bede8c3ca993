import { estimateTextWidth } from '../layout/text';
import { chartFont, flow, headerWidth, tagGap, type RowLabel } from './layout';

/**
 * For a box too short for the grid's rows (a phone's sticky chart in
 * landscape, a small embed): each stage on a line of its own, from the start
 * of the scale, with a bar as long as the stage is far along it, followed by
 * its rows, each a mark, its short name and (where the lines have room) its
 * ¶ tag. Coordinates are the drawing's own, from its top left corner.
 */
export interface StageList {
	headings: { id: string; name: string; x: number; y: number; bar: number }[];
	/** Each row's mark centre, and from there where its name starts and its ¶ tag (where tagged). */
	marks: Map<string, { x: number; y: number; nameX: number; tagX: number }>;
	tagged: boolean;
	lineHeight: number;
	/** The lines' total height: more than the box only where even the untagged list cannot fit it. */
	height: number;
}

export const listMarkRadius = 4.5;
const nameGap = 4;
/** Wide enough to absorb estimateTextWidth's error on a Latin name before the next mark. */
const pieceGap = 16;
const indent = 12;
/** The longest heading bar, for the scale's last stage. */
const barLength = 24;
const barGap = 6;
const maxLineHeight = 18;
const minLineHeight = 13;

/** The space a heading takes: its bar, then its name in bold. */
export const headingNameX = (bar: number) => bar + barGap;

const nameX = listMarkRadius + nameGap;
const tagX = (row: RowLabel) => nameX + estimateTextWidth(row.short, chartFont) + tagGap;
const rowWidth = (row: RowLabel, tagged: boolean) =>
	listMarkRadius + (tagged ? tagX(row) + estimateTextWidth(row.tag, chartFont) : tagX(row) - tagGap);

/** Lays the stages and their rows out over `width`; returns the lines they take. */
function lay(rows: readonly RowLabel[], stages: readonly { id: string; name: string }[], width: number, tagged: boolean) {
	const lines: { stage: number; line: number; x: number; id: string; heading: boolean }[] = [];
	let firstLine = 0;
	for (const [index, stage] of stages.entries()) {
		const bar = (barLength * (index + 1)) / stages.length;
		const pieces = [
			{ id: `stage:${stage.id}`, width: headingNameX(bar) + headerWidth(stage.name) },
			...rows.filter((row) => row.column === index).map((row) => ({ id: row.id, width: rowWidth(row, tagged) }))
		];
		const placed = flow(pieces, width, pieceGap, indent);
		for (const piece of pieces) {
			const { line, x } = placed.get(piece.id)!;
			lines.push({ stage: index, line: firstLine + line, x, id: piece.id, heading: piece.id.startsWith('stage:') });
		}
		firstLine += Math.max(...[...placed.values()].map((place) => place.line)) + 1;
	}
	return { lines, count: firstLine };
}

export function stageListFor(
	size: { width: number; height: number },
	rows: readonly RowLabel[],
	stages: readonly { id: string; name: string }[]
): StageList {
	const tryTagged = lay(rows, stages, size.width, true);
	const tagged = tryTagged.count * minLineHeight <= size.height;
	const { lines, count } = tagged ? tryTagged : lay(rows, stages, size.width, false);
	const lineHeight = Math.min(Math.max(size.height / count, minLineHeight), maxLineHeight);
	const centre = (line: number) => (line + 0.5) * lineHeight;
	return {
		headings: lines
			.filter((piece) => piece.heading)
			.map((piece) => ({
				id: stages[piece.stage].id,
				name: stages[piece.stage].name,
				x: piece.x,
				y: centre(piece.line),
				bar: (barLength * (piece.stage + 1)) / stages.length
			})),
		marks: new Map(
			rows.map((row) => {
				const piece = lines.find((placed) => placed.id === row.id)!;
				return [row.id, { x: piece.x + listMarkRadius, y: centre(piece.line), nameX, tagX: tagX(row) }];
			})
		),
		tagged,
		lineHeight,
		height: count * lineHeight
	};
}
