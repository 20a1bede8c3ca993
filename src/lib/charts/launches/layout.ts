import { spanEnd, spanStart } from '$lib/data/partial-date';
import { dodgeLevels, spreadAlong } from '../layout/spread';
import { widestLine, wrapText } from '../layout/text';
import { crosses, segmentsCross, type Box, type Segment } from '../layout/geometry';
import type { Launch } from './data';
import type { LaunchesState } from './state';
import type { LaunchesMessages } from './messages';
import type { Locale } from '$lib/i18n/locale';
import { formatPartialDate, formatShortDate } from '$lib/i18n/format';
import { fill } from '$lib/i18n/fill';
import { pick } from '$lib/i18n/pick';

/** A scale from time to pixels along the time axis, and from lane to its band start across it. */
export interface TimelineScales {
	time: (date: Date) => number;
	lane: (domain: string) => number | undefined;
	laneWidth: number;
	/** true on narrow screens: time runs down the page, lanes across. */
	vertical: boolean;
}

export interface PlacedEvent {
	event: Launch;
	x: number;
	y: number;
	/** The month (or year) a date-only-to-the-month event could fall in, along the time axis. */
	span: { from: number; to: number } | null;
}

export const markRadius = 6;

/** The lane names' size, --chart-tick-size in app.css. */
const laneNameFont = 11;

interface Area {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The drawing's frame for a size: room around the plot for the axes (on narrow
 * screens, for the lane names standing above their columns), the lanes' extent
 * across the time axis, and the area the direct labels may use.
 */
export function timelineFrame(size: { width: number; height: number }, laneNames: readonly string[], vertical: boolean) {
	// Drawn wider than estimated, as text in the system faces often is.
	const tallestName = widestLine(laneNames, laneNameFont) * 1.15;
	const padding = vertical ? { top: Math.ceil(tallestName + 12), right: 4, bottom: 4, left: 34 } : { top: 8, right: 12, bottom: 24, left: 104 };
	const plot = { width: size.width - padding.left - padding.right, height: size.height - padding.top - padding.bottom };
	// Narrow: the lanes leave the labels most of the width, as they carry dates and caveats.
	const lanes: [number, number] = vertical ? [0, Math.min(plot.width * 0.42, 200)] : [plot.height * 0.3, plot.height];
	const labelArea: Area = vertical
		? { x: lanes[1] + 14, y: 0, width: plot.width - lanes[1] - 14, height: plot.height }
		: { x: 0, y: 0, width: plot.width, height: lanes[0] - 4 };
	return { padding, plot, lanes, labelArea };
}

function midpoint(event: Launch): Date {
	return new Date((spanStart(event.date).getTime() + spanEnd(event.date).getTime()) / 2);
}

/** Puts each event in its lane at its date; events too close in one lane step aside. */
export function placeEvents(events: readonly Launch[], scales: TimelineScales): PlacedEvent[] {
	const byLane = new Map<string, Launch[]>();
	for (const event of events) byLane.set(event.domain, [...(byLane.get(event.domain) ?? []), event]);
	const levelOf = new Map<string, number>();
	for (const laneEvents of byLane.values()) {
		const levels = dodgeLevels(
			laneEvents.map((event) => scales.time(midpoint(event))),
			markRadius * 2 + 2
		);
		laneEvents.forEach((event, index) => levelOf.set(event.id, levels[index]));
	}
	const step = Math.min(markRadius * 2 + 2, scales.laneWidth / 5);
	return events.map((event) => {
		const along = scales.time(midpoint(event));
		const across = (scales.lane(event.domain) ?? 0) + scales.laneWidth / 2 + (levelOf.get(event.id) ?? 0) * step;
		const span = event.date.precision === 'day' ? null : { from: scales.time(spanStart(event.date)), to: scales.time(spanEnd(event.date)) };
		return scales.vertical ? { event, x: across, y: along, span } : { event, x: along, y: across, span };
	});
}

export interface PlacedLabel {
	id: string;
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'middle';
	/** From the mark to the label. */
	leader: { x1: number; y1: number; x2: number; y2: number };
	/** The text's extent. */
	box: Box;
}

/** The label of each event a step names: its name, its date as precise as known, and the date's caveat, if any. */
export function labelTexts(events: readonly Launch[], stepState: LaunchesState, messages: LaunchesMessages, locale: Locale): Map<string, string> {
	const labelled = events.filter((event) => stepState.labelled.includes(event.id));
	return new Map(
		labelled.map((event) => {
			const conflict = stepState.conflicts.find((candidate) => candidate.id === event.id);
			const caveatText = conflict
				? fill(messages.articleDate, { date: formatPartialDate(locale, conflict.articleDate) })
				: event.confidence === 'confirmed'
					? null
					: messages.confidence[event.confidence];
			const caveat = caveatText === null ? '' : fill(messages.caveat, { text: caveatText });
			return [event.id, fill(messages.label, { name: pick(event, 'name', locale), date: formatShortDate(locale, event.date), caveat })];
		})
	);
}

export const labelFontSize = 12;
const lineHeight = labelFontSize * 1.25;

/**
 * Direct labels for the events a step names. Vertical: a column to the right of
 * the lanes, spread down the time axis. Horizontal: two rows above the lanes,
 * spread along it, the labels shared between the rows so that leaders run
 * through as few other labels and across as few other leaders as any sharing allows.
 */
export function placeLabels(
	marks: readonly PlacedEvent[],
	texts: ReadonlyMap<string, string>,
	area: Area,
	vertical: boolean
): PlacedLabel[] {
	const labelled = marks.filter((mark) => texts.has(mark.event.id));
	if (vertical) {
		const wrapped = labelled.map((mark) => ({ mark, lines: wrapText(texts.get(mark.event.id)!, area.width, labelFontSize) }));
		const centres = spreadAlong(
			wrapped.map(({ mark, lines }) => ({ id: mark.event.id, anchor: mark.y, size: lines.length * lineHeight })),
			area.y,
			area.y + area.height,
			4
		);
		return wrapped.map(({ mark, lines }) => {
			const centre = centres.get(mark.event.id)!;
			const top = centre - (lines.length * lineHeight) / 2;
			const width = widestLine(lines, labelFontSize);
			return {
				id: mark.event.id,
				lines,
				x: area.x,
				y: top + labelFontSize,
				anchor: 'start',
				leader: { x1: mark.x + markRadius, y1: mark.y, x2: area.x - 4, y2: centre },
				box: { x0: area.x, y0: top, x1: area.x + width, y1: top + lines.length * lineHeight }
			};
		});
	}
	const wrapped = rowLabelTexts(marks, texts, area);
	// A label out of the drawing is worse than any crossing.
	const outside = (label: PlacedLabel) => label.box.x0 < area.x - 0.5 || label.box.x1 > area.x + area.width + 0.5;
	let best: { labels: PlacedLabel[]; cost: number } | null = null;
	for (const rows of rowChoices(wrapped.length)) {
		const labels = inRows(wrapped, rows, area);
		const cost = leaderCrossings(labels) + 1000 * labels.filter(outside).length;
		if (best === null || cost < best.cost) best = { labels, cost };
		if (cost === 0) break;
	}
	return best?.labels ?? [];
}

/** The labels for two rows above the lanes, wrapped, measured, and in order along the axis. */
export function rowLabelTexts(marks: readonly PlacedEvent[], texts: ReadonlyMap<string, string>, area: Area) {
	const maxWidth = Math.min(180, area.width / 3);
	return marks
		.filter((mark) => texts.has(mark.event.id))
		.map((mark) => {
			const lines = wrapText(texts.get(mark.event.id)!, maxWidth, labelFontSize);
			return { mark, lines, width: widestLine(lines, labelFontSize) };
		})
		.sort((a, b) => a.mark.x - b.mark.x);
}

/** Every way to share n labels between two rows, each once, alternating along the axis first; beyond eight labels, only that. */
function rowChoices(count: number): number[][] {
	const rowsOf = (mask: number) => Array.from({ length: count }, (_, index) => (mask >> index) & 1);
	// Bit i is label i's row: odd labels in the lower row.
	const alternating = Array.from({ length: count }, (_, index) => (index % 2) << index).reduce((mask, bit) => mask | bit, 0);
	if (count > 8) return [rowsOf(alternating)];
	const every = Array.from({ length: 2 ** count }, (_, mask) => mask);
	return [...new Set([alternating, alternating ^ (2 ** count - 1), ...every])].map(rowsOf);
}

/** Labels in two rows above the lanes, each row spread along the axis; a leader runs from each label's foot to its mark. */
export function inRows(wrapped: readonly { mark: PlacedEvent; lines: string[]; width: number }[], rows: readonly number[], area: Area): PlacedLabel[] {
	const rowHeight = area.height / 2;
	return [0, 1].flatMap((rowIndex) => {
		const row = wrapped.filter((_, index) => rows[index] === rowIndex);
		const centres = spreadAlong(
			row.map(({ mark, width }) => ({ id: mark.event.id, anchor: mark.x, size: width })),
			area.x,
			area.x + area.width,
			10
		);
		return row.map(({ mark, lines, width }) => {
			const centre = centres.get(mark.event.id)!;
			const bottom = area.y + rowHeight * (rowIndex + 1) - 6;
			const top = bottom - lines.length * lineHeight;
			return {
				id: mark.event.id,
				lines,
				x: centre,
				y: top + labelFontSize,
				anchor: 'middle' as const,
				leader: { x1: mark.x, y1: mark.y - markRadius, x2: centre, y2: bottom + 2 },
				box: { x0: centre - width / 2, y0: top, x1: centre + width / 2, y1: bottom }
			};
		});
	});
}

/** How many times a leader runs through another label or across another leader. */
export function leaderCrossings(labels: readonly PlacedLabel[]): number {
	const leaders: Segment[] = labels.map(({ leader }) => ({ from: { x: leader.x1, y: leader.y1 }, to: { x: leader.x2, y: leader.y2 } }));
	let count = 0;
	for (const [index, leader] of leaders.entries()) {
		for (const [other, label] of labels.entries()) {
			if (other === index) continue;
			if (crosses(leader, label.box)) count += 1;
			if (other > index && segmentsCross(leader, leaders[other])) count += 1;
		}
	}
	return count;
}
