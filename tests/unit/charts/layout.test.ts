import { describe, expect, it } from 'vitest';
import { dodgeLevels, spreadAlong } from '$lib/charts/layout/spread';
import { estimateTextWidth, joinParts, keepWhole, wrapText } from '$lib/charts/layout/text';

describe('text measurement without a browser', () => {
	it('counts a CJK character as a full em and Latin letters as about half', () => {
		expect(estimateTextWidth('飛槳', 12)).toBe(24);
		expect(estimateTextWidth('abcd', 10)).toBeCloseTo(22.4);
	});

	it('wraps Latin text at spaces and CJK text between characters', () => {
		const lines = wrapText('PaddlePaddle README: 430,000 enterprises and institutions', 100, 12);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(100);
		expect(lines.join(' ')).toBe('PaddlePaddle README: 430,000 enterprises and institutions');
		expect(wrapText('數字孿生心臟電功能超實時仿真', 60, 12)).toEqual(['數字孿生心', '臟電功能超', '實時仿真']);
	});

	it('follows Chinese line-breaking rules: no line starts with closing punctuation or ends with an opening bracket', () => {
		expect(wrapText('分子之心成立（創始人許錦波），2022年1月', 90, 12)).toEqual(['分子之心成立', '（創始人許錦', '波），', '2022年1月']);
		expect(wrapText('元古大模型，2024年12月（可能）', 66, 12)).toEqual(['元古大模', '型，', '2024年12月', '（可能）']);
	});

	it('keeps a number with the Chinese unit beside it, but breaks after a comma before it', () => {
		expect(wrapText('坤元地理科學大模型，2024年9月', 100, 12)).toEqual(['坤元地理科學大模', '型，2024年9月']);
	});

	it('keeps a short quoted term whole, as a reader says it', () => {
		expect(wrapText('科學大模型的「上線」之路', 100, 12)).toEqual(['科學大模型的', '「上線」之路']);
		expect(wrapText('並非「一刀切」', 60, 12)).toEqual(['並非', '「一刀切」']);
		expect(wrapText('〈一段很長很長的引語〉', 60, 12).join('')).toBe('〈一段很長很長的引語〉');
	});

	it('never leaves one Chinese character alone on the last line', () => {
		expect(wrapText('用於科研實踐', 60, 12)).toEqual(['用於科研', '實踐']);
		expect(wrapText('改變產業實踐', 60, 12)).toEqual(['改變產業', '實踐']);
	});
});

describe('joining label parts on one line', () => {
	it('puts a space between Latin words and none where Chinese meets a digit or a bracket', () => {
		expect(joinParts(['Models', '1.1 million'])).toBe('Models 1.1 million');
		expect(joinParts(['模型', '110萬'])).toBe('模型110萬');
		expect(joinParts(['43萬', '（原文）'])).toBe('43萬（原文）');
	});
});

describe('spreading labels along an axis', () => {
	it('leaves labels that do not collide where they want to be', () => {
		const centres = spreadAlong(
			[
				{ id: 'a', anchor: 50, size: 20 },
				{ id: 'b', anchor: 150, size: 20 }
			],
			0,
			300,
			4
		);
		expect([centres.get('a'), centres.get('b')]).toEqual([50, 150]);
	});

	it('pushes colliding labels apart by at least the gap', () => {
		const items = [
			{ id: 'a', anchor: 100, size: 30 },
			{ id: 'b', anchor: 105, size: 30 },
			{ id: 'c', anchor: 110, size: 30 }
		];
		const centres = spreadAlong(items, 0, 300, 4);
		const sorted = items.map((item) => centres.get(item.id)!).sort((x, y) => x - y);
		expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(34);
		expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(34);
	});

	it('pulls labels back inside the end when there is room', () => {
		const centres = spreadAlong(
			[
				{ id: 'a', anchor: 290, size: 20 },
				{ id: 'b', anchor: 295, size: 20 }
			],
			0,
			300,
			0
		);
		expect(centres.get('b')).toBe(290);
		expect(centres.get('a')).toBe(270);
	});
});

describe('spreading more labels than there is room for', () => {
	it('keeps them apart and lets them run past the end rather than overlap', () => {
		const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, anchor: 10, size: 40 }));
		const centres = [...spreadAlong(items, 0, 100, 5).values()].sort((x, y) => x - y);
		expect(centres[0]).toBe(20);
		for (let index = 1; index < centres.length; index += 1) expect(centres[index] - centres[index - 1]).toBeGreaterThanOrEqual(45);
	});
});

describe('dodging marks across the time axis', () => {
	it('keeps distant marks on the line and moves close ones to alternate sides', () => {
		expect(dodgeLevels([0, 100, 200], 10)).toEqual([0, 0, 0]);
		expect(dodgeLevels([0, 2, 4, 6], 10)).toEqual([0, 1, -1, 2]);
	});
});

describe('a name kept whole', () => {
	it('is never broken across lines, and adds no width', () => {
		const label = '分子之心成立（創始人許錦波），2022年3月';
		const glued = keepWhole(label, ['許錦波', '王仲遠']);
		expect(estimateTextWidth(glued, 12)).toBe(estimateTextWidth(label, 12));
		for (let width = 24; width <= 240; width += 12) {
			const lines = wrapText(glued, width, 12);
			expect(
				lines.some((line) => line.replaceAll('\u2060', '').includes('許錦波')),
				`${width} px: ${lines.join(' / ')}`
			).toBe(true);
		}
	});
});
