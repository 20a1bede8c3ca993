/** A rectangle in the live chart's own coordinates (CSS px from its top left). */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type CardPlacement = { kind: 'beside'; x: number; y: number } | { kind: 'pinned'; edge: 'top' | 'bottom' };

/** Below this chart width the card is pinned to an edge of the chart, as Our World in Data's grapher does on phones. */
export const pinnedBelow = 560;

const gap = 10;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where the details card goes so that it never covers the mark it describes:
 * beside the mark on wide charts (right, else left, else below or above),
 * pinned to the bottom edge on narrow ones, or to the top when the mark sits
 * where a bottom card would be.
 */
export function placeCard(mark: Rect, card: { width: number; height: number }, chart: { width: number; height: number }): CardPlacement {
	if (chart.width < pinnedBelow) {
		const bottom = { x: 0, y: chart.height - card.height, width: chart.width, height: card.height };
		return { kind: 'pinned', edge: overlaps(bottom, mark) ? 'top' : 'bottom' };
	}
	const clamp = (value: number, least: number, most: number) => Math.max(least, Math.min(value, Math.max(least, most)));
	const middleY = clamp(mark.y + mark.height / 2 - card.height / 2, 0, chart.height - card.height);
	const middleX = clamp(mark.x + mark.width / 2 - card.width / 2, 0, chart.width - card.width);
	const candidates = [
		{ x: mark.x + mark.width + gap, y: middleY },
		{ x: mark.x - gap - card.width, y: middleY },
		{ x: middleX, y: mark.y + mark.height + gap },
		{ x: middleX, y: mark.y - gap - card.height }
	];
	const inside = (spot: { x: number; y: number }) =>
		spot.x >= 0 && spot.y >= 0 && spot.x + card.width <= chart.width && spot.y + card.height <= chart.height;
	const clear = (spot: { x: number; y: number }) => !overlaps({ ...spot, ...card }, mark);
	const spot = candidates.find((candidate) => inside(candidate) && clear(candidate)) ?? candidates.find(clear) ?? candidates[0];
	return { kind: 'beside', x: Math.round(spot.x), y: Math.round(spot.y) };
}
