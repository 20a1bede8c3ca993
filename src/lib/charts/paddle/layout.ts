import { scaleLinear } from 'd3-scale';
import { spanEnd, spanStart, type PartialDate } from '$lib/data/partial-date';
import { estimateTextWidth } from '../layout/text';
import { metrics, type Figure, type Metric } from './data';
import { clearance, lineHeightFor, placeLabels, type LabelRequest, type PlacedLabel, type Side } from './placement';
import type { Box, Point, Segment } from '../layout/geometry';
import type { Match } from './state';

/**
 * Geometry of the three stacked panels. Each panel has its own value scale,
 * because the counts differ twentyfold (developers in millions, enterprises
 * in thousands); time runs across all three on one shared scale.
 */

/** What one axis unit counts, per panel: the unit named in the panel's title. */

export const markRadius = 3.5;
export const claimRadius = 4.5;
/** The ring around the figures of the update the article's claims match. */
export const emphasisRadius = markRadius + 3.5;
/** A month is under 5 px wide on a phone: the bar showing it stays wider than the point it carries. */
export const minSpanWidth = markRadius * 2 + 6;
/** Between one panel's zero line and the next panel's title. */
const panelGap = 8;

export function fontSizeFor(width: number): number {
	return width < 480 ? 11 : 12;
}

export interface Panel {
	metric: Metric;
	/** The title row above the plot, and the baseline of the title in it. */
	titleTop: number;
	titleY: number;
	plotTop: number;
	plotBottom: number;
	/** Value to vertical position in this panel. */
	y: (value: number) => number;
	ticks: { value: number; y: number }[];
}

export interface PlacedFigure {
	figure: Figure;
	x: number;
	y: number;
	/** The month or year the figure could have been published in; null when the day is known. */
	span: { from: number; to: number } | null;
}

export interface ChartLayout {
	panels: Panel[];
	figures: PlacedFigure[];
	/** Published figures of each series, joined in date order. */
	lines: { metric: Metric; points: Point[] }[];
	/** From each article claim to the figure that states it: a curve through `via`. */
	links: { claim: string; figure: string; from: Point; via: Point; to: Point }[];
	/** The date of the update the article's figures match, across all panels. */
	release: { from: number; to: number; top: number; bottom: number; labelX: number; labelY: number; labelBox: Box } | null;
	labels: (PlacedLabel & { metric: Metric; role: LabelSpec['role'] })[];
}

export interface LabelSpec {
	id: string;
	role: 'end' | 'article' | 'first' | 'match';
	/** Fullest first; a shorter wording is used only where the fuller one finds no room. */
	wordings: string[][];
}

export interface LayoutInput {
	figures: readonly Figure[];
	/** The inner size of the drawing (inside the axis margins). */
	width: number;
	height: number;
	time: (date: Date) => number;
	labels: readonly LabelSpec[];
	matches: readonly Match[];
	releaseDate: PartialDate | null;
	releaseText: string;
	titles: Record<Metric, string>;
	/** Where panel titles start: the left edge of the tick labels, left of the plot. */
	titleX: number;
}

/** Panels share the height equally after each one's title row and the gaps between them. */
export function panelFrames(height: number, fontSize: number): Omit<Panel, 'y' | 'ticks'>[] {
	const titleHeight = lineHeightFor(fontSize) + 3;
	const plotHeight = Math.max((height - metrics.length * titleHeight - (metrics.length - 1) * panelGap) / metrics.length, 1);
	return metrics.map((metric, index) => {
		const top = index * (titleHeight + plotHeight + panelGap);
		return { metric, titleTop: top, titleY: top + fontSize, plotTop: top + titleHeight, plotBottom: top + titleHeight + plotHeight };
	});
}

/**
 * The top of a value axis from zero: just high enough that the highest mark,
 * with the ring that emphasises it, stays inside the panel. The label at the
 * end of the line may rise into the title row beside the title.
 */
export function valueCeiling(max: number, plotHeight: number): number {
	const headroom = emphasisRadius + 2;
	return max / Math.max(1 - headroom / plotHeight, 0.5);
}

/** Tick values at least this far apart, so their labels never touch. */
const tickSpacing = 30;

function midpoint(date: PartialDate): Date {
	return new Date((spanStart(date).getTime() + spanEnd(date).getTime()) / 2);
}

function buildPanels(figures: readonly Figure[], height: number, fontSize: number): Panel[] {
	return panelFrames(height, fontSize).map((frame) => {
		const max = Math.max(...figures.filter((figure) => figure.metric === frame.metric).map((figure) => figure.value));
		const scale = scaleLinear()
			.domain([0, valueCeiling(max, frame.plotBottom - frame.plotTop)])
			.range([frame.plotBottom, frame.plotTop]);
		const ticks = scale
			.ticks(Math.max(Math.floor((frame.plotBottom - frame.plotTop) / tickSpacing), 2))
			.map((value) => ({ value, y: scale(value) }))
			// A tick label at the very top would touch the panel title above it.
			.filter((tick) => tick.y >= frame.plotTop + fontSize / 2);
		return { ...frame, y: (value: number) => scale(value), ticks };
	});
}

/** The obstacle box of a placed figure: its point, diamond or month bar, whichever is wider. */
export function markBox({ figure, x, y, span }: PlacedFigure): Box {
	const radius = figure.kind === 'article' ? claimRadius * 1.7 : markRadius;
	const half = Math.max(radius, span ? Math.max(span.to - span.from, minSpanWidth) / 2 : 0);
	return { x0: x - half, y0: y - radius, x1: x + half, y1: y + radius };
}

/** A gentle arc above both ends, so the link does not run along the line it sits on. */
function linkBetween(from: Point, to: Point): { from: Point; via: Point; to: Point } {
	return { from, via: { x: (from.x + to.x) / 2, y: Math.min(from.y, to.y) - 12 }, to };
}

/** The quadratic curve as a few straight pieces, for labels to avoid. */
function linkSegments({ from, via, to }: { from: Point; via: Point; to: Point }): Segment[] {
	const at = (t: number) => ({
		x: (1 - t) ** 2 * from.x + 2 * (1 - t) * t * via.x + t ** 2 * to.x,
		y: (1 - t) ** 2 * from.y + 2 * (1 - t) * t * via.y + t ** 2 * to.y
	});
	const steps = [0, 0.25, 0.5, 0.75, 1].map(at);
	return steps.slice(1).map((point, index) => ({ from: steps[index], to: point }));
}

/** End labels sit left of the line's last point, where a rising series leaves room. */
const endSides: readonly Side[] = ['aboveLeft', 'left', 'above', 'belowLeft'];
/** Other labels prefer the empty space under a rising line, right of their point. */
const pointSides: readonly Side[] = ['belowRight', 'below', 'belowLeft', 'right', 'aboveLeft', 'left', 'above', 'aboveRight'];

export function layoutChart(input: LayoutInput): ChartLayout {
	const fontSize = fontSizeFor(input.width);
	const panels = buildPanels(input.figures, input.height, fontSize);
	const panelOf = (metric: Metric) => panels.find((panel) => panel.metric === metric)!;

	const figures = input.figures.map((figure): PlacedFigure => {
		const panel = panelOf(figure.metric);
		const span = figure.date.precision === 'day' ? null : { from: input.time(spanStart(figure.date)), to: input.time(spanEnd(figure.date)) };
		return { figure, x: input.time(midpoint(figure.date)), y: panel.y(figure.value), span };
	});
	const placedById = new Map(figures.map((placed) => [placed.figure.id, placed]));

	const lines = metrics.map((metric) => ({
		metric,
		points: figures.filter(({ figure }) => figure.metric === metric && figure.kind === 'published').map(({ x, y }) => ({ x, y }))
	}));

	const links = input.matches.flatMap((match) => {
		const from = placedById.get(match.claim);
		const to = placedById.get(match.figure);
		return from && to ? [{ ...match, ...linkBetween(from, to) }] : [];
	});

	const release = releaseBand(input, panels, fontSize);
	const obstacles = {
		boxes: figures.map(markBox),
		text: [...panels.map((panel) => titleBox(panel, input, fontSize)), ...(release ? [release.labelBox] : [])],
		segments: [
			...lines.flatMap(({ points }) => points.slice(1).map((point, index) => ({ from: points[index], to: point }))),
			...links.flatMap(linkSegments)
		]
	};

	const requests = input.labels.flatMap((label): (LabelRequest & { metric: Metric; role: LabelSpec['role'] })[] => {
		const placed = placedById.get(label.id);
		if (!placed) return [];
		const panel = panelOf(placed.figure.metric);
		return [
			{
				id: `${label.role} ${label.id}`,
				wordings: label.wordings,
				target: { x: placed.x, y: placed.y },
				// Labels may rise into the title row beside the title: a rising line's last point sits just under it.
				area: { x0: 0, y0: panel.titleTop, x1: input.width, y1: panel.plotBottom },
				sides: label.role === 'end' ? endSides : pointSides,
				metric: placed.figure.metric,
				role: label.role
			}
		];
	});
	const placedLabels = placeLabels(requests, obstacles, fontSize);
	const labels = placedLabels.map((label, index) => ({ ...label, metric: requests[index].metric, role: requests[index].role }));

	return { panels, figures, lines, links, release, labels };
}

/** Titles are set bold, a little wider than the estimate for regular text. */
const boldWidth = 1.1;

export function titleBox(panel: Panel, input: Pick<LayoutInput, 'titles' | 'titleX'>, fontSize: number): Box {
	const width = estimateTextWidth(input.titles[panel.metric], fontSize) * boldWidth;
	return { x0: input.titleX, y0: panel.titleTop, x1: input.titleX + width, y1: panel.plotTop };
}

/** The band over the update's month, labelled in the top panel's title row, clear of the title. */
function releaseBand(input: LayoutInput, panels: readonly Panel[], fontSize: number): ChartLayout['release'] {
	if (!input.releaseDate) return null;
	const start = input.time(spanStart(input.releaseDate));
	const end = input.time(spanEnd(input.releaseDate));
	const width = Math.max(end - start, minSpanWidth);
	const centre = (start + end) / 2;
	const [top] = panels;
	const titleEnd = titleBox(top, input, fontSize).x1;
	const textWidth = estimateTextWidth(input.releaseText, fontSize);
	const labelX = Math.min(Math.max(centre + width / 2, titleEnd + 8 + textWidth), input.width);
	return {
		from: centre - width / 2,
		to: centre + width / 2,
		top: top.plotTop,
		bottom: panels[panels.length - 1].plotBottom,
		labelX,
		labelY: top.titleY,
		labelBox: { x0: labelX - textWidth, y0: top.titleTop, x1: labelX, y1: top.plotTop }
	};
}
