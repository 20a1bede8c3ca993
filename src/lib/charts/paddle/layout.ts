import { scaleLinear } from 'd3-scale';
import { spanEnd, spanStart, type PartialDate } from '$lib/data/partial-date';
import { estimateTextWidth, widestLine } from '../layout/text';
import { metrics, type Figure, type Metric } from './data';
import { lineHeightFor, placeLabels, type LabelRequest, type PlacedLabel, type Side } from './placement';
import type { Box, Point, Segment } from '../layout/geometry';
import type { Match } from './state';

/**
 * Geometry of the three stacked panels. Each panel has its own value scale,
 * because the counts differ twentyfold (developers in millions, enterprises
 * in thousands); time runs across all three on one shared scale.
 */

export const markRadius = 3.5;
export const claimRadius = 4.5;
/** The ring around the figures of the update the article's claims match. */
export const emphasisRadius = markRadius + 3.5;
/** A month is under 5 px wide on a phone: the bar showing it stays wider than the point it carries. */
export const minSpanWidth = markRadius * 2 + 6;
/** Between one panel's zero line and the next panel's title. */
const panelGap = 8;

/** Every piece of chart text, as seen: the drawing is one unit to one pixel, and chart text is never below 12 px. */
export const fontSize = 12;
/** The title row above a panel: one line of text and a little air. */
const titleRowHeight = lineHeightFor(fontSize) + 3;
/** Below this plot height a title row costs too much: the title moves inside its panel, over the top left of the plot. */
const minPlotWithTitleRow = 44;
/** Between a tick label and the plot's left edge. */
export const tickGap = 6;

export interface Panel {
	metric: Metric;
	/** The title row above the plot (or the plot's top, when the title sits inside it), and the title's start and baseline. */
	titleTop: number;
	titleX: number;
	titleY: number;
	/** The wording of the title that fits the width. */
	title: string;
	plotTop: number;
	plotBottom: number;
	/** Value to vertical position in this panel. */
	y: (value: number) => number;
	ticks: { value: number; y: number; label: string }[];
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
	/** The date of the update the article's figures match, across all panels, and its label (null where none fits). */
	release: { from: number; to: number; top: number; bottom: number; label: PlacedLabel | null } | null;
	/** The labels that found room: a label with no free place is left out, never drawn over other text or outside the drawing. */
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
	/** Each panel's title, fullest wording first. */
	titles: Record<Metric, readonly string[]>;
	/** A tick's label: the value in the unit its panel's title names. */
	tickLabel: (metric: Metric, value: number) => string;
	/** The left edge of the drawing, left of the plot: where titles start when they have a row of their own. */
	titleX: number;
}

/** Whether the panels are too short for a title row each: then titles sit inside their plots. */
export function titlesInside(height: number): boolean {
	return (height - metrics.length * titleRowHeight - (metrics.length - 1) * panelGap) / metrics.length < minPlotWithTitleRow;
}

/** Panels share the height equally after their title rows (if they have them) and the gaps between them. */
export function panelFrames(height: number): Pick<Panel, 'metric' | 'titleTop' | 'titleY' | 'plotTop' | 'plotBottom'>[] {
	const titleHeight = titlesInside(height) ? 0 : titleRowHeight;
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

/** Each panel's value scale and ticks: they depend on the height alone, so the margin for tick labels can be known before the width. */
function valueAxes(figures: readonly Figure[], height: number, tickLabel: LayoutInput['tickLabel']) {
	return panelFrames(height).map((frame) => {
		const max = Math.max(...figures.filter((figure) => figure.metric === frame.metric).map((figure) => figure.value));
		const scale = scaleLinear()
			.domain([0, valueCeiling(max, frame.plotBottom - frame.plotTop)])
			.range([frame.plotBottom, frame.plotTop]);
		const ticks = scale
			.ticks(Math.max(Math.floor((frame.plotBottom - frame.plotTop) / tickSpacing), 2))
			.map((value) => ({ value, y: scale(value), label: tickLabel(frame.metric, value) }))
			// A tick label at the very top would touch the panel title above it.
			.filter((tick) => tick.y >= frame.plotTop + fontSize / 2);
		return { ...frame, y: (value: number) => scale(value), ticks };
	});
}

/** Room left of the plot for the widest tick label, and a little air at the drawing's edge. */
export function tickLabelMargin(figures: readonly Figure[], height: number, tickLabel: LayoutInput['tickLabel']): number {
	const labels = valueAxes(figures, height, tickLabel).flatMap((panel) => panel.ticks.map((tick) => tick.label));
	return Math.ceil(widestLine(labels, fontSize) + tickGap + 2);
}

/** The fullest wording of each title that fits its row (or, inside the plot, most of the plot's width); the shortest if none does. */
function buildPanels(input: LayoutInput): Panel[] {
	const inside = titlesInside(input.height);
	const titleX = inside ? 0 : input.titleX;
	const room = inside ? input.width * 0.7 : input.width - input.titleX;
	return valueAxes(input.figures, input.height, input.tickLabel).map((panel) => {
		const wordings = input.titles[panel.metric];
		const title = wordings.find((wording) => boldTextWidth(wording) <= room) ?? wordings[wordings.length - 1];
		return { ...panel, titleX, title };
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
	const panels = buildPanels(input);
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

	const band = releaseBand(input, panels);
	const obstacles = {
		boxes: figures.map(markBox),
		text: [...panels.map(titleBox), ...(band?.label ? [band.label.box] : [])],
		segments: [
			...lines.flatMap(({ points }) => points.slice(1).map((point, index) => ({ from: points[index], to: point }))),
			...links.flatMap(linkSegments)
		]
	};

	type Request = LabelRequest & { metric: Metric | null; role: LabelSpec['role'] | 'release' };
	// A release label that found no room in the title row is placed first, in the top panel, like any other label.
	const [top] = panels;
	const releaseRequest: Request[] =
		band && !band.label
			? [
					{
						id: 'release',
						wordings: [[input.releaseText]],
						target: { x: (band.from + band.to) / 2, y: top.plotTop },
						area: { x0: 0, y0: top.titleTop, x1: input.width, y1: top.plotBottom },
						sides: releaseSides,
						metric: null,
						role: 'release'
					}
				]
			: [];
	// On panels too short for a title row, the title inside each names the series: the labels at the lines' ends give way to what the step names.
	const shown = titlesInside(input.height) ? input.labels.filter((label) => label.role !== 'end') : input.labels;
	const figureRequests = shown.flatMap((label): Request[] => {
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
	const requests = [...releaseRequest, ...figureRequests];
	const requestById = new Map(requests.map((request) => [request.id, request]));
	const placedLabels = placeLabels(requests, obstacles, fontSize);
	const release = band && { ...band, label: band.label ?? placedLabels.find((label) => label.id === 'release') ?? null };
	const labels = placedLabels.flatMap((label) => {
		const { metric, role } = requestById.get(label.id)!;
		return metric && role !== 'release' ? [{ ...label, metric, role }] : [];
	});

	return { panels, figures, lines, links, release, labels };
}

/** Titles are set bold, a little wider than the estimate for regular text. */
const boldTextWidth = (text: string) => estimateTextWidth(text, fontSize) * 1.1;

export function titleBox(panel: Panel): Box {
	return { x0: panel.titleX, y0: panel.titleTop, x1: panel.titleX + boldTextWidth(panel.title), y1: panel.titleTop + titleRowHeight };
}

/** The release label, when it cannot sit in the title row: above the band first, or beside its top. */
const releaseSides: readonly Side[] = ['above', 'aboveLeft', 'left', 'aboveRight', 'right', 'below', 'belowLeft', 'belowRight'];

/**
 * The band over the update's month, labelled in the top panel's title row,
 * right of the title, where there is room; else (titles inside the plots, or
 * a title too wide) its label is placed like the figures' labels.
 */
function releaseBand(input: LayoutInput, panels: readonly Panel[]): ChartLayout['release'] {
	if (!input.releaseDate) return null;
	const start = input.time(spanStart(input.releaseDate));
	const end = input.time(spanEnd(input.releaseDate));
	const width = Math.max(end - start, minSpanWidth);
	const centre = (start + end) / 2;
	const [top] = panels;
	const band = { from: centre - width / 2, to: centre + width / 2, top: top.plotTop, bottom: panels[panels.length - 1].plotBottom };
	if (titlesInside(input.height)) return { ...band, label: null };
	const textWidth = estimateTextWidth(input.releaseText, fontSize);
	const titleEnd = titleBox(top).x1;
	const labelX = Math.min(Math.max(band.to, titleEnd + 8 + textWidth), input.width);
	if (labelX - textWidth < titleEnd + 8) return { ...band, label: null };
	const box = { x0: labelX - textWidth, y0: top.titleTop, x1: labelX, y1: top.plotTop };
	return {
		...band,
		label: {
			id: 'release',
			lines: [input.releaseText],
			box,
			x: labelX,
			y: top.titleY,
			anchor: 'end',
			lineHeight: lineHeightFor(fontSize),
			leader: null
		}
	};
}
