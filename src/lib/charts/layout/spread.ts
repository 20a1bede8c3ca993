/** A label to place along one axis: where it wants to be (its centre) and how much room it takes. */
export interface SpreadItem {
	id: string;
	anchor: number;
	size: number;
}

/**
 * Moves labels along one axis as little as possible so none overlap, keeping
 * them between start and end where there is room. They never overlap: when
 * there is no room, they run past the end. Returns each label's centre.
 */
export function spreadAlong(items: readonly SpreadItem[], start: number, end: number, gap: number): Map<string, number> {
	const sorted = [...items].sort((a, b) => a.anchor - b.anchor);
	const lead: number[] = [];
	let cursor = start;
	for (const item of sorted) {
		const from = Math.max(item.anchor - item.size / 2, cursor);
		lead.push(from);
		cursor = from + item.size + gap;
	}
	// Pushed past the end: walk back from the end, pulling labels up as needed.
	// If they cannot all fit, keep them apart and let the last ones run past the end.
	const pulled = [...lead];
	let limit = end;
	for (let index = sorted.length - 1; index >= 0; index -= 1) {
		pulled[index] = Math.min(lead[index], limit - sorted[index].size);
		limit = pulled[index] - gap;
	}
	const placed = pulled[0] === undefined || pulled[0] >= start ? pulled : lead;
	return new Map(sorted.map((item, index) => [item.id, placed[index] + item.size / 2]));
}

/**
 * Marks that would overlap along the time axis move across it into levels
 * 0, 1, -1, 2, -2 …; returns each mark's level, in input order.
 */
export function dodgeLevels(positions: readonly number[], minGap: number): number[] {
	const placed: { position: number; level: number }[] = [];
	return positions.map((position) => {
		for (let attempt = 0; ; attempt += 1) {
			const level = attempt === 0 ? 0 : attempt % 2 === 1 ? (attempt + 1) / 2 : -attempt / 2;
			const clash = placed.some((other) => other.level === level && Math.abs(other.position - position) < minGap);
			if (!clash) {
				placed.push({ position, level });
				return level;
			}
		}
	});
}
