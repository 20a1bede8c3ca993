import { cluster } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';
import { estimateTextWidth, widestLine, wrapText } from '../layout/text';
import { revealedBranches, type ChallengeNode } from './data';
import type { SpeakerMark } from './speakers';
import { hierarchyOf, preorder, type Tree } from './tree';

/** A rectangle something is drawn in, for keeping text apart. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A speaker's badge, its centre relative to its node's place, and where there is room their name beside it. */
export interface PlacedSpeaker {
	x: number;
	y: number;
	initials: string;
	name: string | null;
}

export interface PlacedNode {
	node: ChallengeNode;
	leaf: boolean;
	/**
	 * The node's place, which everything it draws is relative to: its marker's
	 * centre, or in the list a leaf's badge, so that folding moves the badge
	 * in a straight line to its slot in the strip.
	 */
	x: number;
	y: number;
	/** The marker's centre relative to the place; null where a leaf folded into a strip is drawn by its badge alone. */
	marker: { x: number; y: number } | null;
	/** The label relative to the place (first baseline), one entry per wrapped line; null while folded into a strip. */
	label: { x: number; y: number; lines: string[] } | null;
	/** Leaves only. */
	speaker: PlacedSpeaker | null;
	/** All the node draws, in the drawing's coordinates: no two nodes' boxes overlap. */
	boxes: Box[];
}

export interface PlacedLink {
	/** The child the link leads to: it shares that node's emphasis. */
	id: string;
	/** The child's marker: the link is drawn relative to it, so it travels with the child. */
	x: number;
	y: number;
	/** The part of the link whose shape stays the same wherever the child goes. */
	path: string;
	/**
	 * A vertical run from the child's row up to its parent (length < 0), drawn
	 * as a unit line scaled by a transform: when rows move it stretches with
	 * them, where a changed path would jump.
	 */
	rise: { x: number; length: number } | null;
}

/** A badge decoded, where a layout has no room for names beside the leaves. */
export interface PlacedKeyEntry extends SpeakerMark {
	/** The badge's centre; the name follows it. */
	x: number;
	y: number;
	box: Box;
}

export interface TreeLayout {
	kind: 'horizontal' | 'indented';
	nodes: PlacedNode[];
	links: PlacedLink[];
	key: PlacedKeyEntry[];
	/** The bottom and right edge of everything drawn. */
	contentHeight: number;
	contentWidth: number;
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

/** The smallest chart text, as seen: the drawing is never scaled, so these are pixels. */
export const minFontSize = 12;
/** Room for three bold initials ("WZh") at the smallest type; as tall as a line, so badges stack with the labels. */
export const badge = { width: 30, height: 15, fontSize: minFontSize };
export const nameFontSize = minFontSize;
/** With a margin: names sit in a row, and some system fonts run wider than the estimate. */
const nameWidth = (name: string) => estimateTextWidth(name, nameFontSize) * 1.15;
const nameGap = 4;

const horizontal = { markerRadius: 5, labelGap: 5, linkSpan: 26, branchWidth: 120, minGap: 6, maxGap: 26, speakerLead: 10 };
const indented = { markerRadius: 4.5, labelGap: 4, indent: 16, minGap: 1, maxGap: 12, keyGap: 8, badgeGap: 8, stripGap: 4, stripLead: 10 };
/** Label sizes to try left to right, largest first: the largest that fits wins. The indented list keeps the smallest. */
const horizontalSizes = [13, minFontSize];
const lineHeightOf = (fontSize: number) => Math.round(fontSize * 1.23 * 2) / 2;
/** A row that holds badges side by side: a badge and a little air. */
const badgeRowHeight = badge.height + 2;
/** DejaVu Sans, the widest common fallback face, runs about 6% wider than the estimate: labels get that margin, so a badge beside one never touches it. */
const regularFactor = 1.06;
/** Branch labels are bold: a little wider again. */
const boldFactor = regularFactor * 1.08;

/** A block's width, with its margin. */
const widest = (lines: readonly string[], fontSize: number, factor = regularFactor) => widestLine(lines, fontSize) * factor;

function wrapLabel(text: string, width: number, fontSize: number, branch: boolean): string[] {
	return wrapText(text, width / (branch ? boldFactor : regularFactor), fontSize);
}

/** An even gap between blocks, clamped so rows neither crowd nor drift apart. */
function evenGap(heights: readonly number[], space: number, min: number, max: number): number {
	if (heights.length < 2) return 0;
	const total = heights.reduce((sum, height) => sum + height, 0);
	return Math.min(max, Math.max(min, (space - total) / (heights.length - 1)));
}

function extent(boxes: readonly Box[]): { width: number; height: number } {
	return { width: Math.max(0, ...boxes.map((box) => box.x + box.width)), height: Math.max(0, ...boxes.map((box) => box.y + box.height)) };
}

/** Where a node's marker sits in the drawing. */
export function markerAt(placed: PlacedNode): { x: number; y: number } {
	return { x: placed.x + (placed.marker?.x ?? 0), y: placed.y + (placed.marker?.y ?? 0) };
}

function linksBetween(nodes: readonly PlacedNode[], link: (parent: PlacedNode, child: PlacedNode) => PlacedLink | null): PlacedLink[] {
	const byId = new Map(nodes.map((placed) => [placed.node.id, placed]));
	return nodes.flatMap((child) => {
		const parent = byId.get(child.node.parent ?? '');
		const placed = parent ? link(parent, child) : null;
		return placed ? [placed] : [];
	});
}

function finish(
	kind: TreeLayout['kind'],
	nodes: PlacedNode[],
	links: PlacedLink[],
	key: PlacedKeyEntry[],
	fontSize: number,
	markerRadius: number
): TreeLayout {
	const { width, height } = extent([...nodes.flatMap((node) => node.boxes), ...key.map((entry) => entry.box)]);
	return { kind, nodes, links, key, contentHeight: height, contentWidth: width, fontSize, lineHeight: lineHeightOf(fontSize), markerRadius };
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
 * Nothing folds: the same drawing serves every step.
 */
export function layoutHorizontal(nodes: readonly ChallengeNode[], size: Size, text: TreeText, fontSize = horizontalSizes[0]): TreeLayout {
	const { markerRadius: r, labelGap } = horizontal;
	const lineHeight = lineHeightOf(fontSize);
	const speakerRow = Math.max(lineHeight, badgeRowHeight);
	const root = hierarchyOf(nodes);
	const branches = root.descendants().filter((d) => d.children);
	const branchLines = new Map(branches.map((d) => [d.id!, wrapLabel(text.label(d.data), horizontal.branchWidth, fontSize, true)]));
	const columns = depthColumns(root, branchLines, fontSize);
	const labelX = (depth: number) => columns[depth] + r + labelGap;
	const leafLines = new Map(root.leaves().map((d) => [d.id!, wrapLabel(text.label(d.data), size.width - labelX(d.depth), fontSize, false)]));
	const speakerWidth = (d: Tree) => {
		const mark = text.speaker(d.data);
		return mark ? badge.width + nameGap + nameWidth(mark.name) : 0;
	};
	/** On a wide box the speakers fit after the one-line labels, lined up per column; otherwise each takes a line under its label. */
	const speakerX = (d: Tree) =>
		labelX(d.depth) +
		Math.max(...root.leaves().flatMap((leaf) => (leaf.depth === d.depth ? [widest(leafLines.get(leaf.id!)!, fontSize)] : []))) +
		horizontal.speakerLead;
	const speakersBeside = root.leaves().every((d) => leafLines.get(d.id!)!.length === 1 && speakerX(d) + speakerWidth(d) <= size.width);
	/** A leaf's label lines and its speaker line. */
	const blockHeight = (d: Tree) => (speakersBeside ? speakerRow : leafLines.get(d.id!)!.length * lineHeight + speakerRow);

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
		const [x, y] = [columns[d.depth], shift + d.x];
		const box = {
			x: labelX(d.depth),
			y: y - (lines.length * lineHeight) / 2,
			width: widest(lines, fontSize, boldFactor),
			height: lines.length * lineHeight
		};
		const firstBaseline = -((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
		return { node: d.data, leaf: false, x, y, marker: { x: 0, y: 0 }, label: { x: box.x - x, y: firstBaseline, lines }, speaker: null, boxes: [box] };
	};
	const placeLeaf = (d: Tree & { x: number }): PlacedNode => {
		const lines = leafLines.get(d.id!)!;
		const top = shift + d.x - blockHeight(d) / 2;
		const [x, y] = [columns[d.depth], top + (speakersBeside ? speakerRow : lineHeight) / 2];
		const boxes = [{ x: labelX(d.depth), y: y - lineHeight / 2, width: widest(lines, fontSize), height: lines.length * lineHeight }];
		const mark = text.speaker(d.data);
		const [speakerLeft, speakerY] = speakersBeside ? [speakerX(d), y] : [labelX(d.depth), top + lines.length * lineHeight + speakerRow / 2];
		if (mark) boxes.push({ x: speakerLeft, y: speakerY - speakerRow / 2, width: speakerWidth(d), height: speakerRow });
		const speaker = mark ? { x: speakerLeft + badge.width / 2 - x, y: speakerY - y, initials: mark.initials, name: mark.name } : null;
		return { node: d.data, leaf: true, x, y, marker: { x: 0, y: 0 }, label: { x: r + labelGap, y: fontSize * 0.35, lines }, speaker, boxes };
	};
	const result: PlacedNode[] = [];
	placed.eachBefore((d) => result.push(d.children ? placeBranch(d) : placeLeaf(d)));

	const curve = linkHorizontal();
	const links = linksBetween(result, (parent, child) => {
		const out = parent.x + parent.label!.x + widest(parent.label!.lines, fontSize, boldFactor) + 4;
		const path = curve({ source: [out - child.x, parent.y - child.y], target: [-r - 2, 0] }) ?? '';
		return { id: child.node.id, x: child.x, y: child.y, path, rise: null };
	});
	return finish('horizontal', result, links, [], fontSize, r);
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
		const entryWidth = badge.width + nameGap + nameWidth(mark.name);
		if (left > 0 && left + entryWidth > width) {
			rows.push([]);
			left = 0;
		}
		rows[rows.length - 1].push({ mark, width: entryWidth, left });
		left += entryWidth + spacing;
	}
	return rows;
}

function placeKey(rows: readonly KeyEntry[][], top: number): PlacedKeyEntry[] {
	return rows.flatMap((row, index) =>
		row.map(({ mark, width, left }) => {
			const y = top + index * badgeRowHeight + badgeRowHeight / 2;
			return { ...mark, x: left + badge.width / 2, y, box: { x: left, y: y - badgeRowHeight / 2, width, height: badgeRowHeight } };
		})
	);
}

/** A folded branch's descendants side by side in reading order: leaves by their badges, branches by their markers. */
interface Strip {
	/** Each item's centre, relative to the strip's first row: x from the strip's left edge, y from its top. */
	slots: Map<string, { x: number; y: number; width: number }>;
	rows: number;
	width: number;
}

function packStrip(branch: Tree, room: number, markerWidth: number): Strip {
	const slots = new Map<string, { x: number; y: number; width: number }>();
	let [left, row, width] = [0, 0, 0];
	for (const d of preorder(branch).slice(1)) {
		const itemWidth = d.children ? markerWidth : badge.width;
		if (left > 0 && left + itemWidth > room) [left, row] = [0, row + 1];
		slots.set(d.id!, { x: left + itemWidth / 2, y: row * badgeRowHeight + badgeRowHeight / 2, width: itemWidth });
		width = Math.max(width, left + itemWidth);
		left += itemWidth + indented.stripGap;
	}
	return { slots, rows: row + 1, width };
}

/**
 * Top to bottom, one row per node in reading order, indented by depth as in a
 * file browser, so labels get nearly the full width of a phone. Speaker
 * badges line up in a column; a key at the foot names them. A folded branch
 * keeps its own label but draws what is under it as a strip of badges,
 * beside the label where it fits, else under it: what a short box leaves out
 * is the labels of the branches the step is not about.
 */
export function layoutIndented(nodes: readonly ChallengeNode[], size: Size, text: TreeText, folded: ReadonlySet<string> = new Set()): TreeLayout {
	const { markerRadius: r, labelGap, indent } = indented;
	const fontSize = minFontSize;
	const lineHeight = lineHeightOf(fontSize);
	const all = preorder(hierarchyOf(nodes));
	const markerX = (depth: number) => depth * indent + r;
	const labelX = (depth: number) => markerX(depth) + r + labelGap;
	const wrapped = new Map(
		all.map((d) => {
			const room = size.width - labelX(d.depth) - (d.children ? 0 : badge.width + indented.badgeGap);
			return [d.id!, wrapLabel(text.label(d.data), room, fontSize, Boolean(d.children))];
		})
	);
	const labelWidth = (d: Tree) => widest(wrapped.get(d.id!)!, fontSize, d.children ? boldFactor : regularFactor);
	/** Badges line up in one column just right of the longest leaf label, folded or not, so no step moves it. */
	const labelEnds = all.flatMap((d) => (d.children ? [] : [labelX(d.depth) + labelWidth(d)]));
	const badgeX = Math.min(size.width, Math.max(...labelEnds) + indented.badgeGap + badge.width) - badge.width / 2;

	const speakerRows = keyRows(text.speakers, size.width);
	const keyHeight = speakerRows.length * badgeRowHeight;
	const isFolded = (d: Tree) => Boolean(d.children) && folded.has(d.id!);
	const rows = all.filter((d) => !d.ancestors().slice(1).some(isFolded));
	/** A folded branch's strip sits beside its label when the label is one line and the strip fits after it. */
	const strips = new Map(
		rows.filter(isFolded).map((d) => {
			const besideX = labelX(d.depth) + labelWidth(d) + indented.stripLead;
			const beside = packStrip(d, Infinity, 2 * r + 2);
			if (wrapped.get(d.id!)!.length === 1 && besideX + beside.width <= size.width) return [d.id!, { ...beside, left: besideX, beside: true }];
			const belowX = markerX(d.depth + 1) - r;
			return [d.id!, { ...packStrip(d, size.width - belowX, 2 * r + 2), left: belowX, beside: false }];
		})
	);
	/** The first line's height (a badge row where a badge shares it), then further lines and strip rows below. */
	const headHeight = (d: Tree) => (strips.get(d.id!)?.beside ? Math.max(lineHeight, badgeRowHeight) : Math.max(lineHeight, badge.height));
	const rowHeight = (d: Tree) => {
		const strip = strips.get(d.id!);
		return headHeight(d) + (wrapped.get(d.id!)!.length - 1) * lineHeight + (strip && !strip.beside ? strip.rows * badgeRowHeight : 0);
	};
	const heights = rows.map(rowHeight);
	const gap = evenGap(heights, size.height - keyHeight - indented.keyGap, indented.minGap, indented.maxGap);

	const result: PlacedNode[] = [];
	let top = 0;
	for (const d of rows) {
		const lines = wrapped.get(d.id!)!;
		const y = top + headHeight(d) / 2;
		const labelBox = { x: labelX(d.depth), y: y - lineHeight / 2, width: labelWidth(d), height: lines.length * lineHeight };
		const mark = d.children ? null : text.speaker(d.data);
		const x = mark ? badgeX : markerX(d.depth);
		const speaker = mark ? { x: 0, y: 0, initials: mark.initials, name: null } : null;
		const boxes = [
			labelBox,
			...(speaker ? [{ x: badgeX - badge.width / 2, y: y - badge.height / 2, width: badge.width, height: badge.height }] : [])
		];
		const label = { x: labelX(d.depth) - x, y: fontSize * 0.35, lines };
		result.push({ node: d.data, leaf: !d.children, x, y, marker: { x: markerX(d.depth) - x, y: 0 }, label, speaker, boxes });

		const strip = strips.get(d.id!);
		if (strip) {
			const stripTop = strip.beside ? y - badgeRowHeight / 2 : labelBox.y + labelBox.height;
			for (const inner of preorder(d).slice(1)) {
				const slot = strip.slots.get(inner.id!)!;
				const place = { x: strip.left + slot.x, y: stripTop + slot.y };
				const innerMark = inner.children ? null : text.speaker(inner.data);
				result.push({
					node: inner.data,
					leaf: !inner.children,
					...place,
					marker: inner.children ? { x: 0, y: 0 } : null,
					label: null,
					speaker: innerMark ? { x: 0, y: 0, initials: innerMark.initials, name: null } : null,
					boxes: [{ x: place.x - slot.width / 2, y: place.y - badge.height / 2, width: slot.width, height: badge.height }]
				});
			}
		}
		top += rowHeight(d) + gap;
	}

	const treeBottom = top - gap;
	/** The key follows the tree; where branches fold, the tree's height changes from step to step, so the key stays at the foot. */
	const [afterTree, atFoot] = [treeBottom + indented.keyGap, size.height - keyHeight];
	const keyTop = folded.size === 0 || afterTree > atFoot + 0.5 ? afterTree : atFoot;
	const key = placeKey(speakerRows, keyTop);
	const visible = new Set(rows.map((d) => d.id!));
	const links = linksBetween(result, (parent, child) => {
		if (!visible.has(child.node.id)) return null;
		const [from, to] = [markerAt(parent), markerAt(child)];
		return { id: child.node.id, ...to, path: `M${from.x - to.x},0H${-r - 2}`, rise: { x: from.x - to.x, length: from.y + r + 1 - to.y } };
	});
	return finish('indented', result, links, key, fontSize, r);
}

const fits = (layout: TreeLayout, size: Size) => layout.contentHeight <= size.height + 0.5 && layout.contentWidth <= size.width + 0.5;

/**
 * Left to right where it is wide enough and its wrapped labels fit the height,
 * at the largest type that fits; otherwise the indented list, whole if it
 * fits. A shorter box folds the branches other than the step's `focus` into
 * strips of badges, and the shortest folds them all: the step decides what
 * keeps its labels, and the folds move as the story does.
 */
export function layoutTree(nodes: readonly ChallengeNode[], size: Size, text: TreeText, focus: string | null = null): TreeLayout {
	const candidates = [
		...(size.width >= horizontalFrom ? horizontalSizes.map((fontSize) => () => layoutHorizontal(nodes, size, text, fontSize)) : []),
		() => layoutIndented(nodes, size, text),
		...(focus ? [() => layoutIndented(nodes, size, text, new Set(revealedBranches.filter((branch) => branch !== focus)))] : []),
		() => layoutIndented(nodes, size, text, new Set(revealedBranches))
	];
	for (const candidate of candidates.slice(0, -1)) {
		const layout = candidate();
		if (fits(layout, size)) return layout;
	}
	return candidates[candidates.length - 1]();
}

export function boxesOverlap(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
