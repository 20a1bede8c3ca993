import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { sharedFile } from '../real-data';
import { scaleUtc } from 'd3-scale';
import { loadReferenceTables } from '$lib/data/context';
import { DataError } from '$lib/data/errors';
import { paddle } from '$lib/charts/paddle';
import { loadPaddle, metrics, type Figure, type Metric, type PaddleData } from '$lib/charts/paddle/data';
import { paddleState, paddleSteps } from '$lib/charts/paddle/state';
import { labelSpecs, layoutStep, plotPadding } from '$lib/charts/paddle/view';
import { formatCount } from '$lib/i18n/format';
import { paddleMessages } from '$lib/charts/paddle/messages';
import { paddleTable } from '$lib/charts/paddle/table';
import { fontSize, markBox, panelFrames, tickGap, titleBox } from '$lib/charts/paddle/layout';
import { lineHeightFor, placeLabels, sides } from '$lib/charts/paddle/placement';
import { estimateTextWidth } from '$lib/charts/layout/text';
import type { WrittenLocale } from '$lib/i18n/locale';
import { render } from 'svelte/server';
import Paddle from '$lib/charts/paddle/Paddle.svelte';
import { crosses, overlaps, segmentsCross, type Box } from '$lib/charts/layout/geometry';
import { chartBoxes } from './chart-boxes';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const tables = loadReferenceTables({ 'paragraphs.csv': read('paragraphs.csv'), 'fields.csv': read('fields.csv'), 'people.csv': read('people.csv') });
const data = loadPaddle({ 'paddle.csv': read('paddle.csv') }, tables);

const find = (metric: Metric, iso: string, kind: Figure['kind'] = 'published') =>
	data.figures.filter((figure) => figure.metric === metric && figure.date.iso === iso && figure.kind === kind);
const only = (figures: Figure[]) => {
	expect(figures).toHaveLength(1);
	return figures[0];
};
/** The article's end-2024 claims, from paragraph 43: 430,000 enterprises and institutions, over 1,000,000 models. */
const claimEnterprises = only(find('enterprises', '2024-12', 'article'));
const claimModels = only(find('models', '2024-12', 'article'));
/** The README update of April 2025 the story says those claims match. */
const readme = (metric: Metric) => only(find(metric, '2025-04'));

// The reference file sits beside the repository, not in it.
const referenceFile = sharedFile('reference/paddle-adoption.csv');

describe('paddle.csv as loaded', () => {
	it.runIf(existsSync(referenceFile))('keeps every reference row', () => {
		const reference = readFileSync(referenceFile, 'utf8').trim().split('\n').slice(1);
		expect(data.figures.filter((figure) => figure.kind === 'published')).toHaveLength(reference.length);
	});

	it('adds the article’s two claims', () => {
		expect(data.figures.filter((figure) => figure.kind === 'article')).toEqual([claimModels, claimEnterprises]);
	});

	it('keeps dates at the precision their source gives', () => {
		expect(only(find('developers', '2020')).date.precision).toBe('year');
		expect(only(find('models', '2021-01')).date.precision).toBe('month');
		expect(only(find('enterprises', '2022-03-31')).date.precision).toBe('day');
	});

	it('keeps both reports of 4.77 million developers, one day apart and from different sources', () => {
		const first = only(find('developers', '2022-09-01'));
		const second = only(find('developers', '2022-09-02'));
		expect([first.value, second.value]).toEqual([4_770_000, 4_770_000]);
		expect(first.source).not.toEqual(second.source);
	});

	it('records the article’s wording: 430,000 as of end of 2024, and over 1 million', () => {
		expect(claimEnterprises).toMatchObject({ value: 430_000, confidence: null, source: [{ kind: 'paragraph', id: 'p43' }] });
		expect(claimEnterprises.qualifier).toMatchObject({ lowerBound: false, asOf: 'end of 2024' });
		expect(claimModels).toMatchObject({ value: 1_000_000, confidence: null });
		expect(claimModels.qualifier).toMatchObject({ lowerBound: true, asOf: 'end of 2024' });
	});

	it('orders figures by panel (models, enterprises, developers), then by date', () => {
		const order = data.figures.map((figure) => metrics.indexOf(figure.metric));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		for (const metric of metrics) {
			const starts = data.figures.filter((figure) => figure.metric === metric).map((figure) => figure.date.iso.padEnd(10, '-'));
			expect(starts).toEqual([...starts].sort());
		}
	});

	it('is what the chart definition loads', () => {
		expect(paddle.files).toEqual(['paddle.csv']);
		expect(paddle.load({ 'paddle.csv': read('paddle.csv') }, tables)).toEqual(data);
	});
});

describe('paddle.csv validation', () => {
	const header = 'date,metric,value,kind,qualifier,source,confidence';
	const published = '2024-01,models,860000,published,,https://github.com/PaddlePaddle/Paddle/pull/60749,confirmed';
	const article = '2024-12,models,1000000,article,over; as of end of 2024,p43,n/a';
	const load = (...rows: string[]) => loadPaddle({ 'paddle.csv': [header, ...rows].join('\n') }, tables);
	const rejects = (rows: string[], column: string, reason: RegExp) => {
		let error: unknown;
		try {
			load(...rows);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(DataError);
		expect(error).toMatchObject({ file: 'paddle.csv', row: rows.length + 1, column });
		expect((error as DataError).reason).toMatch(reason);
	};

	it('accepts a published figure and an article claim', () => {
		expect(load(published, article).figures).toHaveLength(2);
	});

	it('rejects a metric outside developers, enterprises and models', () => {
		rejects([published.replace('models', 'users')], 'metric', /not one of/);
	});

	it('rejects a date that is not ISO 8601', () => {
		rejects([published.replace('2024-01', '01/2024')], 'date', /not ISO 8601/);
		rejects([published.replace('2024-01', '2024-13')], 'date', /not ISO 8601/);
	});

	it('rejects a value that is not a positive whole number', () => {
		rejects([published.replace('860000', '860k')], 'value', /not a number/);
		rejects([published.replace('860000', '')], 'value', /not a number/);
		rejects([published.replace('860000', '0')], 'value', /not a positive count/);
		rejects([published.replace('860000', '-5')], 'value', /not a positive count/);
	});

	it('rejects a kind other than published or article', () => {
		rejects([published.replace('published', 'estimate')], 'kind', /not one of/);
	});

	it('rejects a missing source and an unknown paragraph id', () => {
		rejects([published.replace('https://github.com/PaddlePaddle/Paddle/pull/60749', '')], 'source', /missing source/);
		rejects([article.replace('p43', 'p999')], 'source', /unknown paragraph id "p999"/);
	});

	it('rejects the same metric, date and source twice', () => {
		rejects([published, published.replace('860000', '870000')], 'source', /same metric, date and source as row 2/);
	});

	it('needs a confidence for a published figure and the URL it was published at', () => {
		rejects([published.replace(',confirmed', ',n/a')], 'confidence', /needs a confidence/);
		rejects([published.replace(',confirmed', ',')], 'confidence', /not one of/);
		rejects([published.replace('https://github.com/PaddlePaddle/Paddle/pull/60749', 'p43')], 'source', /needs the URL/);
	});

	it('needs a paragraph id for an article claim, and no confidence rating of ours', () => {
		rejects([article.replace(',p43,', ',https://example.org/,')], 'source', /paragraph id/);
		rejects([article.replace(',n/a', ',likely')], 'confidence', /not rated/);
	});

	it('rejects a qualifier other than "over" and "as of …"', () => {
		rejects([article.replace('over; as of end of 2024', 'about')], 'qualifier', /not a qualifier/);
	});

	it('rejects a file without one of the columns', () => {
		expect(() => loadPaddle({ 'paddle.csv': `date,metric,value,kind,source,confidence\n` }, tables)).toThrow(/column "qualifier"|qualifier/);
	});
});

describe('steps', () => {
	const state = (key: (typeof paddleSteps)[number]) => paddleState(data, paddleSteps.indexOf(key));
	const allIds = data.figures.map((figure) => figure.id);

	it('match the story’s step keys, in order', () => {
		expect(paddle.steps).toEqual(['article', 'models', 'enterprises', 'reportdates']);
	});

	it('article: marks and labels the article’s two claims on the models and enterprises series', () => {
		const article = state('article');
		expect(article.focus.sort()).toEqual([claimEnterprises.id, claimModels.id].sort());
		expect(article.labelled).toEqual([
			{ id: claimModels.id, role: 'article' },
			{ id: claimEnterprises.id, role: 'article' }
		]);
		expect(article.series).toEqual(['models', 'enterprises']);
	});

	it('models: highlights every models figure and labels where the series starts (340,000, January 2021)', () => {
		const models = state('models');
		expect(models.series).toEqual(['models']);
		expect(models.focus).toEqual(data.figures.filter((figure) => figure.metric === 'models').map((figure) => figure.id));
		expect(models.labelled).toEqual([{ id: only(find('models', '2021-01')).id, role: 'first' }]);
		expect(only(find('models', '2021-01')).value).toBe(340_000);
	});

	it('enterprises: highlights every enterprises figure and labels 100,000 in January 2021', () => {
		const enterprises = state('enterprises');
		expect(enterprises.series).toEqual(['enterprises']);
		expect(enterprises.focus).toEqual(data.figures.filter((figure) => figure.metric === 'enterprises').map((figure) => figure.id));
		expect(enterprises.labelled).toEqual([{ id: only(find('enterprises', '2021-01')).id, role: 'first' }]);
		expect(only(find('enterprises', '2021-01')).value).toBe(100_000);
	});

	it('reportdates: links each claim to the April 2025 README figure, which also counts 18.08 million developers', () => {
		const reportdates = state('reportdates');
		expect(reportdates.matches).toEqual([
			{ claim: claimModels.id, figure: readme('models').id },
			{ claim: claimEnterprises.id, figure: readme('enterprises').id }
		]);
		expect(reportdates.release?.date.iso).toBe('2025-04');
		expect(reportdates.release?.ids.sort()).toEqual(metrics.map((metric) => readme(metric).id).sort());
		expect(readme('developers').value).toBe(18_080_000);
		expect(reportdates.labelled.map((label) => label.id).sort()).toEqual(reportdates.release?.ids.sort());
		expect(reportdates.series).toEqual([...metrics]);
		expect(reportdates.focus.sort()).toEqual([...allIds].sort());
	});

	it('fade but never drop a figure: every step lays out every figure', () => {
		for (let step = 0; step < paddleSteps.length; step += 1) {
			const { layout } = layoutFor(data, step, { width: 540, height: 424 });
			expect(layout.figures.map((placed) => placed.figure.id)).toEqual(allIds);
		}
	});

	it('clamp any step number to one the chart has', () => {
		expect(paddleState(data, -3).key).toBe('article');
		expect(paddleState(data, 99).key).toBe('reportdates');
		expect(paddleState(data, Number.NaN).key).toBe('article');
		expect(paddleState(data, 1.8).key).toBe('models');
	});

	it('are pure: jumping to a step equals walking to it', () => {
		const jumped = paddleState(data, 3);
		const walked = [0, 1, 2, 3].map((step) => paddleState(data, step)).at(-1);
		expect(walked).toEqual(jumped);
		expect(paddleState(data, 3)).toEqual(jumped);
	});

	it('summarise with the step that shows every series', () => {
		expect(paddleSteps[paddle.summaryStep]).toBe('reportdates');
	});
});

describe('label texts', () => {
	const texts = (step: number) => labelSpecs(data, paddleState(data, step), paddleMessages.en, 'en').map((spec) => spec.wordings[0].join(' '));

	it('write counts as a reader says them', () => {
		expect(formatCount('en', 430_000)).toBe('430,000');
		expect(formatCount('en', 1_000_000)).toBe('1 million');
		expect(formatCount('en', 1_010_000)).toBe('1.01 million');
		expect(formatCount('en', 21_850_000)).toBe('21.85 million');
	});

	it('end every line with the metric and its latest figure', () => {
		for (let step = 0; step < paddleSteps.length; step += 1) {
			expect(texts(step).slice(0, 3)).toEqual(['Models 1.1 million', 'Enterprises 670,000', 'Developers 21.85 million']);
		}
	});

	it('name the article’s claims with its wording', () => {
		expect(texts(0).slice(3)).toEqual(['over 1 million (article, end of 2024)', '430,000 (article, end of 2024)']);
	});

	it('say which April 2025 figures match the article', () => {
		expect(texts(3).slice(3)).toEqual(['1.01 million (matches the article)', '430,000 (matches the article)', '18.08 million (same update)']);
	});
});

describe('data table', () => {
	it('has every row with its source and a readable confidence', () => {
		const table = paddleTable(data, paddleMessages.en, 'en');
		expect(table.rows).toHaveLength(data.figures.length);
		const claim = table.rows.find((row) => row.kind === paddleMessages.en.kinds.article && row.metric === 'Enterprises and institutions');
		expect(claim).toMatchObject({ figure: '430,000', qualifier: 'as of end of 2024', source: '¶43', confidence: paddleMessages.en.notRated });
		expect(table.rows.find((row) => row.date === '31 March 2022' && row.metric === 'Models')).toMatchObject({
			figure: '476,000',
			confidence: 'confirmed',
			source: expect.stringContaining('sevcc.org')
		});
	});
});

/** A chart's box as the browser measures it: the drawing inside it is laid out for it, one unit to one pixel. */
type BoxSize = { width: number; height: number };

/** The layout a step gets in a box, as Paddle.svelte and Panels.svelte ask for it: the padding, then the plot inside it. */
function layoutFor(chartData: PaddleData, step: number, box: BoxSize, locale: WrittenLocale = 'en') {
	const padding = plotPadding(chartData, paddleMessages[locale], locale, box);
	const inner = { width: box.width - padding.left - padding.right, height: box.height - padding.top - padding.bottom };
	const layout = layoutStep(chartData, paddleState(chartData, step), paddleMessages[locale], locale, {
		...inner,
		time: timeScale(inner.width),
		titleX: -padding.left
	});
	return { layout, padding, inner };
}

function timeScale(width: number) {
	return scaleUtc()
		.domain([Date.UTC(2020, 0, 1), Date.UTC(2026, 0, 1)])
		.range([0, width]);
}

const boxes: readonly BoxSize[] = chartBoxes;
/** From here up every label the step names finds a place; below, a label with no room is left to the details card. */
const roomy = (box: BoxSize) => box.width >= 340 && box.height >= 300;
const sizeName = (box: BoxSize) => `${box.width} × ${box.height}`;

/** The text a layout sets in the drawing's own coordinates (the plot's origin), as boxes: titles, ticks and years, the release label, direct labels. */
function textBoxes({ layout, inner }: ReturnType<typeof layoutFor>): { what: string; box: Box }[] {
	const time = timeScale(inner.width);
	return [
		// TimeAxis sets each year 3 px right of its gridline, its baseline 16 px under the plot.
		...[2020, 2021, 2022, 2023, 2024, 2025].map((year) => {
			const x0 = time(new Date(Date.UTC(year, 0, 1))) + 3;
			return {
				what: `year ${year}`,
				box: { x0, y0: inner.height + 16 - fontSize, x1: x0 + estimateTextWidth(String(year), fontSize), y1: inner.height + 16 }
			};
		}),
		...layout.panels.map((panel) => ({ what: `title ${panel.metric}`, box: titleBox(panel) })),
		...layout.panels.flatMap((panel) =>
			panel.ticks.map((tick) => {
				const width = estimateTextWidth(tick.label, fontSize);
				// Drawn end-anchored at -tickGap, baseline 4 px under the gridline.
				return { what: `tick ${panel.metric} ${tick.label}`, box: { x0: -tickGap - width, y0: tick.y + 4 - fontSize, x1: -tickGap, y1: tick.y + 4 } };
			})
		),
		...(layout.release?.label ? [{ what: 'release label', box: layout.release.label.box }] : []),
		...layout.labels.map((label) => ({ what: label.id, box: label.box }))
	];
}

describe('layout', () => {
	for (const locale of ['en', 'zh-hant'] as const) {
		for (const box of boxes) {
			describe(`${locale}, in a ${sizeName(box)} box`, () => {
				it('stacks the panels without overlap inside the plot, each value axis starting at zero', () => {
					const { layout, inner } = layoutFor(data, 0, box, locale);
					const { panels } = layout;
					expect(panels.map((panel) => panel.metric)).toEqual([...metrics]);
					panels.forEach((panel, index) => {
						expect(panel.titleTop).toBeLessThanOrEqual(panel.plotTop);
						expect(panel.plotBottom - panel.plotTop).toBeGreaterThanOrEqual(20);
						expect(panel.y(0)).toBeCloseTo(panel.plotBottom);
						if (index > 0) expect(panel.titleTop).toBeGreaterThan(panels[index - 1].plotBottom);
					});
					expect(panels[0].titleTop).toBeGreaterThanOrEqual(0);
					expect(panels.at(-1)!.plotBottom).toBeLessThanOrEqual(inner.height + 0.001);
				});

				it('gives each panel at least two value ticks, a line of text apart', () => {
					for (const panel of layoutFor(data, 0, box, locale).layout.panels) {
						expect(panel.ticks[0]).toMatchObject({ value: 0, y: panel.plotBottom, label: '0' });
						expect(panel.ticks.length).toBeGreaterThanOrEqual(2);
						panel.ticks.slice(1).forEach((tick, index) => expect(panel.ticks[index].y - tick.y).toBeGreaterThanOrEqual(lineHeightFor(fontSize)));
					}
				});

				it('keeps every mark inside its panel and the plot', () => {
					const { layout, inner } = layoutFor(data, 3, box, locale);
					for (const placed of layout.figures) {
						const panel = layout.panels.find((candidate) => candidate.metric === placed.figure.metric)!;
						expect(markBox(placed).y0).toBeGreaterThanOrEqual(panel.plotTop);
						expect(placed.y).toBeLessThanOrEqual(panel.plotBottom);
						expect(placed.x).toBeGreaterThanOrEqual(0);
						expect(placed.x).toBeLessThanOrEqual(inner.width);
					}
				});

				for (let step = 0; step < paddleSteps.length; step += 1) {
					it(`step ${paddleSteps[step]}: sets all text inside the drawing, none over other text`, () => {
						const laid = layoutFor(data, step, box, locale);
						const drawing = {
							x0: -laid.padding.left,
							y0: -laid.padding.top,
							x1: laid.inner.width + laid.padding.right,
							y1: laid.inner.height + laid.padding.bottom
						};
						const texts = textBoxes(laid);
						texts.forEach(({ what, box: text }, index) => {
							expect(text.x0, `${what} left of the drawing`).toBeGreaterThanOrEqual(drawing.x0);
							expect(text.x1, `${what} right of the drawing`).toBeLessThanOrEqual(drawing.x1);
							expect(text.y0, `${what} above the drawing`).toBeGreaterThanOrEqual(drawing.y0);
							expect(text.y1, `${what} below the drawing`).toBeLessThanOrEqual(drawing.y1);
							for (const other of texts.slice(index + 1)) expect(overlaps(text, other.box), `${what} / ${other.what}`).toBe(false);
						});
					});

					it(`step ${paddleSteps[step]}: keeps labels in their panel, clear of every mark`, () => {
						const { layout, inner } = layoutFor(data, step, box, locale);
						for (const label of layout.labels) {
							const panel = layout.panels.find((candidate) => candidate.metric === label.metric)!;
							expect(label.box.y0).toBeGreaterThanOrEqual(panel.titleTop);
							expect(label.box.y1).toBeLessThanOrEqual(panel.plotBottom);
							expect(label.box.x0).toBeGreaterThanOrEqual(0);
							expect(label.box.x1).toBeLessThanOrEqual(inner.width);
							if (roomy(box))
								for (const placed of layout.figures)
									expect(overlaps(label.box, markBox(placed)), `${label.id} over ${placed.figure.key}`).toBe(false);
						}
					});
				}

				// Below a roomy box a label with no room is left to the details card: no test to run there, rather than one skipped.
				if (roomy(box))
					it('places every label each step names, and the release label', () => {
						for (let step = 0; step < paddleSteps.length; step += 1) {
							const { layout } = layoutFor(data, step, box, locale);
							expect(layout.labels.map((label) => label.id)).toEqual(
								labelSpecs(data, paddleState(data, step), paddleMessages[locale], locale).map((spec) => `${spec.role} ${spec.id}`)
							);
							if (layout.release) expect(layout.release.label).not.toBeNull();
						}
					});
			});
		}
	}

	for (const box of boxes.filter(roomy)) {
		for (let step = 0; step < paddleSteps.length; step += 1) {
			it(`${sizeName(box)}, step ${paddleSteps[step]}: keeps labels off the lines, and each beside its mark nearer it than any other labelled mark`, () => {
				const { layout } = layoutFor(data, step, box);
				const lines = layout.lines.flatMap(({ points }) => points.slice(1).map((point, index) => ({ from: points[index], to: point })));
				const targetOf = (labelId: string) => {
					const placed = layout.figures.find((candidate) => candidate.figure.id === labelId.split(' ').slice(1).join(' '))!;
					return { x: placed.x, y: placed.y };
				};
				for (const label of layout.labels) {
					expect(
						lines.some((line) => crosses(line, label.box)),
						`${label.id} over a line`
					).toBe(false);
					if (label.leader) continue;
					const middle = { x: (label.box.x0 + label.box.x1) / 2, y: (label.box.y0 + label.box.y1) / 2 };
					const away = (point: { x: number; y: number }) => Math.hypot(point.x - middle.x, point.y - middle.y);
					for (const other of layout.labels.filter((candidate) => candidate !== label)) {
						expect(away(targetOf(other.id)), `${label.id} reads as ${other.id}'s`).toBeGreaterThanOrEqual(away(targetOf(label.id)));
					}
				}
			});
		}
	}

	it('labels the end of each line close to its last point', () => {
		const { layout } = layoutFor(data, 0, { width: 700, height: 500 });
		for (const label of layout.labels.filter((candidate) => candidate.role === 'end')) {
			const last = layout.figures.filter((placed) => placed.figure.metric === label.metric && placed.figure.kind === 'published').at(-1)!;
			expect(Math.abs(label.box.x1 - last.x)).toBeLessThan(40);
		}
	});

	it('draws a figure dated to a month or year over that span, and a dated one at its day', () => {
		const { layout, inner } = layoutFor(data, 0, { width: 560, height: 420 });
		const time = timeScale(inner.width);
		const placedOf = (figure: Figure) => layout.figures.find((placed) => placed.figure.id === figure.id)!;
		expect(placedOf(only(find('developers', '2020'))).span).toEqual({
			from: time(new Date(Date.UTC(2020, 0, 1))),
			to: time(new Date(Date.UTC(2021, 0, 1)))
		});
		expect(placedOf(readme('models')).span).toEqual({ from: time(new Date(Date.UTC(2025, 3, 1))), to: time(new Date(Date.UTC(2025, 4, 1))) });
		expect(placedOf(only(find('models', '2022-03-31'))).span).toBeNull();
	});

	it('gives titles a row of their own where the panels are tall enough, and sets them inside the plot where not', () => {
		const tall = layoutFor(data, 0, { width: 360, height: 340 }).layout.panels;
		expect(tall.every((panel) => panel.titleTop < panel.plotTop && panel.titleX < 0)).toBe(true);
		const short = layoutFor(data, 0, { width: 280, height: 170 }).layout.panels;
		expect(short.every((panel) => panel.titleTop === panel.plotTop && panel.titleX === 0)).toBe(true);
	});

	it('on panels too short for title rows, leaves out the labels at the lines’ ends and keeps those the step names', () => {
		const short = { width: 288, height: 200 };
		for (let step = 0; step < paddleSteps.length; step += 1) {
			const named = labelSpecs(data, paddleState(data, step), paddleMessages.en, 'en').filter((spec) => spec.role !== 'end');
			expect(layoutFor(data, step, short).layout.labels.map((label) => label.id)).toEqual(named.map((spec) => `${spec.role} ${spec.id}`));
		}
	});

	it('shortens a title that does not fit the width, and keeps the full one where it does', () => {
		const title = (box: BoxSize) => layoutFor(data, 0, box).layout.panels.find((panel) => panel.metric === 'enterprises')!.title;
		expect(title({ width: 280, height: 340 })).toBe('Enterprises (thousands)');
		expect(title({ width: 700, height: 500 })).toBe('Enterprises and institutions (thousands)');
	});

	it('makes room left of the plot for the widest tick label, "1,000" (models, in thousands)', () => {
		const { layout, padding } = layoutFor(data, 0, { width: 560, height: 420 });
		expect(layout.panels[0].ticks.map((tick) => tick.label)).toContain('1,000');
		expect(padding.left).toBeGreaterThanOrEqual(tickGap + estimateTextWidth('1,000', fontSize));
	});

	it('shares the height between panels and their title rows', () => {
		const frames = panelFrames(306);
		const heights = frames.map((frame) => frame.plotBottom - frame.plotTop);
		expect(new Set(heights.map((height) => height.toFixed(3))).size).toBe(1);
		expect(frames.at(-1)!.plotBottom).toBeCloseTo(306);
	});

	it('sets chart text at 12 px or more, at any size', () => {
		for (const box of [boxes[0], boxes.at(-1)!]) {
			const svg = render(Paddle, { props: { data, stepState: paddleState(data, 3), locale: 'en', messages: paddleMessages.en, size: box } }).body;
			const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(([, size]) => Number(size));
			expect(sizes.length).toBeGreaterThan(0);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		}
	});
});

describe('marks', () => {
	const rendered = (step: number) =>
		render(Paddle, {
			props: { data, stepState: paddleState(data, step), locale: 'en', messages: paddleMessages.en, size: { width: 360, height: 340 } }
		}).body;
	const markKeys = (html: string) => [...html.matchAll(/data-mark="([^"]+)"/g)].map(([, key]) => key);

	it('draw each row of /data/paddle.json once, keyed "<metric>/<date>", in every step', () => {
		const rows = paddle.download.rows(data);
		const keys = rows.map((row) => `${row.metric}/${row.date}`);
		expect(new Set(keys).size).toBe(rows.length);
		expect(keys).toContain('developers/2020-10-28');
		for (let step = 0; step < paddleSteps.length; step += 1) expect(markKeys(rendered(step)).sort()).toEqual([...keys].sort());
	});

	it('fade the figures out of the step’s focus, and only those', () => {
		const html = rendered(1);
		const faded = [...html.matchAll(/<g class="data-mark faded" data-mark="([^"]+)"/g)].map(([, key]) => key);
		expect(faded.sort()).toEqual(
			data.figures
				.filter((figure) => figure.metric !== 'models')
				.map((figure) => figure.key)
				.sort()
		);
	});
});

describe('label placement', () => {
	const area = { x0: 0, y0: 0, x1: 200, y1: 100 };
	const request = (id: string, x: number, y: number) => ({ id, wordings: [['label', id]], target: { x, y }, area, sides });

	it('puts a label beside its mark when there is room', () => {
		const [label] = placeLabels([request('a', 100, 50)], { boxes: [], segments: [], text: [] }, 11);
		expect(label.leader).toBeNull();
		expect(label.box.x1).toBeLessThanOrEqual(100);
		expect(label.box.y1).toBeLessThanOrEqual(50);
	});

	it('never puts two labels over each other, even for the same mark', () => {
		const labels = placeLabels([request('a', 100, 50), request('b', 100, 50), request('c', 100, 50)], { boxes: [], segments: [], text: [] }, 11);
		for (const [index, label] of labels.entries()) for (const other of labels.slice(index + 1)) expect(overlaps(label.box, other.box)).toBe(false);
	});

	it('keeps labels off lines and marks', () => {
		const segments = [{ from: { x: 0, y: 60 }, to: { x: 200, y: 40 } }];
		const boxes = [{ x0: 40, y0: 20, x1: 60, y1: 40 }];
		const [label] = placeLabels([request('a', 100, 50)], { boxes, segments, text: [] }, 11);
		expect(segments.some((segment) => crosses(segment, label.box))).toBe(false);
		expect(boxes.some((box) => overlaps(box, label.box))).toBe(false);
	});

	it('sets a label away, with a leader, when nothing beside the mark is free', () => {
		const walls = sides.map((_, index) => ({ x0: 60, y0: 30 + index, x1: 140, y1: 70 }));
		const [label] = placeLabels([request('a', 100, 50)], { boxes: walls, segments: [], text: [] }, 11);
		expect(label.leader).not.toBeNull();
		expect(walls.some((box) => overlaps(box, label.box))).toBe(false);
	});

	it('tells crossing segments from touching ones', () => {
		const across = { from: { x: 0, y: 0 }, to: { x: 10, y: 10 } };
		expect(segmentsCross(across, { from: { x: 0, y: 10 }, to: { x: 10, y: 0 } })).toBe(true);
		expect(segmentsCross(across, { from: { x: 20, y: 0 }, to: { x: 30, y: 10 } })).toBe(false);
		expect(crosses(across, { x0: 4, y0: 4, x1: 6, y1: 6 })).toBe(true);
		expect(crosses(across, { x0: 8, y0: 0, x1: 10, y1: 2 })).toBe(false);
	});
});
