import { describe, expect, it } from 'vitest';
import { parseSources } from '$lib/data/sources';

const paragraphs = new Set(['p7', 'p43']);

describe('a source cell', () => {
	it('reads paragraph ids and reference URLs, several to a cell', () => {
		expect(parseSources('p7 https://github.com/PaddlePaddle/Paddle/pull/72028', paragraphs)).toEqual([
			{ kind: 'paragraph', id: 'p7' },
			{ kind: 'reference', url: 'https://github.com/PaddlePaddle/Paddle/pull/72028' }
		]);
	});

	it('refuses an empty cell, an unknown paragraph and anything else', () => {
		expect(() => parseSources('  ', paragraphs)).toThrow(/missing source/);
		expect(() => parseSources('p8', paragraphs)).toThrow(/unknown paragraph id "p8"/);
		expect(() => parseSources('javascript:alert(1)', paragraphs)).toThrow(/neither a paragraph id/);
		expect(() => parseSources('paragraph 7', paragraphs)).toThrow(/neither/);
	});
});
