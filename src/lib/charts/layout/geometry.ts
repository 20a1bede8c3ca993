/** Plane geometry for placing labels: boxes, segments, and whether they meet. */

export interface Point {
	x: number;
	y: number;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface Segment {
	from: Point;
	to: Point;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
	return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function crosses(segment: Segment, box: Box): boolean {
	const { from, to } = segment;
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, from.x - box.x0],
		[dx, box.x1 - from.x],
		[-dy, from.y - box.y0],
		[dy, box.y1 - from.y]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

function orientation(a: Point, b: Point, c: Point): number {
	return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

export function segmentsCross(a: Segment, b: Segment): boolean {
	return (
		orientation(a.from, a.to, b.from) * orientation(a.from, a.to, b.to) < 0 && orientation(b.from, b.to, a.from) * orientation(b.from, b.to, a.to) < 0
	);
}
