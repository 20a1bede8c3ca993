import { describe, expect, it } from 'vitest';
import { pinnedBelow, placeCard, type Rect } from '$lib/charts/live/card-placement';

const card = { width: 220, height: 110 };

/** The card's rectangle for a placement, in the chart's coordinates. */
function cardRect(mark: Rect, chart: { width: number; height: number }): Rect {
	const placement = placeCard(mark, card, chart);
	if (placement.kind === 'beside') return { x: placement.x, y: placement.y, ...card };
	return { x: 0, y: placement.edge === 'top' ? 0 : chart.height - card.height, width: chart.width, height: card.height };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Marks on a grid over the whole chart: corners, edges and the middle. */
function marksAcross(chart: { width: number; height: number }): Rect[] {
	const marks: Rect[] = [];
	for (const fx of [0, 0.25, 0.5, 0.75, 1]) {
		for (const fy of [0, 0.25, 0.5, 0.75, 1]) marks.push({ x: fx * (chart.width - 12), y: fy * (chart.height - 12), width: 12, height: 12 });
	}
	return marks;
}

describe('the details card’s place', () => {
	for (const chart of [
		{ width: 288, height: 300 },
		{ width: 358, height: 420 },
		{ width: 560, height: 420 },
		{ width: 760, height: 560 },
		{ width: 1100, height: 800 }
	]) {
		it(`never covers the mark it describes in a ${chart.width}×${chart.height} chart`, () => {
			for (const mark of marksAcross(chart)) expect(overlaps(cardRect(mark, chart), mark), JSON.stringify(mark)).toBe(false);
		});
	}

	it('is pinned to an edge of a narrow chart, and beside its mark in a wide one, inside the chart', () => {
		const mark = { x: 100, y: 100, width: 12, height: 12 };
		expect(placeCard(mark, card, { width: pinnedBelow - 1, height: 400 }).kind).toBe('pinned');
		const wide = { width: 800, height: 500 };
		const placed = cardRect(mark, wide);
		expect(placeCard(mark, card, wide).kind).toBe('beside');
		expect(placed.x).toBeGreaterThanOrEqual(0);
		expect(placed.y).toBeGreaterThanOrEqual(0);
		expect(placed.x + placed.width).toBeLessThanOrEqual(wide.width);
		expect(placed.y + placed.height).toBeLessThanOrEqual(wide.height);
	});

	it('goes to the top of a narrow chart when its mark sits where a bottom card would be', () => {
		const chart = { width: 340, height: 400 };
		expect(placeCard({ x: 50, y: 380, width: 12, height: 12 }, card, chart)).toEqual({ kind: 'pinned', edge: 'top' });
		expect(placeCard({ x: 50, y: 40, width: 12, height: 12 }, card, chart)).toEqual({ kind: 'pinned', edge: 'bottom' });
	});
});
