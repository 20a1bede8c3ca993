import { readFileSync } from 'node:fs';
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

	it('keeps words the phrase tables get wrong for this story', () => {
		expect(toSimplified('基於氨基酸序列來研究蛋白質功能')).toBe('基于氨基酸序列来研究蛋白质功能');
		expect(toSimplified('三組時間序列')).toBe('三组时间序列');
		expect(toSimplified('核心研發團隊')).toBe('核心研发团队');
		expect(toSimplified('技術路線上的啟示')).toBe('技术路线上的启示');
	});

	it('writes mainland usage: 报道, and 《》 around an article title', () => {
		expect(toSimplified('《科技日報》專題報導〈科學大模型：「上線」之路還有多遠〉')).toBe('《科技日报》专题报道《科学大模型：“上线”之路还有多远》');
	});

	it('prints the hand-written methods note, which does not correct a name into itself', () => {
		const note = toSimplified(readFileSync('src/content/story.zh-hant.aml', 'utf8'));
		expect(note).toContain('把胡厚崑印成“鬍厚崑”');
		expect(note).not.toMatch(/胡厚崑印成“胡厚崑”/);
	});
});
