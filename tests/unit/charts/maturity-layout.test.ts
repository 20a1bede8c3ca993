import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadReferenceTables } from '$lib/data/context';
import { loadMaturity } from '$lib/charts/maturity/data';
import { maturityState, maturitySteps } from '$lib/charts/maturity/state';
import { annotationTexts } from '$lib/charts/maturity/annotation';
import { maturityMessages } from '$lib/charts/maturity/messages';
import { ssrSize } from '$lib/charts/layers/size';
import {
	annotationLineHeight,
	bracketRoom,
	chartFont,
	fitsGrid,
	flow,
	frameFor,
	gridLabels,
	headerLineHeight,
	headersClash,
	headerWidth,
	keyNameOffset,
	keyWidth,
	labelGap,
	labelLineHeight,
	placeAnnotations,
	tagGap,
	type Frame
} from '$lib/charts/maturity/layout';
import { estimateTextWidth, widestLine } from '$lib/charts/layout/text';
import { headingNameX, listMarkRadius, stageListFor } from '$lib/charts/maturity/list-layout';
import { chartBoxes } from './chart-boxes';

const read = (name: string) => readFileSync(`data/${name}`, 'utf8');
const tables = loadReferenceTables({ 'paragraphs.csv': read('paragraphs.csv'), 'fields.csv': read('fields.csv'), 'people.csv': read('people.csv') });
const data = loadMaturity({ 'maturity.csv': read('maturity.csv'), 'maturity-stages.csv': read('maturity-stages.csv') }, tables);

const locales = ['en', 'zh-hant'] as const;
type Written = (typeof locales)[number];

/** What Maturity.svelte hands the layout. */
function inputs(locale: Written) {
	const { stages, rows } = gridLabels(data, locale);
	return { stages, rows, family: maturityMessages[locale].groups.family, field: maturityMessages[locale].groups.field };
}

const frameAt = (size: { width: number; height: number }, locale: Written) => {
	const { rows, stages, family } = inputs(locale);
	return frameFor(size, rows, stages, family);
};

const placedFor = (frame: Frame, step: number, locale: Written) => {
	const current = maturityState(data, step);
	return placeAnnotations(frame, annotationTexts(current.annotations, current.notes, data, maturityMessages[locale], locale));
};

/** Every chart's boxes, and a 320 px phone's story box under a tall legend. */
const sizes = [{ width: 288, height: 145 }, ...chartBoxes];

/** A rectangle of text in the inner coordinates, to test containment and overlap. */
interface TextBox {
	what: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every piece of text the grid draws (not the notes), as the components place it. */
function gridText(frame: Frame, locale: Written): TextBox[] {
	const { stages, rows, family, field } = inputs(locale);
	const columnWidth = frame.width / stages.length;
	const boxes: TextBox[] = [];
	for (const [index, stage] of stages.entries()) {
		const lines = frame.headers.get(stage.id)!;
		const centre = (index + 0.5) * columnWidth;
		for (const [depth, line] of [...lines].reverse().entries()) {
			const half = headerWidth(line) / 2;
			const baseline = -6 - depth * headerLineHeight;
			boxes.push({
				what: `header ${line}`,
				left: centre - half,
				right: centre + half,
				top: baseline - chartFont * 0.8,
				bottom: baseline + chartFont * 0.2
			});
		}
	}
	if (frame.groupLabels) {
		boxes.push({
			what: 'families',
			left: -frame.padding.left,
			right: -frame.padding.left + headerWidth(family),
			top: -6 - chartFont * 0.8,
			bottom: -6 + chartFont * 0.2
		});
		const baseline = frame.fieldsTop - 4;
		boxes.push({
			what: 'fields',
			left: -frame.padding.left,
			right: -frame.padding.left + headerWidth(field),
			top: baseline - chartFont * 0.8,
			bottom: baseline + chartFont * 0.2
		});
	}
	for (const item of frame.stageKey) {
		const right = item.x + keyNameOffset(item.number) + estimateTextWidth(item.name, chartFont);
		boxes.push({ what: `key ${item.number}`, left: item.x, right, top: item.y - chartFont * 0.8, bottom: item.y + chartFont * 0.2 });
	}
	for (const row of rows) {
		const lines = frame.rowLabels.get(row.id)!;
		const centre = frame.rowY.get(row.id)!;
		const height = (lines.length - 1) * labelLineHeight + chartFont;
		boxes.push({
			what: `label ${row.id}`,
			left: -labelGap - widestLine(lines, chartFont),
			right: -labelGap,
			top: centre - height / 2,
			bottom: centre + height / 2
		});
		const markX = (row.column + 0.5) * columnWidth;
		const tagWidth = estimateTextWidth(row.tag, chartFont);
		const after = frame.tagSide.get(row.id) === 'after';
		const left = after ? markX + frame.markRadius + tagGap : markX - frame.markRadius - tagGap - tagWidth;
		boxes.push({ what: `tag ${row.id}`, left, right: left + tagWidth, top: centre - chartFont / 2, bottom: centre + chartFont / 2 });
	}
	return boxes;
}

/** The list's headings and rows as drawn (StageList.svelte), each checked inside the box and clear of the others. */
function listTests(size: { width: number; height: number }, locale: Written) {
	const { rows, stages } = inputs(locale);
	const list = stageListFor(size, rows, stages);
	const boxes: TextBox[] = [
		...list.headings.map(({ id, name, x, y, bar }) => ({
			what: `stage ${id}`,
			left: x,
			right: x + headingNameX(bar) + headerWidth(name),
			top: y - chartFont / 2,
			bottom: y + chartFont / 2
		})),
		...rows.map((row) => {
			const at = list.marks.get(row.id)!;
			const right = at.x + (list.tagged ? at.tagX + estimateTextWidth(row.tag, chartFont) : at.nameX + estimateTextWidth(row.short, chartFont));
			return { what: `row ${row.id}`, left: at.x - listMarkRadius, right, top: at.y - chartFont / 2, bottom: at.y + chartFont / 2 };
		})
	];

	it('draws every row and every stage, inside the box, clear of each other', () => {
		expect([...list.marks.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
		expect(list.headings.map((heading) => heading.id)).toEqual(stages.map((stage) => stage.id));
		for (const box of boxes) {
			expect(box.left, box.what).toBeGreaterThanOrEqual(0);
			expect(box.right, box.what).toBeLessThanOrEqual(size.width + 0.5);
			expect(box.top, box.what).toBeGreaterThanOrEqual(0);
			expect(box.bottom, box.what).toBeLessThanOrEqual(size.height + 0.5);
		}
		for (const [index, box] of boxes.entries())
			for (const other of boxes.slice(index + 1)) expect(overlap(box, other), `${box.what} / ${other.what}`).toBe(false);
	});

	it('keeps its lines more than a line of text apart, and each row on its stage’s lines, after the heading', () => {
		expect(list.lineHeight).toBeGreaterThan(chartFont);
		for (const row of rows) {
			const heading = list.headings[row.column];
			const next = list.headings[row.column + 1];
			const at = list.marks.get(row.id)!;
			expect(at.y).toBeGreaterThanOrEqual(heading.y);
			if (next) expect(at.y).toBeLessThan(next.y);
		}
	});
}

const overlap = (a: TextBox, b: TextBox) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('maturity layout at every box size', () => {
	for (const locale of locales) {
		for (const size of sizes) {
			if (!fitsGrid(size, data.rows.length, inputs(locale).stages)) {
				describe(`${locale}, ${size.width} × ${size.height}: the rows listed under their stages`, () => listTests(size, locale));
				continue;
			}
			describe(`${locale}, ${size.width} × ${size.height}`, () => {
				const frame = frameAt(size, locale);

				it('lays out for the width it is given, and no taller than the box', () => {
					expect(frame.padding.left + frame.width + frame.padding.right).toBeCloseTo(size.width);
					expect(frame.padding.top + frame.height).toBeLessThanOrEqual(size.height + 0.5);
					expect(frame.mode).toBe(size.width >= 600 ? 'side' : 'stack');
				});

				it('keeps every label, header and ¶ tag inside the drawing and clear of each other', () => {
					const boxes = gridText(frame, locale);
					for (const box of boxes) {
						expect(box.left, box.what).toBeGreaterThanOrEqual(-frame.padding.left - 0.5);
						expect(box.right, box.what).toBeLessThanOrEqual(frame.width + frame.padding.right + 0.5);
						expect(box.top, box.what).toBeGreaterThanOrEqual(-frame.padding.top - 0.5);
						expect(box.bottom, box.what).toBeLessThanOrEqual(frame.height + frame.padding.bottom + 0.5);
					}
					for (const [index, box] of boxes.entries())
						for (const other of boxes.slice(index + 1)) expect(overlap(box, other), `${box.what} / ${other.what}`).toBe(false);
				});

				it('keeps ¶ tags inside the grid, out of the brackets’ margin', () => {
					for (const box of gridText(frame, locale).filter((text) => text.what.startsWith('tag'))) {
						expect(box.left, box.what).toBeGreaterThanOrEqual(0);
						expect(box.right, box.what).toBeLessThanOrEqual(frame.width + 0.5);
					}
				});

				it('keeps the stage names clear of each other, or numbers the stages', () => {
					const columnWidth = frame.width / data.stages.length;
					const headers = data.stages.map((stage) => frame.headers.get(stage.id)!);
					if (frame.headerForm === 'names') expect(headersClash(headers, columnWidth)).toBe(false);
					else expect(headers).toEqual(data.stages.map((_, index) => [String(index + 1)]));
				});

				it('gives each row a band at least a line of text tall, with the families set apart', () => {
					expect(frame.rowHeight).toBeGreaterThanOrEqual(chartFont);
					for (const lines of frame.rowLabels.values())
						expect(lines.length === 1 || lines.length * labelLineHeight + 4 <= frame.rowHeight).toBe(true);
					const ys = data.rows.map((row) => frame.rowY.get(row.field)!);
					for (let index = 1; index < ys.length; index += 1) expect(ys[index] - ys[index - 1]).toBeGreaterThanOrEqual(frame.rowHeight - 0.01);
					expect(frame.rowY.get('drug-discovery')! - frame.rowY.get('science-models')!).toBeGreaterThan(frame.rowHeight);
				});

				it('places every step’s notes inside the drawing without overlap, brackets and keys too', () => {
					const area = frame.annotationArea;
					const grid = gridText(frame, locale);
					expect(area.x).toBeGreaterThanOrEqual(-frame.padding.left - 0.5);
					expect(area.x + area.width).toBeLessThanOrEqual(frame.width + frame.padding.right + 0.5);
					for (let step = 0; step < maturitySteps.length; step += 1) {
						const { placed } = placedFor(frame, step, locale);
						const boxes = placed.map((annotation) => ({
							top: annotation.y - chartFont,
							bottom: annotation.y - chartFont + annotation.lines.length * annotationLineHeight
						}));
						boxes.sort((a, b) => a.top - b.top);
						for (const box of boxes) {
							expect(box.top).toBeGreaterThanOrEqual(area.y - 0.5);
							expect(box.bottom).toBeLessThanOrEqual(area.y + area.height + 0.5);
							expect(box.bottom).toBeLessThanOrEqual(frame.height + frame.padding.bottom + 0.5);
						}
						for (let index = 1; index < boxes.length; index += 1) expect(boxes[index].top).toBeGreaterThanOrEqual(boxes[index - 1].bottom);
						for (const box of boxes) {
							const note = { what: 'note', left: area.x, right: area.x + area.width, ...box };
							for (const text of grid) expect(overlap(note, text), `step ${step}: note / ${text.what}`).toBe(false);
						}
						for (const annotation of placed) {
							for (const line of annotation.lines) expect(estimateTextWidth(line.text, chartFont)).toBeLessThanOrEqual(area.width - keyWidth);
							for (const bracket of annotation.brackets)
								expect(bracket.x + 4 + headerWidth(annotation.key ?? '')).toBeLessThanOrEqual(frame.width + frame.padding.right);
						}
					}
				});
			});
		}
	}

	it('keeps the notes where the box has room for them, and leaves them out where it has none', () => {
		const notes = (size: { width: number; height: number }) => placedFor(frameAt(size, 'en'), maturitySteps.indexOf('research'), 'en').placed.length;
		// The research step's three notes: p13's five fields, materials (p18) and bio-computing (p16).
		expect(notes({ width: 358, height: 380 })).toBe(3);
		expect(notes({ width: 900, height: 600 })).toBe(3);
		const judgement = placedFor(frameAt({ width: 340, height: 300 }, 'en'), maturitySteps.indexOf('fields'), 'en');
		expect(judgement.placed).toHaveLength(0);
	});

	it('names the stages over a wide grid and numbers them over a phone’s', () => {
		expect(frameAt({ width: 1100, height: 800 }, 'en').headerForm).toBe('names');
		const phone = frameAt(ssrSize, 'en');
		expect(phone.headerForm).toBe('numbers');
		expect(phone.stageKey.map((item) => item.name)).toEqual(data.stages.map((stage) => stage.name_en));
	});

	it('never switches the stage names back on when the key under the chart takes height from the box', () => {
		for (const locale of locales) {
			for (const width of [300, 360, 480, 560, 620, 700, 900]) {
				const forms = Array.from({ length: 60 }, (_, step) => frameAt({ width, height: 160 + step * 12 }, locale).headerForm);
				const firstNames = forms.indexOf('names');
				if (firstNames !== -1)
					expect(
						forms.slice(firstNames).every((form) => form === 'names'),
						`${locale} ${width}`
					).toBe(true);
			}
		}
	});

	it('names the row groups where the rows have room, and keeps a rule between them where not', () => {
		expect(frameAt({ width: 358, height: 380 }, 'en').groupLabels).toBe(true);
		const { stages } = inputs('en');
		const lowest = Array.from({ length: 200 }, (_, step) => ({ width: 360, height: 150 + step })).find((size) =>
			fitsGrid(size, data.rows.length, stages)
		)!;
		const short = frameAt(lowest, 'en');
		expect(short.groupLabels).toBe(false);
		expect(short.fieldsTop - short.rowY.get('science-models')!).toBeGreaterThan(short.rowHeight / 2);
	});

	it('shows the quotes themselves on a desktop and on a tall phone for every step', () => {
		for (let step = 0; step < maturitySteps.length; step += 1) {
			expect(placedFor(frameAt({ width: 900, height: 600 }, 'en'), step, 'en').form).toBe('full');
			// A 430×932 phone's box: the research step's three notes need it.
			expect(placedFor(frameAt({ width: 358, height: 460 }, 'en'), step, 'en').form).not.toBe('minimal');
		}
	});

	it('gives the room the notes leave on a phone to the notes that fit a richer form, rather than leave it blank', () => {
		const research = placedFor(frameAt({ width: 360, height: 380 }, 'en'), maturitySteps.indexOf('research'), 'en');
		expect(research.form).toBe('minimal');
		// More than a head such as "¶16": the words of the article's sentence, in at least one note.
		const richer = research.placed.filter((annotation) => annotation.lines.length > 1);
		expect(richer.length).toBeGreaterThan(0);
		expect(richer.flatMap((annotation) => annotation.lines.map((line) => line.text)).join(' ').length).toBeGreaterThan(20);
	});

	it('numbers notes top to bottom and brackets each run of adjacent rows', () => {
		const { placed } = placedFor(frameAt(ssrSize, 'en'), maturitySteps.indexOf('research'), 'en');
		expect(placed.map((annotation) => annotation.key)).toEqual(['1', '2', '3']);
		// Drug discovery, then materials (its own note), then the other three: the p13 note needs two brackets.
		const p13 = placed.find((annotation) => annotation.rows.includes('drug-discovery'))!;
		expect(p13.brackets).toHaveLength(2);
		expect(placed.find((annotation) => annotation.rows.includes('materials'))!.brackets).toHaveLength(1);
		expect(placed.find((annotation) => annotation.rows.includes('bio-computing'))!.brackets).toHaveLength(1);
	});

	it('puts a ¶ tag before its mark where the grid’s edge leaves no room after it', () => {
		const narrow = frameAt(ssrSize, 'en');
		expect(narrow.tagSide.get('protein')).toBe('before');
		expect(narrow.tagSide.get('geography')).toBe('after');
		expect(frameAt({ width: 1100, height: 800 }, 'en').tagSide.get('protein')).toBe('after');
	});

	it('leaves the brackets and their keys a margin of their own', () => {
		expect(frameAt(ssrSize, 'en').padding.right).toBe(bracketRoom);
		expect(bracketRoom).toBeGreaterThanOrEqual(5 + 4 + headerWidth('9'));
	});

	it('lists the rows under their stages where the grid’s rows would not fit, and draws the grid where they would', () => {
		const { stages } = inputs('en');
		expect(fitsGrid({ width: 288, height: 145 }, data.rows.length, stages)).toBe(false);
		expect(fitsGrid({ width: 280, height: 170 }, data.rows.length, stages)).toBe(false);
		expect(fitsGrid(ssrSize, data.rows.length, stages)).toBe(true);
		expect(fitsGrid({ width: 1120, height: 460 }, data.rows.length, stages)).toBe(true);
	});

	it('drops the ¶ tags from a list only where they would not fit', () => {
		const { rows, stages } = inputs('en');
		expect(stageListFor({ width: 288, height: 200 }, rows, stages).tagged).toBe(true);
		expect(stageListFor({ width: 200, height: 130 }, rows, stages).tagged).toBe(false);
	});

	it('flows pieces along a line and wraps them, later lines indented', () => {
		const placed = flow(
			[
				{ id: 'a', width: 40 },
				{ id: 'b', width: 40 },
				{ id: 'c', width: 40 }
			],
			100,
			10,
			12
		);
		expect([...placed.values()]).toEqual([
			{ line: 0, x: 0 },
			{ line: 0, x: 50 },
			{ line: 1, x: 12 }
		]);
	});

	it('measures headers as bold text, a little wider than regular', () => {
		expect(headerWidth('Changing')).toBeGreaterThan(estimateTextWidth('Changing', chartFont));
	});
});

describe('maturity drawing: type size', () => {
	const folder = 'src/lib/charts/maturity';
	const components = readdirSync(folder).filter((name) => name.endsWith('.svelte'));

	it('sets no font size below 12 px in any of its components', () => {
		expect(components.length).toBeGreaterThan(3);
		for (const name of components) {
			const source = readFileSync(`${folder}/${name}`, 'utf8');
			for (const [, value] of source.matchAll(/font-size[:=]\s*"?\{?([^;"}\s]+)/g)) {
				if (value === 'chartFont') continue;
				const px = value.endsWith('rem') ? parseFloat(value) * 16 : parseFloat(value);
				expect(px, `${name}: font-size ${value}`).toBeGreaterThanOrEqual(12);
			}
		}
		expect(chartFont).toBeGreaterThanOrEqual(12);
	});
});
