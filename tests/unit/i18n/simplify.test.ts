import { describe, expect, it } from 'vitest';
import { toSimplified } from '$lib/i18n/simplify.server';

describe('the Simplified edition, made from the Traditional one', () => {
	it('converts the story’s key terms', () => {
		expect(toSimplified('飛槳')).toBe('飞桨');
		expect(toSimplified('43萬家企事業單位')).toBe('43万家企事业单位');
		expect(toSimplified('科學大模型')).toBe('科学大模型');
		expect(toSimplified('北京智源人工智能研究院')).toBe('北京智源人工智能研究院');
		expect(toSimplified('數字孿生心臟')).toBe('数字孪生心脏');
	});

	it('uses mainland words, not just mainland characters', () => {
		expect(toSimplified('人工智慧')).toBe('人工智能');
		expect(toSimplified('軟體')).toBe('软件');
	});

	it('keeps the names of people right', () => {
		expect(toSimplified('王仲遠、錢煒祺、許錦波、胡曉光、胡厚崑、吳家驥')).toBe('王仲远、钱炜祺、许锦波、胡晓光、胡厚崑、吴家骥');
	});

	it('applies the desk’s overrides: source lines and mainland quotation marks', () => {
		expect(toSimplified('資料來源：科技日報')).toBe('资料来源：科技日报');
		expect(toSimplified('「上線」')).toBe('“上线”');
	});
});
