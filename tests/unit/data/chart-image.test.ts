import { describe, expect, it } from 'vitest';
import { composeChartImage, drawingSizeFor, extractChartSvg, lightTokens, stylesForImage, transformsToAttributes } from '$lib/downloads/chart-image';

const rendered = `<div class="canvas"><div class="layercake-container"><svg class="layercake-layout-svg svelte-1" viewBox="0 0 800 400" width="900" height="430" style="top: 8px; left: 104px; width: calc(100% - 116px);"><path class="mark svelte-2" d="M0,0" style="transform: translate(12.5px, -3px);"></path><text>飛槳 &amp; co</text></svg></div></div><ul class="legend"><li><svg width="18"><path d="M1,1"/></svg></li></ul>`;

describe('a chart image', () => {
	it('takes the chart’s own drawing, its inner size and offset, and leaves legend swatches out', () => {
		const chart = extractChartSvg(rendered);
		expect([chart.width, chart.height, chart.left, chart.top]).toEqual([800, 400, 104, 8]);
		expect(chart.inner).toContain('class="mark svelte-2"');
		expect(chart.inner).not.toContain('M1,1');
	});

	it('moves CSS translate transforms into transform attributes an SVG renderer reads', () => {
		expect(transformsToAttributes('<path style="transform: translate(12.5px, -3px);"/>')).toBe('<path transform="translate(12.5 -3)"/>');
		expect(transformsToAttributes('<g style="opacity: 0.3; transform: translate(1px, 2px)"/>')).toBe('<g transform="translate(1 2)" style="opacity: 0.3;"/>');
	});

	it('resolves design tokens to their light values and drops what a renderer cannot use', () => {
		const css = ':root{--c-ink: light-dark(#1c1d1f, #ecebe6);--c-bg: #fff}.mark.svelte-2{fill:var(--c-ink);stroke:var(--c-bg)}@media (max-width: 959px){.mark.svelte-2{fill:red}}@keyframes appear{from{opacity:0}}button.svelte-3:disabled{opacity:.5}';
		expect(lightTokens(css).get('--c-ink')).toBe('#1c1d1f');
		expect(stylesForImage(css)).toBe('.mark.svelte-2{fill:#1c1d1f;stroke:#fff}');
		expect(stylesForImage(':root{--c-bg:#fff}.a.svelte-2 .b:where(.svelte-2){fill:var(--c-bg)}')).toBe('.a.svelte-2 .b.svelte-2{fill:#fff}');
	});

	it('puts title, takeaway, chart and source on a 1200 × 675 card, with text escaped', () => {
		const svg = composeChartImage(extractChartSvg(rendered), ':root{--c-ink:#111}', {
			title: 'Launches <2017–2025>',
			takeaway: 'A takeaway',
			source: 'Source: p7',
			credit: 'Desk'
		});
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="675"/);
		expect(svg).toContain('Launches &lt;2017–2025&gt;');
		expect(svg).toContain('Source: p7 · Desk');
		expect(svg).toContain('transform="translate(12.5 -3)"');
		expect(svg).not.toContain('<script');
	});

	it('draws the chart at the size it has on the card, so its 12 px text stays 12 px', () => {
		const text = { title: 'A title', takeaway: 'A takeaway', source: 'Source: p7', credit: 'Desk' };
		const size = drawingSizeFor(text);
		const padding = { left: 104, top: 8, right: 20, bottom: 30 };
		const drawing = { inner: '<text>label</text>', left: padding.left, top: padding.top };
		const inner = { width: size.width - padding.left - padding.right, height: size.height - padding.top - padding.bottom };
		expect(composeChartImage({ ...drawing, ...inner }, '', text)).toContain('scale(1)');
		// A drawing made for a larger box is scaled down to fit.
		expect(composeChartImage({ ...drawing, width: inner.width * 2, height: inner.height }, '', text)).not.toContain('scale(1)');
	});

	it('gives a long takeaway three lines, and ends one too long for them with an ellipsis', () => {
		const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
		const svg = composeChartImage(extractChartSvg(rendered), '', { title: 'T', takeaway: long, source: 'S', credit: 'D' });
		const takeaway = [...svg.matchAll(/class="image-takeaway"[^>]*>([^<]*)</g)].map(([, line]) => line);
		expect(takeaway).toHaveLength(3);
		expect(takeaway[2]).toMatch(/word\d+…$/);
		expect(drawingSizeFor({ title: 'T', takeaway: long, source: 'S', credit: 'D' }).height).toBeLessThan(
			drawingSizeFor({ title: 'T', takeaway: 'Short', source: 'S', credit: 'D' }).height
		);
	});
});
