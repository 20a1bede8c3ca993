import { widestLine, wrapText, joinParts } from '../layout/text';
import { crosses, overlaps, segmentsCross, type Box, type Point, type Segment } from '../layout/geometry';

/**
 * Direct labels placed beside their mark where there is room, or further off
 * with a leader line where there is not. Never over another label or other
 * text, nor outside their area; over a mark or a line only where no free
 * place is left. Pure, so the
 * same layout is drawn on the server and in the browser, and can be tested
 * without a DOM.
 */

export interface LabelRequest {
	id: string;
	/**
	 * Ways to word the label, fullest first, each in parts: tried on one line,
	 * then a part a line (each wrapped if still too wide).
	 */
	wordings: readonly (readonly string[])[];
	/** The centre of the mark the label names. */
	target: Point;
	/** The region the label must stay inside (its panel). */
	area: Box;
	/** Sides to try beside the mark, best first. */
	sides: readonly Side[];
}

/** What labels should not cover: marks as boxes, lines as segments; and other text, which they must not. */
export interface Obstacles {
	boxes: readonly Box[];
	segments: readonly Segment[];
	text: readonly Box[];
}

export interface PlacedLabel {
	id: string;
	lines: string[];
	box: Box;
	/** Where the text starts and how it is anchored there. */
	x: number;
	anchor: 'start' | 'middle' | 'end';
	/** Baseline of the first line. */
	y: number;
	lineHeight: number;
	/** From the mark to a label set away from it. */
	leader: Segment | null;
}

export const sides = ['aboveLeft', 'left', 'belowLeft', 'above', 'below', 'aboveRight', 'right', 'belowRight'] as const;
export type Side = (typeof sides)[number];

/** How far a label keeps from the centre of its mark. */
export const clearance = 8;
/** Space kept clear around every label. */
const margin = 1.5;
/** Far positions are tried on a grid this fine: about a hundred steps across the area, and no finer than 4 px. */
const gridStepFor = (area: Box) => Math.max(4, Math.round((area.x1 - area.x0) / 100));
/** What setting a label away from its mark costs, before the length of its leader. */
const farScore = 100;

export function lineHeightFor(fontSize: number): number {
	return Math.round(fontSize * 1.2);
}

function measure(lines: readonly string[], fontSize: number) {
	return { width: widestLine(lines, fontSize), height: lines.length * lineHeightFor(fontSize) };
}

function inside(box: Box, area: Box): boolean {
	return box.x0 >= area.x0 && box.x1 <= area.x1 && box.y0 >= area.y0 && box.y1 <= area.y1;
}

function boxBeside(side: Side, target: Point, width: number, height: number): Box {
	const horizontal = side.endsWith('Left') || side === 'left' ? -1 : side.endsWith('Right') || side === 'right' ? 1 : 0;
	const vertical = side.startsWith('above') ? -1 : side.startsWith('below') ? 1 : 0;
	const x0 = horizontal < 0 ? target.x - clearance - width : horizontal > 0 ? target.x + clearance : target.x - width / 2;
	// Diagonal placements tuck the text's near corner against the mark rather than a full clearance away on both axes.
	const offset = horizontal === 0 ? clearance : clearance / 2;
	const y0 = vertical < 0 ? target.y - offset - height : vertical > 0 ? target.y + offset : target.y - height / 2;
	return { x0, y0, x1: x0 + width, y1: y0 + height };
}

function nearestPoint(box: Box, point: Point): Point {
	return { x: Math.min(Math.max(point.x, box.x0), box.x1), y: Math.min(Math.max(point.y, box.y0), box.y1) };
}

/** A leader from the edge of the mark to the nearest point of the box. */
function leaderTo(box: Box, target: Point): Segment {
	const end = nearestPoint(box, target);
	const length = Math.hypot(end.x - target.x, end.y - target.y) || 1;
	const start = { x: target.x + ((end.x - target.x) / length) * (clearance - 2), y: target.y + ((end.y - target.y) / length) * (clearance - 2) };
	return { from: start, to: end };
}

interface Candidate {
	lines: string[];
	box: Box;
	leader: Segment | null;
	score: number;
}

/**
 * Each wording on one line, then a part a line. A fuller wording set away with
 * a leader beats a shorter one beside the mark; one line beats several.
 */
function variants(request: LabelRequest, fontSize: number): { lines: string[]; penalty: number }[] {
	const maxWidth = Math.max((request.area.x1 - request.area.x0) * 0.45, 60);
	return request.wordings.flatMap((parts, wording) => {
		const oneLine = { lines: [joinParts(parts)], penalty: wording * farScore * 2 };
		const stacked = parts.flatMap((part) => wrapText(part, maxWidth, fontSize));
		return stacked.length > 1 ? [oneLine, { lines: stacked, penalty: oneLine.penalty + sides.length + 2 }] : [oneLine];
	});
}

/** Beside the mark, on each side the request allows, best first. */
function nearCandidates(request: LabelRequest, fontSize: number): Candidate[] {
	return variants(request, fontSize).flatMap(({ lines, penalty }) => {
		const { width, height } = measure(lines, fontSize);
		return request.sides.map((side, index) => ({ lines, box: boxBeside(side, request.target, width, height), leader: null, score: penalty + index }));
	});
}

/** Anywhere in the area on a grid, with a leader back to the mark. */
function farCandidates(request: LabelRequest, fontSize: number): Candidate[] {
	const { area } = request;
	const gridStep = gridStepFor(area);
	const found: Candidate[] = [];
	for (const { lines, penalty } of variants(request, fontSize)) {
		const { width, height } = measure(lines, fontSize);
		for (let x0 = area.x0; x0 + width <= area.x1; x0 += gridStep) {
			for (let y0 = area.y0; y0 + height <= area.y1; y0 += gridStep) {
				const box = { x0, y0, x1: x0 + width, y1: y0 + height };
				const leader = leaderTo(box, request.target);
				found.push({ lines, box, leader, score: farScore + penalty + Math.hypot(leader.to.x - leader.from.x, leader.to.y - leader.from.y) });
			}
		}
	}
	return found;
}

const byScore = (a: Candidate, b: Candidate) => a.score - b.score;

/** How far a mark is from the middle of a label, where a reader's eye looks for what it names. */
const distanceFromMiddle = (box: Box, point: Point) => Math.hypot((box.x0 + box.x1) / 2 - point.x, (box.y0 + box.y1) / 2 - point.y);

/** How bad a candidate is against what is already there; null when it may not be used at all. */
function cost(
	candidate: Candidate,
	request: LabelRequest,
	obstacles: Obstacles,
	placed: readonly Box[],
	strict: boolean,
	otherTargets: readonly Point[]
): number | null {
	const { box, leader } = candidate;
	if (!inside(box, request.area)) return null;
	// Without a leader, a label nearer another labelled mark than its own reads as that mark's label.
	if (!leader) {
		const own = distanceFromMiddle(box, request.target);
		if (otherTargets.some((target) => distanceFromMiddle(box, target) < own)) return null;
	}
	if (placed.some((other) => overlaps(box, other, margin * 2))) return null;
	if (leader && placed.some((other) => crosses(leader, other))) return null;
	const padded = { x0: box.x0 - margin, y0: box.y0 - margin, x1: box.x1 + margin, y1: box.y1 + margin };
	const coversMark = (mark: Box) => overlaps(padded, mark);
	const coversLine = (segment: Segment) => crosses(segment, padded);
	if (strict && (obstacles.boxes.some(coversMark) || obstacles.segments.some(coversLine))) return null;
	const hits = strict ? 0 : obstacles.boxes.filter(coversMark).length + obstacles.segments.filter(coversLine).length;
	const leaderHits = leader ? obstacles.segments.filter((segment) => segmentsCross(leader, segment)).length : 0;
	return candidate.score + leaderHits * 40 + hits * 1000;
}

/**
 * Places labels in the order given: earlier labels claim their space first.
 * A label with no room inside its area clear of other text is left out.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: Obstacles, fontSize: number): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	for (const request of requests) {
		const taken = [...obstacles.text, ...placed.map((label) => label.box)];
		const otherTargets = requests.filter((other) => other !== request).map((other) => other.target);
		/** Options come best score first, and cost only adds to the score: stop once none can win. */
		const best = (options: readonly Candidate[], strict: boolean) => {
			let chosen: Candidate | null = null;
			let lowest = Infinity;
			for (const candidate of options) {
				if (candidate.score >= lowest) break;
				const value = cost(candidate, request, obstacles, taken, strict, otherTargets);
				if (value !== null && value < lowest) [chosen, lowest] = [candidate, value];
			}
			return chosen;
		};
		const near = nearCandidates(request, fontSize);
		// Beside the mark in its fullest wording beats anything set away, so try that before the slow search.
		const beside = best(
			near.filter((candidate) => candidate.score < farScore),
			true
		);
		const all = beside ? [] : [...near, ...farCandidates(request, fontSize)].sort(byScore);
		// Clear of marks and lines if possible; else, rather than over other text, over a line; else not at all.
		const chosen = beside ?? best(all, true) ?? best(all, false);
		if (chosen) placed.push(toPlaced(request, chosen, fontSize));
	}
	return placed;
}

function toPlaced(request: LabelRequest, { lines, box, leader }: Candidate, fontSize: number): PlacedLabel {
	const centre = (box.x0 + box.x1) / 2;
	const anchor = box.x1 <= request.target.x ? 'end' : box.x0 >= request.target.x ? 'start' : 'middle';
	const x = anchor === 'end' ? box.x1 : anchor === 'start' ? box.x0 : centre;
	const lineHeight = lineHeightFor(fontSize);
	return { id: request.id, lines, box, x, anchor, y: box.y0 + lineHeight * 0.5 + fontSize * 0.35, lineHeight, leader };
}
