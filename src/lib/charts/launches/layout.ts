import { spanEnd, spanStart } from '$lib/data/partial-date';
import { dodgeLevels, spreadAlong } from '../layout/spread';
import { estimateTextWidth, keepWhole, widestLine, wrapText } from '../layout/text';
import { verticalBelow } from '../layers/size';
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
	/** true in narrow, tall boxes: time runs down the page, lanes across. */
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

/** Every piece of text in the drawing: --chart-tick-size in app.css, the least chart text may be. */
export const fontSize = 12;
export const lineHeight = fontSize * 1.25;
/** The system faces often draw text a little wider than estimated: text that must clear an edge or a neighbour gets the margin. */
const drawnWider = 1.15;

/** The lanes, in order down the page (across it when time runs down). */
export const lanes = ['platform', 'life', 'matter', 'earth'] as const;
export type Lane = (typeof lanes)[number];

const firstYear = 2017;
const endYear = 2026;
export const timeDomain: [Date, Date] = [new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(endYear, 0, 1))];
/** A gridline at the start of every year, 2017 to the end of 2025. */
export const gridYears = Array.from({ length: endYear - firstYear + 1 }, (_, index) => firstYear + index);

/** Where time runs down, the lanes' share of the width: the labels beside them carry dates and caveats and need the rest. */
const laneShare = 0.34;

/** The gap between lanes, as a share of a lane's step (d3's paddingInner). */
export const lanePadding = 0.1;

/** Nine years down less than this leave too little room for labels: a narrow box that short runs time across after all. */
const minVerticalPlot = 200;

interface Area {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface TimelineFrame {
	/** Time runs down the page, lanes across: narrow boxes tall enough for it. */
	vertical: boolean;
	padding: { top: number; right: number; bottom: number; left: number };
	plot: { width: number; height: number };
	/** The lanes' extent across the time axis. */
	lanes: [number, number];
	/** Where the direct labels may go. */
	labelArea: Area;
	/** Each lane's name, in lines: wrapped in a narrow box's gutter. */
	laneNames: Record<Lane, string[]>;
	/** The years whose label fits, each written in the middle of its year. */
	yearLabels: number[];
}

/**
 * The years to write, each in the middle of its year along an axis this long:
 * every year where they fit, else every second or fifth, so that no two touch
 * and none passes the axis's ends.
 */
export function yearLabelsFor(axisLength: number, vertical: boolean): number[] {
	const yearLength = axisLength / (endYear - firstYear);
	const room = vertical ? lineHeight + 4 : estimateTextWidth('2026', fontSize) * drawnWider + 4;
	const every = [1, 2, 5, 10].find((step) => step * yearLength >= room) ?? Infinity;
	const centre = (year: number) => (year - firstYear + 0.5) * yearLength;
	return gridYears.slice(0, -1).filter((year) => year % every === 0 && centre(year) - room / 2 >= 0 && centre(year) + room / 2 <= axisLength);
}

/**
 * The drawing's frame for a box. Time runs down the page in a narrow box tall
 * enough for it, the lane names standing above their columns (in up to two
 * lines) and the labels in a column to the right; otherwise across, the lane names in a gutter on the
 * left (wrapped where the box is narrow) and the labels in two rows above the lanes.
 */
export function timelineFrame(size: { width: number; height: number }, names: Readonly<Record<Lane, string>>): TimelineFrame {
	const yearWidth = Math.ceil(estimateTextWidth('2026', fontSize) * drawnWider);
	const uprightLeft = yearWidth + 8;
	// Names stand above their columns in up to two lines, which keeps their stand short: the columns are at least a step of two lines apart.
	const uprightNames = wrapNames(names, 72);
	const upright = {
		top: Math.ceil(widestLine(Object.values(uprightNames).flat(), fontSize) * drawnWider) + 12,
		right: 4,
		bottom: 4,
		left: uprightLeft
	};
	const uprightPlot = { width: size.width - upright.left - upright.right, height: size.height - upright.top - upright.bottom };
	if (size.width < verticalBelow && uprightPlot.height >= minVerticalPlot) {
		const across: [number, number] = [0, Math.min(Math.max(uprightPlot.width * laneShare, 2 * lineHeight * (lanes.length - lanePadding)), 200)];
		return {
			vertical: true,
			padding: upright,
			plot: uprightPlot,
			lanes: across,
			labelArea: { x: across[1] + 14, y: 0, width: uprightPlot.width - across[1] - 14, height: uprightPlot.height },
			laneNames: uprightNames,
			yearLabels: yearLabelsFor(uprightPlot.height, true)
		};
	}
	const laneNames = wrapNames(names, size.width < verticalBelow ? 72 : 140);
	const wrapped = Object.values(laneNames);
	const padding = { top: 8, right: 12, bottom: fontSize + 12, left: Math.ceil(widestLine(wrapped.flat(), fontSize) * drawnWider) + 10 };
	const plot = { width: size.width - padding.left - padding.right, height: size.height - padding.top - padding.bottom };
	// Band centres are a step apart: room for the tallest name, whose leading keeps it off the next.
	const tallestName = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight;
	const lanesHeight = Math.min(plot.height, Math.max(plot.height * 0.6, tallestName * (lanes.length - lanePadding)));
	return {
		vertical: false,
		padding,
		plot,
		lanes: [plot.height - lanesHeight, plot.height],
		labelArea: { x: 0, y: 0, width: plot.width, height: Math.max(plot.height - lanesHeight - 4, 0) },
		laneNames,
		yearLabels: yearLabelsFor(plot.width, false)
	};
}

function wrapNames(names: Readonly<Record<Lane, string>>, maxWidth: number): Record<Lane, string[]> {
	return Object.fromEntries(lanes.map((lane) => [lane, wrapText(names[lane], maxWidth, fontSize)])) as Record<Lane, string[]>;
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
export function labelTexts(
	events: readonly Launch[],
	stepState: LaunchesState,
	messages: LaunchesMessages,
	locale: Locale,
	personNames: readonly string[] = []
): Map<string, string> {
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
			const name = keepWhole(pick(event, 'name', locale), personNames);
			return [event.id, fill(messages.label, { name, date: formatShortDate(locale, event.date), caveat })];
		})
	);
}

/** A label's width with the margin for faces that draw wider than estimated, so that it clears the drawing's edge. */
function labelWidth(lines: readonly string[]): number {
	return widestLine(lines, fontSize) * drawnWider;
}

/** A label's text, wrapped and measured. */
export interface WrappedLabel {
	mark: PlacedEvent;
	lines: string[];
	width: number;
}

/**
 * Direct labels for the events a step names. Vertical: a column to the right of
 * the lanes, spread down the time axis. Horizontal: two rows above the lanes,
 * spread along it, the labels shared between the rows so that leaders run
 * through as few other labels and across as few other leaders as any sharing
 * allows. Where they cannot all fit inside the area, the label that takes the
 * most room gives way, then the next, so that as many stay as fit; the details
 * card still names every mark.
 */
export function placeLabels(marks: readonly PlacedEvent[], texts: ReadonlyMap<string, string>, area: Area, vertical: boolean): PlacedLabel[] {
	let shown = vertical ? columnLabelTexts(marks, texts, area) : rowLabelTexts(marks, texts, area);
	for (;;) {
		const labels = vertical ? inColumn(shown, area) : inBestRows(shown, area);
		if (labels) return labels;
		const room = (label: WrappedLabel) => label.width * label.lines.length;
		const largest = shown.reduce((most, label) => (room(label) > room(most) ? label : most));
		shown = shown.filter((label) => label !== largest);
	}
}

/** The labels for the column right of the lanes, wrapped to its width; a label wider than the column (one long word) has no place. */
function columnLabelTexts(marks: readonly PlacedEvent[], texts: ReadonlyMap<string, string>, area: Area): WrappedLabel[] {
	return marks
		.filter((mark) => texts.has(mark.event.id))
		.map((mark) => {
			const lines = wrapText(texts.get(mark.event.id)!, area.width / drawnWider, fontSize);
			return { mark, lines, width: labelWidth(lines) };
		})
		.filter((label) => label.width <= area.width);
}

/** The labels spread down the column; null if they run past its end. */
function inColumn(wrapped: readonly WrappedLabel[], area: Area): PlacedLabel[] | null {
	const centres = spreadAlong(
		wrapped.map(({ mark, lines }) => ({ id: mark.event.id, anchor: mark.y, size: lines.length * lineHeight })),
		area.y,
		area.y + area.height,
		4
	);
	const labels = wrapped.map(({ mark, lines, width }) => {
		const centre = centres.get(mark.event.id)!;
		const top = centre - (lines.length * lineHeight) / 2;
		return {
			id: mark.event.id,
			lines,
			x: area.x,
			y: top + fontSize,
			anchor: 'start' as const,
			leader: { x1: mark.x + markRadius, y1: mark.y, x2: area.x - 4, y2: centre },
			box: { x0: area.x, y0: top, x1: area.x + width, y1: top + lines.length * lineHeight }
		};
	});
	return labels.every((label) => label.box.y0 >= area.y - 0.5 && label.box.y1 <= area.y + area.height + 0.5) ? labels : null;
}

/** Above-lane rows: the gap between a label's foot and its row's floor. */
const rowGap = 6;

/** Two rows of labels above the lanes where two lines fit in each (most labels take two), else one. */
export function rowCount(area: Area): number {
	return area.height / 2 >= 2 * lineHeight + rowGap ? 2 : 1;
}

/**
 * The labels for two rows above the lanes, wrapped, measured, and in order
 * along the axis. A label taller than a row is wrapped wider; one that still
 * does not fit has no place.
 */
export function rowLabelTexts(marks: readonly PlacedEvent[], texts: ReadonlyMap<string, string>, area: Area): WrappedLabel[] {
	const maxLines = Math.floor((area.height / rowCount(area) - rowGap) / lineHeight);
	return marks
		.filter((mark) => texts.has(mark.event.id))
		.flatMap((mark) => {
			const text = texts.get(mark.event.id)!;
			for (const maxWidth of [Math.min(180, area.width / 3), area.width / 2, area.width]) {
				const lines = wrapText(text, maxWidth / drawnWider, fontSize);
				const width = labelWidth(lines);
				if (lines.length <= maxLines && width <= area.width) return [{ mark, lines, width }];
			}
			return [];
		})
		.sort((a, b) => a.mark.x - b.mark.x);
}

/** The sharing between the rows with every label inside the area and the fewest crossings; null if none keeps them all inside. */
function inBestRows(wrapped: readonly WrappedLabel[], area: Area): PlacedLabel[] | null {
	const inside = (label: PlacedLabel) => label.box.x0 >= area.x - 0.5 && label.box.x1 <= area.x + area.width + 0.5;
	let best: { labels: PlacedLabel[]; cost: number } | null = null;
	for (const rows of rowChoices(wrapped.length, rowCount(area))) {
		const labels = inRows(wrapped, rows, area);
		if (!labels.every(inside)) continue;
		const cost = leaderCrossings(labels);
		if (best === null || cost < best.cost) best = { labels, cost };
		if (cost === 0) break;
	}
	return best?.labels ?? null;
}

/** Every way to share n labels between two rows, each once, alternating along the axis first; beyond eight labels, only that. With one row, one way. */
function rowChoices(count: number, rows: number): number[][] {
	if (rows === 1) return [Array.from({ length: count }, () => 0)];
	const rowsOf = (mask: number) => Array.from({ length: count }, (_, index) => (mask >> index) & 1);
	// Bit i is label i's row: odd labels in the lower row.
	const alternating = Array.from({ length: count }, (_, index) => (index % 2) << index).reduce((mask, bit) => mask | bit, 0);
	if (count > 8) return [rowsOf(alternating)];
	const every = Array.from({ length: 2 ** count }, (_, mask) => mask);
	return [...new Set([alternating, alternating ^ (2 ** count - 1), ...every])].map(rowsOf);
}

/** Labels in rows above the lanes (row 0 the top), each row spread along the axis; a leader runs from each label's foot to its mark. */
export function inRows(wrapped: readonly WrappedLabel[], rows: readonly number[], area: Area): PlacedLabel[] {
	const count = rowCount(area);
	const rowHeight = area.height / count;
	return Array.from({ length: count }, (_, rowIndex) => rowIndex).flatMap((rowIndex) => {
		const row = wrapped.filter((_, index) => rows[index] === rowIndex);
		const centres = spreadAlong(
			row.map(({ mark, width }) => ({ id: mark.event.id, anchor: mark.x, size: width })),
			area.x,
			area.x + area.width,
			10
		);
		return row.map(({ mark, lines, width }) => {
			const centre = centres.get(mark.event.id)!;
			const bottom = area.y + rowHeight * (rowIndex + 1) - rowGap;
			const top = bottom - lines.length * lineHeight;
			return {
				id: mark.event.id,
				lines,
				x: centre,
				y: top + fontSize,
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
