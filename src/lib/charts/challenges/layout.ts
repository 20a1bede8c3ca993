import { cluster, stratify, type HierarchyNode } from 'd3-hierarchy';
import { curveStepBefore, link, linkHorizontal } from 'd3-shape';
import { estimateTextWidth, widestLine, wrapText } from '../layout/text';
import type { ChallengeNode } from './data';
import type { SpeakerMark } from './speakers';

/** A rectangle something is drawn in, for keeping text apart. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedNode {
	node: ChallengeNode;
	leaf: boolean;
	/** The marker's centre. */
	x: number;
	y: number;
	/** The label: first baseline at y, one entry per wrapped line. */
	label: { x: number; y: number; lines: string[] };
	/** Leaves only: the speaker's badge (centre), and where there is room their name beside it. */
	speaker: { x: number; y: number; initials: string; name: string | null } | null;
	/** All the text the node draws (label, badge, name): no two nodes' boxes overlap. */
	boxes: Box[];
}

export interface PlacedLink {
	/** The child the link leads to: it shares that node's emphasis. */
	id: string;
	path: string;
}

/** A badge decoded, where a layout has no room for names beside the leaves. */
export interface PlacedKeyEntry extends SpeakerMark {
	/** The badge's centre; the name follows it. */
	x: number;
	y: number;
	box: Box;
}

export interface TreeLayout {
	nodes: PlacedNode[];
	links: PlacedLink[];
	key: PlacedKeyEntry[];
	/** The bottom of the lowest text drawn. */
	contentHeight: number;
	fontSize: number;
	lineHeight: number;
	markerRadius: number;
}

export interface TreeText {
	label: (node: ChallengeNode) => string;
	speaker: (node: ChallengeNode) => SpeakerMark | null;
	/** Every speaker, in the order a key lists them. */
	speakers: readonly SpeakerMark[];
}

interface Size {
	width: number;
	height: number;
}

/** Below this width the tree runs down the page as an indented list; from it, left to right if the labels fit. */
export const horizontalFrom = 620;

export const badge = { width: 22, height: 13, fontSize: 8.5 };
/** Speaker names beside their badges. */
export const nameFontSize = 11;
/** With a margin: names sit in a row, and some system fonts run wider than the estimate. */
const nameWidth = (name: string) => estimateTextWidth(name, nameFontSize) * 1.15;

const horizontal = { markerRadius: 5, labelGap: 5, linkSpan: 26, branchWidth: 120, minGap: 6, maxGap: 26 };
const indented = { markerRadius: 4.5, labelGap: 4, indent: 16, minGap: 1, maxGap: 12, keyGap: 8, badgeGap: 12 };
/** Label sizes to try, largest first: the largest that fits wins. */
const horizontalSizes = [13, 12];
const indentedSizes = [12, 11];
const lineHeightOf = (fontSize: number) => Math.round(fontSize * 1.23 * 2) / 2;
/** Branch labels are bold: a little wider than the estimate for regular text. */
const boldFactor = 1.08;

type Tree = HierarchyNode<ChallengeNode>;

/** A block's width, bold labels by their factor. */
const widest = (lines: readonly string[], fontSize: number, factor = 1) => widestLine(lines, fontSize) * factor;

function wrapLabel(text: string, width: number, fontSize: number, branch: boolean): string[] {
	return wrapText(text, branch ? width / boldFactor : width, fontSize);
}

function hierarchyOf(nodes: readonly ChallengeNode[]): Tree {
	return stratify<ChallengeNode>()
		.id((node) => node.id)
		.parentId((node) => node.parent)([...nodes]);
}

/** An even gap between blocks, clamped so rows neither crowd nor drift apart. */
function evenGap(heights: readonly number[], space: number, min: number, max: number): number {
	if (heights.length < 2) return 0;
	const total = heights.reduce((sum, height) => sum + height, 0);
	return Math.min(max, Math.max(min, (space - total) / (heights.length - 1)));
}

function bottom(boxes: readonly Box[]): number {
	return Math.max(0, ...boxes.map((box) => box.y + box.height));
}

function linksBetween(nodes: readonly PlacedNode[], path: (parent: PlacedNode, child: PlacedNode) => string): PlacedLink[] {
	const byId = new Map(nodes.map((placed) => [placed.node.id, placed]));
	return nodes.flatMap((child) => {
		const parent = byId.get(child.node.parent ?? '');
		return parent ? [{ id: child.node.id, path: path(parent, child) }] : [];
	});
}

/** x of each depth's markers: each column as wide as its widest branch label, plus room for the links. */
function depthColumns(root: Tree, branchLines: ReadonlyMap<string, string[]>, fontSize: number): number[] {
	const { markerRadius: r, labelGap, linkSpan } = horizontal;
	const columns = [r];
	for (let depth = 0; depth < root.height; depth += 1) {
		const lines = root.descendants().flatMap((d) => (d.depth === depth && d.children ? branchLines.get(d.id!)! : []));
		columns.push(columns[depth] + r + labelGap + widest(lines, fontSize, boldFactor) + linkSpan);
	}
	return columns;
}

/**
 * Left to right, one column per depth. d3 `cluster` gives every leaf its own
 * slot down the page (separated by the leaves' text heights), so a leaf's
 * label and speaker line never share a row with another node's text; each
 * branch sits at the mean of its children. Leaves keep their depth's column
 * rather than cluster's common one, so every link spans a single column.
 */
export function layoutHorizontal(nodes: readonly ChallengeNode[], size: Size, text: TreeText, fontSize = horizontalSizes[0]): TreeLayout {
	const { markerRadius: r, labelGap } = horizontal;
	const lineHeight = lineHeightOf(fontSize);
	const root = hierarchyOf(nodes);
	const branches = root.descendants().filter((d) => d.children);
	const branchLines = new Map(branches.map((d) => [d.id!, wrapLabel(text.label(d.data), horizontal.branchWidth, fontSize, true)]));
	const columns = depthColumns(root, branchLines, fontSize);
	const labelX = (depth: number) => columns[depth] + r + labelGap;
	const leafLines = new Map(root.leaves().map((d) => [d.id!, wrapLabel(text.label(d.data), size.width - labelX(d.depth), fontSize, false)]));
	/** A leaf's label lines and its speaker line. */
	const blockHeight = (d: Tree) => (leafLines.get(d.id!)!.length + 1) * lineHeight;

	const gap = evenGap(root.leaves().map(blockHeight), size.height, horizontal.minGap, horizontal.maxGap);
	const placed = cluster<ChallengeNode>()
		.nodeSize([1, 1])
		.separation((a, b) => (blockHeight(a) + blockHeight(b)) / 2 + gap)(root);
	const leaves = placed.leaves();
	const [first, last] = [leaves[0], leaves[leaves.length - 1]];
	const used = last.x - first.x + (blockHeight(first) + blockHeight(last)) / 2;
	/** cluster's x is the centre of a leaf's block; this shifts the blocks to sit centred in the height. */
	const shift = Math.max(0, (size.height - used) / 2) + blockHeight(first) / 2 - first.x;

	const placeBranch = (d: Tree & { x: number }): PlacedNode => {
		const lines = branchLines.get(d.id!)!;
		const y = shift + d.x;
		const box = { x: labelX(d.depth), y: y - (lines.length * lineHeight) / 2, width: widest(lines, fontSize, boldFactor), height: lines.length * lineHeight };
		const firstBaseline = y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
		return { node: d.data, leaf: false, x: columns[d.depth], y, label: { x: box.x, y: firstBaseline, lines }, speaker: null, boxes: [box] };
	};
	const placeLeaf = (d: Tree & { x: number }): PlacedNode => {
		const lines = leafLines.get(d.id!)!;
		const top = shift + d.x - blockHeight(d) / 2;
		const y = top + lineHeight / 2;
		const x = labelX(d.depth);
		const boxes = [{ x, y: top, width: widest(lines, fontSize), height: lines.length * lineHeight }];
		const mark = text.speaker(d.data);
		const speakerY = top + lines.length * lineHeight + lineHeight / 2;
		if (mark) boxes.push({ x, y: speakerY - lineHeight / 2, width: badge.width + 4 + nameWidth(mark.name), height: lineHeight });
		return {
			node: d.data,
			leaf: true,
			x: columns[d.depth],
			y,
			label: { x, y: y + fontSize * 0.35, lines },
			speaker: mark ? { x: x + badge.width / 2, y: speakerY, initials: mark.initials, name: mark.name } : null,
			boxes
		};
	};
	const result = placed.descendants().map((d) => (d.children ? placeBranch(d) : placeLeaf(d)));

	const curve = linkHorizontal();
	const links = linksBetween(result, (parent, child) => {
		const out = parent.label.x + widest(parent.label.lines, fontSize, boldFactor) + 4;
		return curve({ source: [out, parent.y], target: [child.x - r - 2, child.y] }) ?? '';
	});
	const contentHeight = bottom(result.flatMap((node) => node.boxes));
	return { nodes: result, links, key: [], contentHeight, fontSize, lineHeight, markerRadius: r };
}

interface KeyEntry {
	mark: SpeakerMark;
	width: number;
	left: number;
}

/** The key's entries (badge and name) in rows, wrapping where the width runs out. */
function keyRows(speakers: readonly SpeakerMark[], width: number): KeyEntry[][] {
	const spacing = 12;
	const rows: KeyEntry[][] = [[]];
	let left = 0;
	for (const mark of speakers) {
		const entryWidth = badge.width + 4 + nameWidth(mark.name);
		if (left > 0 && left + entryWidth > width) {
			rows.push([]);
			left = 0;
		}
		rows[rows.length - 1].push({ mark, width: entryWidth, left });
		left += entryWidth + spacing;
	}
	return rows;
}

function placeKey(rows: readonly KeyEntry[][], top: number, rowHeight: number): PlacedKeyEntry[] {
	return rows.flatMap((row, index) =>
		row.map(({ mark, width, left }) => {
			const y = top + index * rowHeight + rowHeight / 2;
			return { ...mark, x: left + badge.width / 2, y, box: { x: left, y: y - rowHeight / 2, width, height: rowHeight } };
		})
	);
}

/**
 * Top to bottom, one row per node in reading order, indented by depth as in a
 * file browser, so labels get nearly the full width of a phone. Speaker
 * badges line up at the right edge; a key under the tree names them.
 */
export function layoutIndented(nodes: readonly ChallengeNode[], size: Size, text: TreeText, fontSize = indentedSizes[indentedSizes.length - 1]): TreeLayout {
	const { markerRadius: r, labelGap, indent } = indented;
	const lineHeight = lineHeightOf(fontSize);
	const keyRowHeight = lineHeight + 2;
	const speakerRows = keyRows(text.speakers, size.width);
	const treeHeight = size.height - speakerRows.length * keyRowHeight - indented.keyGap;
	const rows: Tree[] = [];
	hierarchyOf(nodes).eachBefore((d) => rows.push(d));
	const markerX = (depth: number) => depth * indent + r;
	const labelX = (depth: number) => markerX(depth) + r + labelGap;
	const wrapped = rows.map((d) => {
		const room = size.width - labelX(d.depth) - (d.children ? 0 : badge.width + 6);
		return wrapLabel(text.label(d.data), room, fontSize, Boolean(d.children));
	});
	const heights = wrapped.map((lines) => lines.length * lineHeight);
	const gap = evenGap(heights, treeHeight, indented.minGap, indented.maxGap);
	/** Badges line up in one column just right of the longest leaf label. */
	const labelEnds = rows.flatMap((d, index) => (d.children ? [] : [labelX(d.depth) + widest(wrapped[index], fontSize)]));
	const badgeX = Math.min(size.width, Math.max(...labelEnds) + indented.badgeGap + badge.width) - badge.width / 2;

	let top = 0;
	const result = rows.map((d, index): PlacedNode => {
		const lines = wrapped[index];
		const y = top + lineHeight / 2;
		const x = labelX(d.depth);
		const boxes = [{ x, y: top, width: widest(lines, fontSize, d.children ? boldFactor : 1), height: heights[index] }];
		top += heights[index] + gap;
		const mark = d.children ? null : text.speaker(d.data);
		const speaker = mark ? { x: badgeX, y, initials: mark.initials, name: null } : null;
		if (speaker) boxes.push({ x: speaker.x - badge.width / 2, y: y - badge.height / 2, width: badge.width, height: badge.height });
		return { node: d.data, leaf: !d.children, x: markerX(d.depth), y, label: { x, y: y + fontSize * 0.35, lines }, speaker, boxes };
	});

	const key = placeKey(speakerRows, top - gap + indented.keyGap, keyRowHeight);
	const elbow = link(curveStepBefore);
	const links = linksBetween(result, (parent, child) => elbow({ source: [parent.x, parent.y + r + 1], target: [child.x - r - 2, child.y] }) ?? '');
	const contentHeight = bottom([...result.flatMap((node) => node.boxes), ...key.map((entry) => entry.box)]);
	return { nodes: result, links, key, contentHeight, fontSize, lineHeight, markerRadius: r };
}

/**
 * Left to right where it is wide enough and its wrapped labels fit the
 * height; otherwise the indented list. Each at the largest type that fits.
 */
export function layoutTree(nodes: readonly ChallengeNode[], size: Size, text: TreeText): TreeLayout {
	const candidates = [
		...(size.width >= horizontalFrom ? horizontalSizes.map((fontSize) => () => layoutHorizontal(nodes, size, text, fontSize)) : []),
		...indentedSizes.map((fontSize) => () => layoutIndented(nodes, size, text, fontSize))
	];
	for (const candidate of candidates.slice(0, -1)) {
		const layout = candidate();
		if (layout.contentHeight <= size.height) return layout;
	}
	return candidates[candidates.length - 1]();
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
