import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from '$lib/story/inline';

const paragraphs = new Set(['p7', 'p43', 'p44']);

describe('inline marks in story text', () => {
	it('reads emphasis, links and citations, and leaves the rest as text', () => {
		expect(parseInline('The *first* [model](https://example.org/a) [[p7]].', paragraphs)).toEqual([
			{ kind: 'text', text: 'The ' },
			{ kind: 'em', text: 'first' },
			{ kind: 'text', text: ' ' },
			{ kind: 'link', text: 'model', href: 'https://example.org/a' },
			{ kind: 'cite', sources: [{ kind: 'paragraph', id: 'p7' }] },
			{ kind: 'text', text: '.' }
		]);
	});

	it('attaches a citation to the word before it, as a footnote mark, with no space for a line to break at', () => {
		expect(parseInline('from fossils   [[p7]]. Then', paragraphs)).toEqual([
			{ kind: 'text', text: 'from fossils' },
			{ kind: 'cite', sources: [{ kind: 'paragraph', id: 'p7' }] },
			{ kind: 'text', text: '. Then' }
		]);
	});

	it('cites several paragraphs, or a reference URL', () => {
		expect(parseInline('[[p43 p44]]', paragraphs)).toEqual([
			{
				kind: 'cite',
				sources: [
					{ kind: 'paragraph', id: 'p43' },
					{ kind: 'paragraph', id: 'p44' }
				]
			}
		]);
		expect(parseInline('[[https://github.com/PaddlePaddle/Paddle/pull/72028]]', paragraphs)[0]).toEqual({
			kind: 'cite',
			sources: [{ kind: 'reference', url: 'https://github.com/PaddlePaddle/Paddle/pull/72028' }]
		});
	});

	it('refuses a citation of a paragraph the article does not have', () => {
		expect(() => parseInline('[[p99]]', paragraphs)).toThrow(/unknown paragraph id "p99"/);
	});

	it('keeps markup and script-like links as plain text', () => {
		const tokens = parseInline('<img src=x onerror=alert(1)> [x](javascript:alert(1))', paragraphs);
		expect(tokens).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' }]);
	});

	it('gives the words alone for summaries', () => {
		expect(plainText(parseInline('Served 430,000 enterprises [[p43]].', paragraphs))).toBe('Served 430,000 enterprises.');
	});
});
