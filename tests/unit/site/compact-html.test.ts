import { describe, expect, it } from 'vitest';
import { compactHtml } from '$lib/site/compact-html';

describe('the last pass over a prerendered page', () => {
	it('drops Svelte’s hydration markers, in the head and the body', () => {
		expect(compactHtml('<head><!--1s1zsox--><title>T</title></head><p><!--[-->a<!--]--><!----></p><!--[!--><!--]!-->')).toBe('<head><title>T</title></head><p>a</p>');
	});

	it('rounds drawing coordinates to a tenth of a unit', () => {
		expect(compactHtml('<line x1="119.88503649635037" y1="0" y2="173.33333333333334"></line>')).toBe('<line x1="119.9" y1="0" y2="173.3"></line>');
		expect(compactHtml('<path d="M0,12.345L-3.98765,4.5Z"></path>')).toBe('<path d="M0,12.3L-4,4.5Z"></path>');
		expect(compactHtml('<g transform="translate(35.456, 7.05)"></g>')).toBe('<g transform="translate(35.5, 7.1)"></g>');
	});

	it('leaves text, other attributes and short numbers as they are', () => {
		const html = '<p data-value="1.23456" title="x=&quot;1.23456&quot;">Share 12.345% in 2024.5</p><rect x="3.5" width="10"></rect>';
		expect(compactHtml(html)).toBe(html);
	});
});
