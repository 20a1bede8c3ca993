import { describe, expect, it } from 'vitest';
import { compactHtml } from '$lib/site/compact-html';

describe('the last pass over a prerendered page', () => {
	it('drops Svelte’s hydration markers, in the head and the body', () => {
		expect(compactHtml('<head><!--1s1zsox--><title>T</title></head><p><!--[-->a<!--]--><!----></p><!--[!--><!--]!-->')).toBe(
			'<head><title>T</title></head><p>a</p>'
		);
	});

	it('rounds drawing coordinates to a tenth of a unit', () => {
		expect(compactHtml('<line x1="119.88503649635037" y1="0" y2="173.33333333333334"></line>')).toBe('<line x1="119.9" y1="0" y2="173.3"></line>');
		expect(compactHtml('<path d="M0,12.345L-3.98765,4.5Z"></path>')).toBe('<path d="M0,12.3L-4,4.5Z"></path>');
		expect(compactHtml('<g transform="translate(35.456, 7.05)"></g>')).toBe('<g transform="translate(35.5, 7.1)"></g>');
	});

	it('rounds the position of a mark placed by a CSS transform', () => {
		expect(compactHtml('<path style="transform: translate(68.47520535442654px, 390.5846153846154px);"></path>')).toBe(
			'<path style="transform: translate(68.5px, 390.6px);"></path>'
		);
	});

	it('rounds the lengths of a drawing’s box, and only lengths: an inline opacity keeps its decimals', () => {
		expect(compactHtml('<svg style="top: 39.400000000000006px; width: calc(100% - 460.20000000000005px); opacity: 0.35;"></svg>')).toBe(
			'<svg style="top: 39.4px; width: calc(100% - 460.2px); opacity: 0.35;"></svg>'
		);
	});

	it('leaves text, other attributes and short numbers as they are', () => {
		const html = '<p data-value="1.23456" title="x=&quot;1.23456&quot;">Share 12.345% in 2024.5</p><rect x="3.5" width="10"></rect>';
		expect(compactHtml(html)).toBe(html);
	});
});

describe('the styles a page carries', () => {
	const page = (css: string, body: string) => `<head><style>${css}</style></head><body>${body}</body>`;

	it('drops the rules of components that are not on the page, inside media and container queries too', () => {
		const css =
			'.a.svelte-on{color:red}.b.svelte-off{color:blue}@media print{.c.svelte-off{display:none}}@container d (min-width:1px){.e.svelte-on{display:flex}}';
		expect(compactHtml(page(css, '<p class="a svelte-on">x</p>'))).toBe(
			page('.a.svelte-on{color:red}@container d (min-width:1px){.e.svelte-on{display:flex}}', '<p class="a svelte-on">x</p>')
		);
	});

	it('keeps a selector only when every component it names is on the page', () => {
		const css = '.x.svelte-on .y:where(.svelte-off),.z.svelte-on{fill:red}.x.svelte-on .y:where(.svelte-on2){fill:blue}';
		expect(compactHtml(page(css, '<g class="x svelte-on"><text class="y svelte-on2">t</text></g>'))).toBe(
			page('.z.svelte-on{fill:red}.x.svelte-on .y:where(.svelte-on2){fill:blue}', '<g class="x svelte-on"><text class="y svelte-on2">t</text></g>')
		);
	});

	it('keeps global rules and keyframes, which name no component', () => {
		const css = ':root{--c:red}body{margin:0}@keyframes svelte-off-spin{from{opacity:0}to{opacity:1}}';
		expect(compactHtml(page(css, '<p>x</p>'))).toBe(page(css, '<p>x</p>'));
	});
});
