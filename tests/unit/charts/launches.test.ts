import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '$lib/data/context';
import { loadLaunches, type LaunchesData } from '$lib/charts/launches/data';
import { launchesState, launchSteps } from '$lib/charts/launches/state';
import {
	fontSize,
	gridYears,
	inRows,
	lanePadding,
	labelTexts,
	lanes,
	leaderCrossings,
	lineHeight,
	markRadius,
	placeEvents,
	placeLabels,
	rowCount,
	rowLabelTexts,
	timeDomain,
	timelineFrame,
	type PlacedLabel,
	type TimelineScales
} from '$lib/charts/launches/layout';
import { ssrSize } from '$lib/charts/layers/size';
import { render } from 'svelte/server';
import Launches from '$lib/charts/launches/Launches.svelte';
import { launchesDownload } from '$lib/charts/launches/download';
import { locales } from '$lib/i18n/locale';
import { estimateTextWidth } from '$lib/charts/layout/text';
import { launchesTable } from '$lib/charts/launches/table';
import { launchesMessages } from '$lib/charts/launches/messages';
import { scaleBand, scaleUtc } from 'd3-scale';
import { realDataFiles } from '../real-data';
import { chartBoxes } from './chart-boxes';

const files = realDataFiles();
const data: LaunchesData = loadLaunches(files, loadReferenceTables(files));
const byId = new Map(data.events.map((event) => [event.id, event]));
const stateOf = (key: (typeof launchSteps)[number]) => launchesState(data, launchSteps.indexOf(key));

describe('launches data', () => {
	it('runs 2017 to 2025 in date order', () => {
		const years = data.events.map((event) => Number(event.date.iso.slice(0, 4)));
		expect(Math.min(...years)).toBe(2017);
		expect(Math.max(...years)).toBe(2025);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('keeps month-only dates as months', () => {
		expect(byId.get('kunyuan')?.date).toEqual({ iso: '2024-09', precision: 'month' });
		expect(byId.get('yuangu')?.date).toEqual({ iso: '2024-12-07', precision: 'day' });
	});

	it('cites the article for every event it mentions, and a reference for every context event', () => {
		for (const event of data.events) {
			const kinds = new Set(event.source.map((source) => source.kind));
			if (event.in_article) expect(kinds.has('paragraph'), event.id).toBe(true);
			else expect([...kinds], event.id).toEqual(['reference']);
		}
	});
});

describe('launches steps', () => {
	it('has the four steps the story tells', () => {
		expect(launchSteps).toEqual(['founded', 'global', 'china', 'dates']);
	});

	it('opens on the founding of BAAI in 2018', () => {
		const step = stateOf('founded');
		expect(step.focus).toEqual(['baai-founded']);
		expect(byId.get('baai-founded')?.date.iso).toBe('2018-11-14');
	});

	it('then shows the outside milestones of 2020–2023, none of them from the article', () => {
		const focused = stateOf('global').focus.map((id) => byId.get(id)!);
		expect(focused.map((event) => event.id)).toEqual(expect.arrayContaining(['alphafold2-casp14', 'rosettafold', 'fourcastnet', 'gnome']));
		for (const event of focused) {
			expect(event.in_article).toBe(false);
			expect(event.date.iso >= '2020' && event.date.iso < '2024').toBe(true);
		}
	});

	it('labels one event per field in the global step, so labels stay few', () => {
		const labelled = stateOf('global').labelled.map((id) => byId.get(id)!.field);
		expect(new Set(labelled).size).toBe(labelled.length);
	});

	it("then China's launches of 2022–2024 the article names", () => {
		expect(stateOf('china').focus).toEqual(expect.arrayContaining(['moleculemind-founded', 'baai-conference-2024', 'kunyuan', 'yuangu']));
		for (const id of stateOf('china').focus) expect(byId.get(id)!.in_article).toBe(true);
	});

	it('ends on what dates cannot tell: the heart model the article dates to June 2024', () => {
		const step = stateOf('dates');
		expect(step.conflicts).toEqual([{ id: 'baai-heart', articleDate: { iso: '2024-06', precision: 'month' } }]);
		expect(step.focus).toEqual(expect.arrayContaining(['baai-heart', 'kunyuan']));
		expect(stateOf('china').conflicts).toEqual([]);
	});

	it('never hides an event: every step draws them all and only chooses a focus', () => {
		for (let step = 0; step < launchSteps.length; step += 1) {
			const { focus, labelled } = launchesState(data, step);
			expect(focus.every((id) => byId.has(id))).toBe(true);
			expect(labelled.every((id) => focus.includes(id))).toBe(true);
		}
	});

	it('gives the same state when jumping to a step as when walking to it', () => {
		const walked = launchSteps.map((_, step) => launchesState(data, step));
		expect(launchesState(data, 3)).toEqual(walked[3]);
		expect(launchesState(data, 0)).toEqual(walked[0]);
	});

	it('clamps steps out of range', () => {
		expect(launchesState(data, -4).step).toBe(0);
		expect(launchesState(data, 99).step).toBe(3);
		expect(launchesState(data, Number.NaN).step).toBe(0);
	});
});

const boxes = chartBoxes;
const where = (size: { width: number; height: number }) => `${size.width}×${size.height}`;

describe('launches layout', () => {
	function scales(vertical: boolean, width: number, height: number): TimelineScales {
		const time = scaleUtc()
			.domain(timeDomain)
			.range(vertical ? [0, height] : [0, width]);
		const lane = scaleBand<string>()
			.domain(lanes)
			.range(vertical ? [0, 180] : [height * 0.3, height]);
		return { time, lane, laneWidth: lane.bandwidth(), vertical };
	}

	it('keeps marks in one lane from sitting on top of each other', () => {
		for (const vertical of [true, false]) {
			const marks = placeEvents(data.events, scales(vertical, 800, 500));
			for (const [index, a] of marks.entries()) {
				for (const b of marks.slice(index + 1)) {
					const apart = Math.hypot(a.x - b.x, a.y - b.y);
					expect(apart, `${a.event.id} / ${b.event.id}`).toBeGreaterThan(markRadius * 0.9);
				}
			}
		}
	});

	it('draws a month-only date as a span over its month', () => {
		const marks = placeEvents(data.events, scales(false, 900, 500));
		const kunyuan = marks.find((mark) => mark.event.id === 'kunyuan')!;
		const perMonth = 900 / (9 * 12);
		expect(kunyuan.span!.to - kunyuan.span!.from).toBeCloseTo(perMonth * (30 / 30.4), 0);
		expect(marks.find((mark) => mark.event.id === 'yuangu')!.span).toBeNull();
	});

	it('runs time down only in a box both narrow and tall enough, and across otherwise', () => {
		const names = launchesMessages.en.lanes;
		expect(timelineFrame({ width: 358, height: 380 }, names).vertical).toBe(true);
		expect(timelineFrame({ width: 280, height: 170 }, names).vertical).toBe(false);
		expect(timelineFrame({ width: 700, height: 900 }, names).vertical).toBe(false);
	});

	it('writes chart text at 12 px or more: the size the layout measures is the size every label is drawn at', () => {
		expect(fontSize).toBeGreaterThanOrEqual(12);
		expect(lineHeight).toBeGreaterThan(fontSize);
	});

	/** Every step's labels in every edition at every box, each with its text's extent measured here. */
	function* labelsAsDrawn() {
		for (const locale of locales) {
			const messages = launchesMessages[locale === 'zh-hans' ? 'zh-hant' : locale];
			for (const size of boxes) {
				const frame = timelineFrame(size, messages.lanes);
				const { vertical } = frame;
				const time = scaleUtc()
					.domain(timeDomain)
					.range([0, vertical ? frame.plot.height : frame.plot.width]);
				const lane = scaleBand<string>().domain(lanes).range(frame.lanes).paddingInner(lanePadding);
				const marks = placeEvents(data.events, { time, lane, laneWidth: lane.bandwidth(), vertical });
				for (let step = 0; step < launchSteps.length; step += 1) {
					const texts = labelTexts(data.events, launchesState(data, step), messages, locale);
					const labels = placeLabels(marks, texts, frame.labelArea, vertical).map((label) => {
						const width = Math.max(...label.lines.map((line) => estimateTextWidth(line, fontSize)));
						const top = label.y - fontSize;
						const left = label.anchor === 'middle' ? label.x - width / 2 : label.x;
						return { ...label, top, bottom: top + label.lines.length * lineHeight, left, right: left + width };
					});
					yield { where: `${locale}, ${where(size)}, step ${step}`, size, frame, texts, marks, labels, vertical };
				}
			}
		}
	}

	it('labels every step inside its area, within the drawing, without overlaps, at every box, in every edition', () => {
		for (const { where, frame, texts, labels: placed } of labelsAsDrawn()) {
			const area = frame.labelArea;
			expect(area.x, where).toBeGreaterThanOrEqual(0);
			expect(area.x + area.width, where).toBeLessThanOrEqual(frame.plot.width);
			expect(area.y + area.height, where).toBeLessThanOrEqual(frame.lanes[0] > 0 ? frame.lanes[0] : frame.plot.height);
			expect(placed.length, where).toBeLessThanOrEqual(texts.size);
			for (const [index, box] of placed.entries()) {
				expect(texts.has(box.id), where).toBe(true);
				expect(box.top, where).toBeGreaterThanOrEqual(area.y - 0.5);
				expect(box.bottom, where).toBeLessThanOrEqual(area.y + area.height + 0.5);
				expect(box.left, where).toBeGreaterThanOrEqual(area.x - 0.5);
				expect(box.right, where).toBeLessThanOrEqual(area.x + area.width + 0.5);
				for (const other of placed.slice(index + 1)) {
					const apart = box.bottom <= other.top || other.bottom <= box.top || box.right <= other.left || other.right <= box.left;
					expect(apart, `${where}: ${box.id} / ${other.id}`).toBe(true);
				}
			}
		}
	});

	it('shows every label a step names in the boxes the story and embeds give phones and desktops', () => {
		const roomy = [{ width: 358, height: 380 }, ssrSize, { width: 700, height: 500 }, { width: 900, height: 600 }, { width: 1100, height: 800 }];
		for (const { where, size, texts, labels } of labelsAsDrawn()) {
			if (roomy.includes(size)) expect(labels.map((label) => label.id).sort(), where).toEqual([...texts.keys()].sort());
		}
	});

	it('lets the labels that take most room give way when a box is too small for all', () => {
		const texts = labelTexts(data.events, stateOf('china'), launchesMessages.en, 'en');
		const frame = timelineFrame({ width: 340, height: 300 }, launchesMessages.en.lanes);
		const time = scaleUtc().domain(timeDomain).range([0, frame.plot.width]);
		const lane = scaleBand<string>().domain(lanes).range(frame.lanes).paddingInner(lanePadding);
		const marks = placeEvents(data.events, { time, lane, laneWidth: lane.bandwidth(), vertical: false });
		const shown = placeLabels(marks, texts, frame.labelArea, false);
		const room = (label: PlacedLabel) => (label.box.x1 - label.box.x0) * label.lines.length;
		const wrapped = rowLabelTexts(marks, texts, frame.labelArea);
		const dropped = wrapped.filter((label) => !shown.some((placed) => placed.id === label.mark.event.id));
		for (const gone of dropped) for (const kept of shown) expect(gone.width * gone.lines.length).toBeGreaterThanOrEqual(room(kept) - 1);
	});

	it('shares a wide drawing’s labels between its two rows so that leaders cross as few other labels and leaders as any sharing would', () => {
		let crossings = 0;
		let alternating = 0;
		for (const { where, frame, texts, marks, labels, vertical } of labelsAsDrawn()) {
			if (vertical || labels.length < 2 || rowCount(frame.labelArea) < 2) continue;
			const area = frame.labelArea;
			const shownTexts = new Map([...texts].filter(([id]) => labels.some((label) => label.id === id)));
			const wrapped = rowLabelTexts(marks, shownTexts, area);
			const inside = (split: PlacedLabel[]) => split.every((label) => label.box.x0 >= area.x - 0.5 && label.box.x1 <= area.x + area.width + 0.5);
			const splits = Array.from({ length: 2 ** wrapped.length }, (_, mask) =>
				inRows(
					wrapped,
					wrapped.map((_, index) => (mask >> index) & 1),
					area
				)
			);
			const fewest = Math.min(...splits.filter(inside).map(leaderCrossings));
			expect(leaderCrossings(labels), where).toBe(fewest);
			crossings += leaderCrossings(labels);
			alternating += leaderCrossings(
				inRows(
					wrapped,
					wrapped.map((_, index) => index % 2),
					area
				)
			);
		}
		expect(crossings).toBeLessThan(alternating);
	});

	it('writes years only where they fit: apart from each other and inside the drawing', () => {
		const yearWidth = estimateTextWidth('2026', fontSize);
		for (const size of boxes) {
			const frame = timelineFrame(size, launchesMessages.en.lanes);
			const length = (frame.vertical ? frame.plot.height : frame.plot.width) / (gridYears.length - 1);
			const centres = frame.yearLabels.map((year) => (year - gridYears[0] + 0.5) * length);
			const extent = frame.vertical ? fontSize : yearWidth;
			expect(frame.yearLabels.length, where(size)).toBeGreaterThanOrEqual(2);
			for (const [index, centre] of centres.entries()) {
				if (index > 0) expect(centre - centres[index - 1], where(size)).toBeGreaterThan(extent + 2);
				if (frame.vertical) expect(yearWidth + 6, where(size)).toBeLessThanOrEqual(frame.padding.left);
				else {
					expect(centre - extent / 2, where(size)).toBeGreaterThanOrEqual(0);
					expect(centre + extent / 2, where(size)).toBeLessThanOrEqual(frame.plot.width);
				}
			}
		}
		expect(timelineFrame({ width: 280, height: 170 }, launchesMessages.en.lanes).yearLabels.length).toBeLessThan(gridYears.length - 1);
	});

	it('leaves room for every lane name: above a tall box’s columns, in a gutter beside a wide box’s rows, apart from each other', () => {
		for (const locale of ['en', 'zh-hant'] as const) {
			for (const size of boxes) {
				const frame = timelineFrame(size, launchesMessages[locale].lanes);
				const names = Object.values(frame.laneNames);
				const lane = scaleBand<string>().domain(lanes).range(frame.lanes).paddingInner(lanePadding);
				for (const lines of names) {
					const width = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
					if (frame.vertical) {
						expect(frame.padding.top, `${locale} ${where(size)} ${lines}`).toBeGreaterThan(width + 8);
						expect(lane.step(), `${locale} ${where(size)} ${lines}`).toBeGreaterThanOrEqual(lines.length * lineHeight);
					} else {
						expect(frame.padding.left, `${locale} ${where(size)} ${lines}`).toBeGreaterThan(width + 8);
						expect(lane.step(), `${locale} ${where(size)} ${lines}`).toBeGreaterThanOrEqual(lines.length * lineHeight);
					}
				}
			}
		}
	});
});

describe('launches drawing', () => {
	const keysOf = (html: string) => [...html.matchAll(/data-mark="([^"]+)"/g)].map((match) => match[1]);

	it('draws at the size it is given, one unit to one pixel, with no text under 12 px', () => {
		for (const size of boxes) {
			for (let step = 0; step < launchSteps.length; step += 1) {
				const html = render(Launches, {
					props: { data, stepState: launchesState(data, step), locale: 'en', messages: launchesMessages.en, size }
				}).body;
				const frame = timelineFrame(size, launchesMessages.en.lanes);
				expect(html, where(size)).toContain(`viewBox="0 0 ${frame.plot.width} ${frame.plot.height}"`);
				const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
				for (const fontSizeDrawn of sizes) expect(fontSizeDrawn, where(size)).toBeGreaterThanOrEqual(12);
			}
		}
	});

	it('draws every row as one mark keyed as in the data download, the same marks in every step', () => {
		const downloadKeys = launchesDownload.rows(data).map((row) => row.id);
		for (let step = 0; step < launchSteps.length; step += 1) {
			const html = render(Launches, { props: { data, stepState: launchesState(data, step), locale: 'en', messages: launchesMessages.en } }).body;
			expect(keysOf(html).sort(), `step ${step}`).toEqual([...downloadKeys].sort());
		}
	});

	it('fades the marks a step is not about and none it is', () => {
		const state = stateOf('china');
		const html = render(Launches, { props: { data, stepState: state, locale: 'en', messages: launchesMessages.en } }).body;
		const faded = [...html.matchAll(/<g class="data-mark([^"]*)"[^>]*data-mark="([^"]+)"/g)]
			.filter((match) => match[1].includes('faded'))
			.map((match) => match[2]);
		expect(faded.length).toBeGreaterThan(0);
		expect(faded.sort()).toEqual(
			data.events
				.map((event) => event.id)
				.filter((id) => !state.focus.includes(id))
				.sort()
		);
	});
});

describe('launches in Chinese', () => {
	it('labels events with their Chinese names and dates, month-only as 2024年9月', () => {
		const table = launchesTable(data, launchesMessages['zh-hant'], 'zh-hant');
		const kunyuan = table.rows.find((row) => row.event.startsWith('坤元'))!;
		expect(kunyuan.date).toBe('2024年9月');
		expect(kunyuan.confidence).toBe('可能');
	});

	it('has every message in both written languages', () => {
		const keys = (value: object): string[] =>
			Object.entries(value).flatMap(([key, inner]) => (inner && typeof inner === 'object' ? keys(inner).map((sub) => `${key}.${sub}`) : [key]));
		expect(keys(launchesMessages['zh-hant']).sort()).toEqual(keys(launchesMessages.en).sort());
	});
});

describe('launches table', () => {
	it('lists every event with its date as precise as known, and its source', () => {
		const table = launchesTable(data, launchesMessages.en, 'en');
		expect(table.rows).toHaveLength(data.events.length);
		const kunyuan = table.rows.find((row) => row.event.startsWith('Kunyuan'))!;
		expect(kunyuan.date).toBe('September 2024');
		expect(kunyuan.confidence).toBe('likely');
		expect(kunyuan.source).toMatch(/^¶7; https:\/\/lw\.xinhuanet\.com\//);
	});
});
