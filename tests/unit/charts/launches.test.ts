import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '$lib/data/context';
import { loadLaunches, type LaunchesData } from '$lib/charts/launches/data';
import { launchesState, launchSteps } from '$lib/charts/launches/state';
import {
	inRows,
	labelFontSize,
	labelTexts,
	leaderCrossings,
	markRadius,
	placeEvents,
	placeLabels,
	rowLabelTexts,
	timelineFrame,
	type PlacedLabel,
	type TimelineScales
} from '$lib/charts/launches/layout';
import { drawingSizes, verticalBelow } from '$lib/charts/layers/size';
import { locales } from '$lib/i18n/locale';
import { estimateTextWidth } from '$lib/charts/layout/text';
import { launchesTable } from '$lib/charts/launches/table';
import { launchesMessages } from '$lib/charts/launches/messages';
import { scaleBand, scaleUtc } from 'd3-scale';
import { realDataFiles } from '../real-data';

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
		expect(stateOf('china').focus).toEqual(
			expect.arrayContaining(['moleculemind-founded', 'baai-conference-2024', 'kunyuan', 'yuangu'])
		);
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

describe('launches layout', () => {
	function scales(vertical: boolean, width: number, height: number): TimelineScales {
		const time = scaleUtc().domain([Date.UTC(2017, 0, 1), Date.UTC(2026, 0, 1)]).range(vertical ? [0, height] : [0, width]);
		const lane = scaleBand<string>().domain(['platform', 'life', 'matter', 'earth']).range(vertical ? [0, 180] : [height * 0.3, height]);
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

	/** Every step's labels in every edition at both drawing sizes, each with its text's extent measured here. */
	function* labelsAsDrawn() {
		for (const locale of locales) {
			const messages = launchesMessages[locale === 'zh-hans' ? 'zh-hant' : locale];
			for (const { name, size } of drawingSizes) {
				const vertical = size.width < verticalBelow;
				const frame = timelineFrame(size, Object.values(messages.lanes), vertical);
				const time = scaleUtc().domain([Date.UTC(2017, 0, 1), Date.UTC(2026, 0, 1)]).range([0, vertical ? frame.plot.height : frame.plot.width]);
				const lane = scaleBand<string>().domain(['platform', 'life', 'matter', 'earth']).range(frame.lanes).paddingInner(0.1);
				const marks = placeEvents(data.events, { time, lane, laneWidth: lane.bandwidth(), vertical });
				for (let step = 0; step < launchSteps.length; step += 1) {
					const texts = labelTexts(data.events, launchesState(data, step), messages, locale);
					const labels = placeLabels(marks, texts, frame.labelArea, vertical).map((label) => {
						const width = Math.max(...label.lines.map((line) => estimateTextWidth(line, labelFontSize)));
						const top = label.y - labelFontSize;
						const left = label.anchor === 'middle' ? label.x - width / 2 : label.x;
						return { ...label, top, bottom: top + label.lines.length * labelFontSize * 1.25, left, right: left + width };
					});
					yield { where: `${locale}, ${name}, step ${step}`, frame, texts, marks, labels, vertical };
				}
			}
		}
	}

	it('labels every step inside the drawing, without overlaps, at the sizes it is drawn at, in every edition', () => {
		for (const { where, frame, texts, labels: boxes } of labelsAsDrawn()) {
			expect(boxes, where).toHaveLength(texts.size);
			for (const [index, box] of boxes.entries()) {
				expect(box.top, where).toBeGreaterThanOrEqual(frame.labelArea.y);
				expect(box.bottom, where).toBeLessThanOrEqual(frame.labelArea.y + frame.labelArea.height);
				expect(box.left, where).toBeGreaterThanOrEqual(frame.labelArea.x - 0.5);
				expect(box.right, where).toBeLessThanOrEqual(frame.labelArea.x + frame.labelArea.width + 0.5);
				for (const other of boxes.slice(index + 1)) {
					const apart = box.bottom <= other.top || other.bottom <= box.top || box.right <= other.left || other.right <= box.left;
					expect(apart, where).toBe(true);
				}
			}
		}
	});

	it('shares a wide drawing’s labels between its two rows so that leaders cross as few other labels and leaders as any sharing would', () => {
		let crossings = 0;
		let alternating = 0;
		for (const { where, frame, texts, marks, labels, vertical } of labelsAsDrawn()) {
			if (vertical) continue;
			const area = frame.labelArea;
			const wrapped = rowLabelTexts(marks, texts, area);
			const inside = (split: PlacedLabel[]) => split.every((label) => label.box.x0 >= area.x - 0.5 && label.box.x1 <= area.x + area.width + 0.5);
			const splits = Array.from({ length: 2 ** wrapped.length }, (_, mask) => inRows(wrapped, wrapped.map((_, index) => (mask >> index) & 1), area));
			const fewest = Math.min(...splits.filter(inside).map(leaderCrossings));
			expect(leaderCrossings(labels), where).toBe(fewest);
			crossings += leaderCrossings(labels);
			alternating += leaderCrossings(inRows(wrapped, wrapped.map((_, index) => index % 2), area));
		}
		expect(crossings).toBeLessThan(alternating);
	});

	it('leaves room above a phone’s columns for the longest lane name', () => {
		for (const locale of ['en', 'zh-hant'] as const) {
			const names = Object.values(launchesMessages[locale].lanes);
			const frame = timelineFrame(drawingSizes[0].size, names, true);
			for (const name of names) expect(frame.padding.top, name).toBeGreaterThan(estimateTextWidth(name, 11) + 8);
		}
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
